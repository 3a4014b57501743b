// What the figures were measured on: CPUs, CPU model, Node, load, and which build of dist/ (it changes when
// `npm run build` runs, which another process may do during a bench run).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

function files(dir, pattern) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...files(path, pattern));
    else if (pattern.test(entry.name)) out.push(path);
  }
  return out.sort();
}

export function machine() {
  const cpuinfo = readFileSync('/proc/cpuinfo', 'utf8');
  return {
    nproc: availableParallelism(),
    cpu: /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1] ?? 'unknown',
    node: process.version,
    loadavg: loadavg().map((l) => Number(l.toFixed(2))),
  };
}

/** A hash of the built JavaScript (dist/*.js, docs excluded), its newest mtime, and the src/ files newer than it. */
export function distBuild() {
  const js = files(join(ROOT, 'dist'), /\.js$/).filter((f) => !f.includes(`${join(ROOT, 'dist', 'docs')}`));
  const hash = createHash('sha256');
  let newest = 0;
  for (const f of js) {
    hash.update(f).update(readFileSync(f));
    newest = Math.max(newest, statSync(f).mtimeMs);
  }
  const newerSrc = files(join(ROOT, 'src'), /\.ts$/)
    .filter((f) => statSync(f).mtimeMs > newest)
    .map((f) => f.slice(ROOT.length));
  return { hash: hash.digest('hex').slice(0, 12), builtAt: new Date(newest).toISOString(), newerSrc };
}
