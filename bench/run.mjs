#!/usr/bin/env node
// npm run bench: every figure of the benchmark issue measured side by side in one run, printed as one table
// (figure | ours | peers | ratio and target | PASS/MISS). Not a test: it exits 0 whatever the figures are, and 1
// only when a measurement itself fails (signers disagreeing, a server answer missing, …).
// Flags: --json <file> also writes the raw results; --no-profile skips the signing profile printed on a MISS.
import { execSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { measureBundles } from './bundle.mjs';
import { runNodeJson } from './child.mjs';
import { BANNER_BYTES } from './fixtures.mjs';
import { measureImports } from './import-time.mjs';
import { distBuild, machine } from './machine.mjs';
import { printProfile, profileSigning } from './profile-signing.mjs';
import { startServerProcess } from './server-process.mjs';
import { formatBytes, formatMs, formatRate, formatRatio, median } from './stats.mjs';
import { measureUploads } from './uploads.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const jsonOut = args.includes('--json') ? args[args.indexOf('--json') + 1] : undefined;
const SIGNING_RUNS = 9;
const REQUESTS_EACH = 2_000;
const IMPORT_RUNS = 7;
const BUNDLE_BUDGET = 5 * 1024;

const log = (message) => process.stderr.write(`${message}\n`);

if (!['dist/index.node.js', 'dist/index.js', 'dist/mock/index.js'].every((f) => existsSync(`${ROOT}${f}`))) {
  log('dist/ is missing: npm run build');
  execSync('npm run build', { cwd: ROOT, stdio: ['ignore', 2, 2] });
}

const started = performance.now();
const env = machine();
const buildBefore = distBuild();
log(`machine: ${env.nproc} CPUs, ${env.cpu}, Node ${env.node}, load ${env.loadavg.join(' ')}`);
log(`dist/: build ${buildBefore.hash} of ${buildBefore.builtAt}${buildBefore.newerSrc.length ? `; src newer than dist: ${buildBefore.newerSrc.join(', ')}` : ''}`);

log('1/5 signing …');
const signing = await runNodeJson(['--expose-gc', 'bench/signing.mjs', String(SIGNING_RUNS)]);

log('2/5 requests and 3/5 uploads (local server on 127.0.0.1) …');
const server = await startServerProcess();
let requests;
let uploads;
try {
  requests = await runNodeJson(['bench/requests.mjs', String(server.port), String(REQUESTS_EACH)]);
  uploads = await measureUploads(server);
} finally {
  await server.close();
}

log('4/5 bundle sizes …');
const bundles = await measureBundles();

log('5/5 cold imports …');
const imports = await measureImports(IMPORT_RUNS);

const buildAfter = distBuild();
const endEnv = machine();

// --- the table ---------------------------------------------------------------------------------------------------
const rows = [];
const row = (figure, ours, peers, ratio, result) => rows.push({ figure, ours, peers, ratio, result });
const verdict = (ok) => (ok ? 'PASS' : 'MISS');
/** Median of run-by-run ratios (a and b timed next to each other), less sensitive to drift than a ratio of medians. */
const pairedRatio = (a, b) => median(a.map((x, i) => x / b[i]));

const s = Object.fromEntries(signing.signers.map((x) => [x.name, x]));
const peers = signing.signers.filter((x) => !x.informational && !x.bound && x.name !== 'ours');
const hmacOnly = s['HMAC + nonce only (no base string)'];
const stringBody = s['ours (body as form string)'];
if (!s.ours || !s['lower bound'] || !stringBody || !hmacOnly) throw new Error('signing results incomplete');
const fastest = peers.reduce((a, b) => (b.median > a.median ? b : a));
const vsFastest = pairedRatio(s.ours.rates, fastest.rates);
const vsBound = pairedRatio(s.ours.rates, s['lower bound'].rates);
row(
  `Signing, headers/s (median of ${signing.runs} interleaved runs; signatures cross-checked)`,
  formatRate(s.ours.median),
  peers.map((p) => `${p.name} ${formatRate(p.median)}`).join('; '),
  `${formatRatio(vsFastest)} of fastest peer (${fastest.name}); target ≥ 1.00×`,
  verdict(vsFastest >= 1),
);
row(
  'Signing vs lower bound (hand-written for this request: encodes per call, known order, node:crypto HMAC), headers/s',
  formatRate(s.ours.median),
  `lower bound ${formatRate(s['lower bound'].median)}`,
  `${formatRatio(vsBound)}; target ≥ 0.80×`,
  verdict(vsBound >= 0.8),
);
row(
  'Signing, body as form string (as api calls are signed), headers/s',
  formatRate(stringBody.median),
  `lower bound ${formatRate(s['lower bound'].median)}`,
  `${formatRatio(pairedRatio(stringBody.rates, s.ours.rates))} of ours with an object body; ${formatRatio(pairedRatio(stringBody.rates, s['lower bound'].rates))} of the lower bound`,
  'info',
);
row(
  'Signing, HMAC + nonce only (base string written out as constants; not a bound), headers/s',
  formatRate(hmacOnly.median),
  `lower bound ${formatRate(s['lower bound'].median)}`,
  `ours is ${formatRatio(pairedRatio(s.ours.rates, hmacOnly.rates))} of it; the lower bound is ${formatRatio(pairedRatio(s['lower bound'].rates, hmacOnly.rates))} of it`,
  'info',
);

const rq = Object.fromEntries(requests.contenders.map((c) => [c.name, c]));
const vsRaw = pairedRatio(rq.ours.rates, rq['raw fetch'].rates);
row(
  `Request overhead, updateProfile req/s on loopback (${requests.requestsEach} sequential each, ${requests.rounds} interleaved rounds)`,
  formatRate(rq.ours.median),
  `raw fetch ${formatRate(rq['raw fetch'].median)}; twitter-api-v2 ${formatRate(rq['twitter-api-v2'].median)}`,
  `${formatRatio(vsRaw)} of raw fetch; target ≥ 0.90×`,
  verdict(vsRaw >= 0.9),
);

const up = (impl, encoding) => uploads.find((u) => u.impl === impl && u.encoding === encoding);
const rssOf = (u) => (u.hwmGrowth ?? u.rssGrowth);
for (const encoding of ['multipart', 'base64']) {
  const ours = up('ours', encoding);
  const peer = up('twitter-api-v2', encoding);
  const judged = encoding === 'multipart';
  const peerName = encoding === 'multipart' ? 'twitter-api-v2' : 'twitter-api-v2 (v1.post, base64 form)';
  const rssRatio = rssOf(ours) / ours.imageBytes;
  row(
    `Upload ${formatBytes(BANNER_BYTES)} banner, ${encoding}: peak RSS growth (kernel high-water mark, median of 3 processes)`,
    formatBytes(rssOf(ours)),
    `${peerName} ${formatBytes(rssOf(peer))}`,
    `${formatRatio(rssRatio)} image size${judged ? '; target ≤ 1.50×' : ''}`,
    judged ? verdict(rssRatio <= 1.5) : 'info',
  );
  const heapRatio = ours.heapPlusArrayBuffersGrowth / ours.imageBytes;
  row(
    `Upload ${formatBytes(BANNER_BYTES)} banner, ${encoding}: peak heapUsed+arrayBuffers growth (sampled every 2 ms, median of 3)`,
    formatBytes(ours.heapPlusArrayBuffersGrowth),
    `${peerName} ${formatBytes(peer.heapPlusArrayBuffersGrowth)}`,
    `${formatRatio(heapRatio)} image size${judged ? '; target ≤ 1.50×' : ''}`,
    judged ? verdict(heapRatio <= 1.5) : 'info',
  );
}

const b = bundles;
const peerBundle = (name) => {
  const x = b[name];
  return x.platform === 'browser'
    ? `${name} ${formatBytes(x.gzipped)}`
    : `${name}: no browser build (${x.browserErrors} errors: ${x.unresolved.join(', ')}); node platform ${formatBytes(x.gzipped)}`;
};
row(
  'Bundle, browser, minified+gzip: client + updateProfileImage',
  `${formatBytes(b.ours.gzipped)} (${b.ours.gzipped} B)`,
  `${peerBundle('twitter-api-v2')}; ${peerBundle('openapi-fetch')} (alone); ${peerBundle('openapi-fetch + signer + bare upload')}`,
  `${formatRatio(b.ours.gzipped / BUNDLE_BUDGET)} of 5 KB (5120 B); target ≤ 1.00×`,
  verdict(b.ours.gzipped <= BUNDLE_BUDGET),
);

const im = Object.fromEntries(imports.map((x) => [x.name, x]));
row(
  `Cold import, ms (median of ${IMPORT_RUNS} fresh processes, timed inside)`,
  formatMs(im.ours.median),
  `openapi-fetch ${formatMs(im['openapi-fetch'].median)}; twitter-api-v2 ${formatMs(im['twitter-api-v2'].median)}`,
  `${formatRatio(im.ours.median / im['openapi-fetch'].median)} of openapi-fetch alone`,
  'info',
);

function printTable() {
  const header = { figure: 'Figure', ours: 'Ours', peers: 'Peers', ratio: 'Ratio / target', result: 'Result' };
  const cols = Object.keys(header);
  const width = Object.fromEntries(cols.map((c) => [c, Math.max(...[header, ...rows].map((r) => r[c].length))]));
  const line = (r) => `| ${cols.map((c) => r[c].padEnd(width[c])).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${cols.map((c) => '-'.repeat(width[c] + 2)).join('|')}|`);
  for (const r of rows) console.log(line(r));
}

