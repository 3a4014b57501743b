// Figure 5, cold import: milliseconds for `await import(x)` in a fresh `node` process, timed inside the child with
// performance.now() around the import alone (process start-up excluded), median of RUNS, the targets interleaved.
import { pathToFileURL } from 'node:url';
import { fileURLToPath } from 'node:url';
import { median, spread } from './stats.mjs';
import { runNode } from './child.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CHILD = 'const t0 = performance.now(); await import(process.argv[1]); console.log(performance.now() - t0);';

export const IMPORT_TARGETS = [
  { name: 'ours', specifier: pathToFileURL(`${ROOT}dist/index.node.js`).href },
  { name: 'openapi-fetch', specifier: 'openapi-fetch' },
  { name: 'twitter-api-v2', specifier: 'twitter-api-v2' },
];

export async function measureImports(runs = 7) {
  const times = IMPORT_TARGETS.map(() => []);
  for (let run = 0; run < runs; run++) {
    for (let k = 0; k < IMPORT_TARGETS.length; k++) {
      const i = (run + k) % IMPORT_TARGETS.length;
      const { stdout } = await runNode(['--input-type=module', '-e', CHILD, IMPORT_TARGETS[i].specifier], { timeoutMs: 30_000 });
      const ms = Number(stdout.trim().split('\n').at(-1));
      if (!Number.isFinite(ms)) throw new Error(`import of ${IMPORT_TARGETS[i].specifier} printed ${stdout}`);
      times[i].push(ms);
    }
  }
  return IMPORT_TARGETS.map((t, i) => ({ name: t.name, median: median(times[i]), spread: spread(times[i]), times: times[i] }));
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(JSON.stringify(await measureImports(Number(process.argv[2] ?? 7))));
