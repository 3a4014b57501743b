import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './helpers/chromium.js';
import { root, run } from './helpers/run.js';
import { bundledSpec, operations } from './helpers/spec.js';
import { serveFolder } from './helpers/staticServer.js';

let dir: string;
let site: Awaited<ReturnType<typeof serveFolder>>;
let browser: Browser;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'docs-'));
  const out = join(dir, 'index.html');
  const built = await run('redocly', ['build-docs', 'spec/openapi.yaml', '--inlineBundle', '-o', out]);
  if (built.code !== 0) throw new Error(built.stderr);
  const offline = await run('node', ['scripts/offline-docs.mjs', out]);
  if (offline.code !== 0) throw new Error(offline.stderr);
  site = await serveFolder(dir);
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await rm(dir, { recursive: true, force: true });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('the HTML reference', () => {
  it('is one file that names no script, style sheet or font on another host', async () => {
    const html = await readFile(join(dir, 'index.html'), 'utf8');
    expect(html).not.toMatch(/<script[^>]+src=["']?https?:/i);
    expect(html).not.toMatch(/<link[^>]+href=["']?https?:/i);
    expect(html).not.toMatch(/@import\s+(url\()?["']?https?:/i);
    expect(html).not.toContain('cdn.redoc.ly');
  });

  it('renders every operation with the network cut off, and no request leaves the machine', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 1600 } });
    const outside: string[] = [];
    await context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.hostname === '127.0.0.1') return route.continue();
      outside.push(url.href);
      return route.abort();
    });
    const page = await context.newPage();
    await page.goto(site.url, { waitUntil: 'load' });

    // Redoc renders operations lazily; open each through the link the page itself gives it (#/<tag>/<operation>).
    const missing: string[] = [];
    for (const { operation } of operations(await bundledSpec())) {
      const link = page.locator(`a[href$="/${operation.operationId.toLowerCase()}"]`).first();
      const href = await link.getAttribute('href', { timeout: 10_000 });
      await page.goto(new URL(href ?? '', site.url).href);
      // A deprecated operation's heading carries Redoc's "deprecated" badge after the summary.
      const name = new RegExp(`^${escapeRegExp(operation.summary)}${operation.deprecated ? ' deprecated' : ''}$`);
      const heading = page.locator('h2', { hasText: name });
      const shown = await heading.first().waitFor({ timeout: 10_000 }).then(() => true, () => false);
      if (!shown) missing.push(operation.operationId);
    }
    await page.goto(site.url);
    await mkdir(join(root, 'reports'), { recursive: true });
    await page.screenshot({ path: join(root, 'reports/docs.png') });
    await page.waitForTimeout(1500); // a telemetry timer would fire by now
    await context.close();

    expect(missing).toEqual([]);
    expect(outside).toEqual([]);
  });
});
