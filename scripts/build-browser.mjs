#!/usr/bin/env node
// The browser build: dist/index.js and openapi-fetch in one minified ES module, dist/browser/twitter-profile-openapi.js,
// for a <script type="module"> without a bundler (the runtime tests load it in Chromium), with a .d.ts beside it.
import { writeFile } from 'node:fs/promises';
import { build } from 'esbuild';

await build({
  entryPoints: ['dist/index.js'],
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  outfile: 'dist/browser/twitter-profile-openapi.js',
  logLevel: 'warning',
});
// Its types are those of the default entry.
await writeFile('dist/browser/twitter-profile-openapi.d.ts', "export * from '../index.js';\n");
console.log('wrote dist/browser/twitter-profile-openapi.js (+ .d.ts)');
