// `twitter-profile-openapi mock`: prints where it listens and what it accepts, serves, and stops on SIGTERM/SIGINT.
import { spawn, type ChildProcess } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { createClient } from '../src/index.node.js';
import { freePort } from './helpers/ports.js';
import { root } from './helpers/run.js';

const running: ChildProcess[] = [];
afterEach(() => {
  for (const child of running.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

/** Starts the CLI from its compiled form (npm run build), as `npx twitter-profile-openapi` would. */
function startCli(args: string[]): { child: ChildProcess; output: () => string; ready: Promise<string> } {
  const child = spawn(process.execPath, [`${root}dist/cli.js`, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  running.push(child);
  let output = '';
  const ready = new Promise<string>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Ctrl-C stops it.')) resolve(output);
    });
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', () => reject(new Error(`exited early: ${output}`)));
  });
  return { child, output: () => output, ready };
}

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.once('exit', (code) => resolve(code))));
}

describe('the mock CLI', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)('prints its URL and credentials, serves them, and stops cleanly on %s', async (signal) => {
    const cli = startCli(['mock']);
    const text = await cli.ready;
    const url = /on (http:\/\/127\.0\.0\.1:\d+\/1\.1\/)/.exec(text)?.[1] ?? '';
    const json = text.slice(text.indexOf('{'), text.lastIndexOf('}') + 1);
    const credentials = JSON.parse(json) as { consumerKey: string; consumerSecret: string; token: string; tokenSecret: string };
    const tw = createClient({ credentials, baseUrl: url });
    expect((await tw.verifyCredentials()).screen_name).toBe('TwitterDev');

    cli.child.kill(signal);
    expect(await exited(cli.child)).toBe(0);
    expect(cli.output()).toContain('emulator stopped');
  });

  it('listens on the port it is given', async () => {
    // A port free a moment ago can be taken by a test running in parallel: try a few.
    for (let attempt = 1; ; attempt++) {
      const port = await freePort();
      const cli = startCli(['mock', '--port', String(port)]);
      const text = await cli.ready.catch((error: unknown) => (attempt < 3 && /EADDRINUSE/.test(String(error)) ? undefined : Promise.reject(error)));
      if (text === undefined) continue;
      expect(text).toContain(`http://127.0.0.1:${port}/1.1/`);
      cli.child.kill('SIGTERM');
      expect(await exited(cli.child)).toBe(0);
      return;
    }
  });

  it('refuses an unknown command or a bad port with its usage and exit code 2', async () => {
    for (const args of [['serve'], ['mock', '--port', 'eighty']]) {
      const child = spawn(process.execPath, [`${root}dist/cli.js`, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
      running.push(child);
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      expect(await exited(child)).toBe(2);
      expect(stderr).toContain('usage: twitter-profile-openapi mock');
    }
  });
});

describe('the demo', () => {
  it('runs against the emulator, shows each step and leaves no process behind', async () => {
    const child = spawn(process.execPath, [`${root}scripts/demo.mjs`], { stdio: ['ignore', 'pipe', 'pipe'] });
    running.push(child);
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    expect(await exited(child)).toBe(0);
    for (const step of ['verify_credentials', 'update_profile', 'update_profile_image', 'users/profile_banner', 'TwitterValidationError', 'TwitterApiError']) {
      expect(output).toContain(step);
    }
    expect(output).toMatch(/_bigger\.png/);
    expect(output).toMatch(/(\d+) requests, \1 with a verified signature/);
  });
});
