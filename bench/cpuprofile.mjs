// Runs a bench script under node --cpu-prof and summarises self time per function and per file.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runNode } from './child.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

function label(frame) {
  const file = frame.url ? frame.url.replace(`file://${ROOT}`, '').replace(/^.*node_modules\//, '') : '(native)';
  return { fn: frame.functionName || '(anonymous)', file, where: frame.url ? `${file}:${frame.lineNumber + 1}` : file };
}

export function summarise(profile, top = 12) {
  const total = profile.nodes.reduce((n, node) => n + (node.hitCount ?? 0), 0);
  const byFunction = new Map();
  const byFile = new Map();
  for (const node of profile.nodes) {
    const hits = node.hitCount ?? 0;
    if (!hits) continue;
    const { fn, file, where } = label(node.callFrame);
    byFunction.set(`${fn} ${where}`, (byFunction.get(`${fn} ${where}`) ?? 0) + hits);
    byFile.set(file, (byFile.get(file) ?? 0) + hits);
  }
  const rank = (map) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, hits]) => ({ name, share: hits / total }));
  return { samples: total, functions: rank(byFunction), files: rank(byFile) };
}

/** node --cpu-prof <script> <args…> in a fresh process; resolves to summarise() of its profile. */
export async function profileScript(script, scriptArgs = [], { top = 12, intervalUs = 100 } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-prof-'));
  try {
    await runNode(['--cpu-prof', '--cpu-prof-interval', String(intervalUs), '--cpu-prof-dir', dir, script, ...scriptArgs.map(String)]);
    const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
    return { intervalUs, ...summarise(JSON.parse(readFileSync(join(dir, file), 'utf8')), top) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function printSummary(title, p) {
  const pct = (s) => `${(s * 100).toFixed(1).padStart(5)}%`;
  console.log(`\n${title} (${p.samples} samples at ${p.intervalUs} µs) — self time:`);
  for (const f of p.functions) console.log(`  ${pct(f.share)}  ${f.name}`);
  console.log('  by file:');
  for (const f of p.files) console.log(`  ${pct(f.share)}  ${f.name}`);
}