console.log('');
printTable();
console.log('');
console.log(`Machine: ${env.nproc} CPUs, ${env.cpu}, Node ${env.node}; load average ${env.loadavg.join(' ')} at start, ${endEnv.loadavg.join(' ')} at end.`);
console.log(`dist/ build ${buildBefore.hash} (${buildBefore.builtAt}).`);
console.log(`Signing runs' spread (max−min)/median: ${signing.signers.map((x) => `${x.name} ${(x.spread * 100).toFixed(0)}%`).join(', ')}.`);
console.log(`Request rounds' spread: ${requests.contenders.map((x) => `${x.name} ${(x.spread * 100).toFixed(0)}%`).join(', ')}.`);
console.log(`Cross-checked oauth_signature (fixed nonce and timestamp): ${signing.crossCheckedSignature}`);
console.log(`Largest inputs of our bundle (minified bytes): ${b.ours.inputs.map((i) => `${i.file} ${i.bytes}`).join(', ')}`);
const warnings = [];
if (buildAfter.hash !== buildBefore.hash) warnings.push(`dist/ was rebuilt during the run (${buildBefore.hash} → ${buildAfter.hash}): figures may mix two builds; run again.`);
if (buildBefore.newerSrc.length) warnings.push(`src/ has changes newer than dist/ (${buildBefore.newerSrc.join(', ')}): the figures are those of the older build; npm run build to measure them.`);
if (Math.max(env.loadavg[0], endEnv.loadavg[0]) > env.nproc / 2) warnings.push(`the machine was busy (1-min load up to ${Math.max(env.loadavg[0], endEnv.loadavg[0])} on ${env.nproc} CPUs): absolute rates are low and noisy; ratios (paired, interleaved) hold up better.`);
const noisy = [...signing.signers, ...requests.contenders].filter((x) => x.spread > 0.3).map((x) => x.name);
if (noisy.length) warnings.push(`runs varied by more than 30% (${[...new Set(noisy)].join(', ')}): another process was probably competing for the CPUs; prefer the paired ratios, or run again on a quiet machine.`);
for (const w of warnings) console.log(`WARNING: ${w}`);

if (!args.includes('--no-profile') && (vsFastest < 1 || vsBound < 0.8)) {
  printProfile(await profileSigning({ iterations: 200_000, body: 'object', top: 12 }));
}
console.log(`\n(total ${((performance.now() - started) / 1000).toFixed(0)} s)`);

if (jsonOut) {
  writeFileSync(jsonOut, JSON.stringify({ machine: env, machineAtEnd: endEnv, build: buildBefore, buildAfter, signing, requests, uploads, bundles, imports, rows }, null, 2));
}
