// The same smoke scenario (test/runtime/smoke.js: sign, update the profile, upload an avatar, read an error) in every
// runtime the package promises, against the emulator: Node (both entries), Bun, Deno, and a real headless Chromium
// loading the browser build from a page on 127.0.0.1. The built package (npm run build) is what runs.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockServer, type MockServer } from '../src/mock/index.js';
import { launchChromium } from './helpers/chromium.js';
import { root } from './helpers/run.js';
import { serveFolder } from './helpers/staticServer.js';
import { CREDENTIALS, startTwitterServer } from './helpers/twitterServer.js';
import { smoke } from './runtime/smoke.js';

const EXPECTED = {
  signature: 'Ls93hJiZbQ3akF3HF3x1Bz8/zU4=',
  name: "Smoke (it's me!) 🐦",
  nameMatches: true,
  avatarAnswered: true,
  errorIsTyped: true,
  errorStatus: 404,
  errorCodes: [50],
};

let mock: MockServer;
beforeAll(async () => {
  // CORS on: the Chromium page is served from another port than the emulator.
  mock = await startMockServer({ cors: true });
});
afterAll(() => mock.close());

function inChild(command: string, args: string[]): Promise<unknown> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { cwd: root, timeout: 60_000 }, (error, stdout, stderr) => {
      if (error) return reject(new Error(`${command} failed: ${stderr || error.message}`));
      resolve(JSON.parse(stdout.trim().split('\n').at(-1) ?? 'null'));
    });
  });
}

const runner = (entry: string) => ['test/runtime/run.js', entry, mock.url, JSON.stringify(mock.credentials)];

describe('the runtime smoke suite', () => {
  it('passes on Node with the node:crypto entry (what Node resolves)', async () => {
    const pkg = (await import(`${root}dist/index.node.js`)) as Parameters<typeof smoke>[0];
    expect(await smoke(pkg, { baseUrl: mock.url, credentials: mock.credentials })).toEqual(EXPECTED);
  });

  it('passes on Node with the Web Crypto entry (what bundlers and other runtimes resolve)', async () => {
    const pkg = (await import(`${root}dist/index.js`)) as Parameters<typeof smoke>[0];
    expect(await smoke(pkg, { baseUrl: mock.url, credentials: mock.credentials })).toEqual(EXPECTED);
  });

  it('passes on Bun', async () => {
    expect(await inChild(`${root}node_modules/.bin/bun`, runner('../../dist/index.js'))).toEqual(EXPECTED);
  }, 60_000);

  it('passes on Deno, with network access to 127.0.0.1 only', async () => {
    const args = ['run', '--allow-net=127.0.0.1', '--allow-read', '--allow-env', ...runner('../../dist/index.js')];
    expect(await inChild(`${root}node_modules/.bin/deno`, args)).toEqual(EXPECTED);
  }, 60_000);

  describe('in headless Chromium', () => {
    let browser: Browser;
    let site: Awaited<ReturnType<typeof serveFolder>>;
    beforeAll(async () => {
      site = await serveFolder(root);
      browser = await launchChromium();
    }, 60_000);
    afterAll(async () => {
      await browser?.close();
      await site?.close();
    });

    it('passes, loading the browser build from a page on 127.0.0.1, with nothing leaving the machine', async () => {
      const context = await browser.newContext();
      const outside: string[] = [];
      await context.route('**/*', (route) => {
        if (new URL(route.request().url()).hostname === '127.0.0.1') return route.continue();
        outside.push(route.request().url());
        return route.abort();
      });
      const page = await context.newPage();
      const query = new URLSearchParams({ baseUrl: mock.url, credentials: JSON.stringify(mock.credentials) });
      await page.goto(`${site.url}test/runtime/page.html?${query}`);
      await page.waitForFunction(() => 'smokeResult' in window, undefined, { timeout: 20_000 });
      const result = await page.evaluate(() => (window as unknown as { smokeResult: unknown }).smokeResult);
      await context.close();
      expect(result).toEqual(EXPECTED);
      expect(outside).toEqual([]);
    });
  });
});

// Bun and Deno resolve the package's "node" condition (dist/index.node.js), as Node does; each runtime's fetch must
// then send what that entry builds for an upload: the whole banner, with a Content-Length, never chunked.
describe('uploads from the Node entry, in every runtime that resolves it', () => {
  const runtimes: [string, string, string[]][] = [
    ['Node', process.execPath, []],
    ['Bun', `${root}node_modules/.bin/bun`, []],
    ['Deno', `${root}node_modules/.bin/deno`, ['run', '--allow-net=127.0.0.1', '--allow-read', '--allow-env']],
  ];
  it.each(runtimes)('arrive whole, with a Content-Length, from %s', async (_name, command, flags) => {
    const server = await startTwitterServer();
    try {
      const args = [...flags, 'test/runtime/upload.js', '../../dist/index.node.js', server.url, JSON.stringify(CREDENTIALS)];
      const { sha256 } = (await inChild(command, args)) as { sha256: string };
      expect(server.received).toHaveLength(2);
      for (const request of server.received) {
        expect(request.verified).toBe(true);
        expect(request.headers['transfer-encoding']).toBeUndefined();
        expect(request.headers['content-length']).toBe(String(request.raw.length));
        expect(request.files['banner']?.type).toBe('image/png');
        expect(createHash('sha256').update(request.files['banner']?.bytes ?? '').digest('hex')).toBe(sha256);
      }
    } finally {
      await server.close();
    }
  }, 60_000);
});
