// The examples run as their READMEs say: the Node script on its own, the Deno script and the browser page against
// an emulator (the page in headless Chromium, served from 127.0.0.1).
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockServer, type MockServer } from '../src/mock/index.js';
import { launchChromium } from './helpers/chromium.js';
import { root } from './helpers/run.js';
import { serveFolder } from './helpers/staticServer.js';

const exec = promisify(execFile);
let mock: MockServer;
beforeAll(async () => {
  mock = await startMockServer({ cors: true });
});
afterAll(() => mock.close());

describe('the examples', () => {
  it('examples/node.mjs runs against the emulator it starts', async () => {
    const { stdout } = await exec(process.execPath, ['examples/node.mjs'], { cwd: root, timeout: 30_000 });
    expect(stdout).toMatch(/new avatar: https:\/\/pbs\.twimg\.com\/profile_images\/\d+\/[\w-]+_bigger\.png/);
    expect(stdout).toContain('expected error: 404 [ 50 ]');
  });

  it('examples/deno.ts runs on Deno against an emulator', async () => {
    const deno = `${root}node_modules/.bin/deno`;
    const args = ['run', '--allow-net=127.0.0.1', '--allow-read', 'examples/deno.ts', mock.url, JSON.stringify(mock.credentials)];
    const { stdout } = await exec(deno, args, { cwd: root, timeout: 60_000 });
    expect(stdout).toContain('location: Deno 🦕');
    expect(stdout).toContain('expected error: 404 [ 50 ]');
    expect(mock.state.location).toBe('Deno 🦕');
  }, 60_000);

  it('examples/browser.html runs in Chromium against an emulator with --cors', async () => {
    const site = await serveFolder(root);
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const query = new URLSearchParams({ baseUrl: mock.url, credentials: JSON.stringify(mock.credentials) });
      await page.goto(`${site.url}examples/browser.html?${query}`);
      await page.waitForFunction(() => document.getElementById('log')?.textContent?.includes('done'), undefined, { timeout: 20_000 });
      const log = await page.locator('#log').innerText();
      expect(log).toContain("name: From a browser (it's signed!) 🌐");
      expect(log).toContain('expected error: 404 50');
    } finally {
      await browser.close();
      await site.close();
    }
  });
});
