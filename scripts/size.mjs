#!/usr/bin/env node
// Size budget: what a browser app that creates a client and uploads a profile image ships, minified and gzipped,
// bundled by esbuild from the built package (npm run build) with openapi-fetch included. Exits 1 over the ceiling.
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

// The packaging issue's budget is 5 KB; the client it asks for cannot meet it (README, "Size"). Until that is
// decided, the test command holds the size under this ceiling, so that it cannot grow unnoticed.
const TARGET = 5 * 1024;
const CEILING = 10_400;
const APP = `
import { createClient } from './dist/index.js';
const tw = createClient({ credentials: { consumerKey: 'k', consumerSecret: 's', token: 't', tokenSecret: 'ts' } });
export const upload = (image) => tw.updateProfileImage(image);
`;

const result = await build({
  stdin: { contents: APP, resolveDir: process.cwd(), loader: 'js' },
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  write: false,
  metafile: true,
});
const code = result.outputFiles[0].contents;
const gzipped = gzipSync(code, { level: 9 }).length;
console.log(
  `client + updateProfileImage: ${code.length} B minified, ${gzipped} B gzipped ` +
    `(ceiling ${CEILING} B: ${gzipped <= CEILING ? 'within' : 'OVER'}; target ${TARGET} B: ${gzipped <= TARGET ? 'met' : 'not met'})`,
);
if (process.argv.includes('--verbose')) {
  const inputs = Object.values(result.metafile.outputs)[0].inputs;
  for (const [file, { bytesInOutput }] of Object.entries(inputs).sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput)) {
    console.log(`  ${String(bytesInOutput).padStart(6)} B  ${file}`);
  }
}
process.exit(gzipped <= CEILING ? 0 : 1);
