#!/usr/bin/env node
// Makes the Redoc page built by `redocly build-docs --inlineBundle` readable offline. The inline bundle still
// hard-codes its logo on a CDN (no option turns it off); swap it for an inline image. Telemetry is off through
// `telemetry: off` in redocly.yaml. Fails when an outside resource is left, so a Redoc upgrade cannot slip one in.
import { readFile, writeFile } from 'node:fs/promises';

const file = process.argv[2] ?? 'dist/docs/index.html';
const CDN_LOGOS = ['https://cdn.redoc.ly/redoc/logo-mini-full.svg', 'https://cdn.redoc.ly/redoc/logo-mini.svg'];
// A small "API" badge in place of Redocly's logo.
const LOGO =
  'data:image/svg+xml,' +
  encodeURIComponent(
    '<svg xmlns="http://www.w3.org/2000/svg" width="60" height="16"><rect width="60" height="16" rx="3" fill="#1d9bf0"/>' +
      '<text x="30" y="12" font-family="sans-serif" font-size="10" fill="#fff" text-anchor="middle">v1.1</text></svg>',
  );

let html = await readFile(file, 'utf8');
for (const url of CDN_LOGOS) html = html.replaceAll(url, LOGO);

const left = html.match(/https:\/\/cdn\.redoc\.ly\/[^"'`\s)]*/g);
if (left) {
  console.error(`${file} still loads from the network: ${[...new Set(left)].join(', ')}`);
  process.exit(1);
}
await writeFile(file, html);
console.log(`${file}: made self-contained (${(html.length / 1024).toFixed(0)} KiB)`);
