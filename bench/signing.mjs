// Figure 1, signing throughput: Authorization headers per second for the same fixed request, every signer
// cross-checked first (same oauth_signature for a fixed nonce and timestamp), then timed in interleaved runs.
// Run as a child process (node --expose-gc bench/signing.mjs [runs]); prints one JSON line.
import { FIXED_NONCE, FIXED_TIMESTAMP } from './fixtures.mjs';
import { median, spread } from './stats.mjs';
import { loadSigners, parseHeader } from './signers.mjs';

const RUNS = Math.max(5, Number(process.argv[2] ?? 7));
const RUN_MS = 150;
const WARMUP_ITERATIONS = 20_000;
const MIN_ITERATIONS = 2_000;
const MAX_ITERATIONS = 2_000_000;

const AsyncFunction = async function () {}.constructor;
// One loop per signer (own function, own type feedback), so that no signer runs on a call site made megamorphic by
// the others. The header lengths are summed so that nothing is optimised away.
const syncLoop = () => new Function('fn', 'n', 'let sink = 0; for (let i = 0; i < n; i++) sink += fn().length; return sink;');
const asyncLoop = () => new AsyncFunction('fn', 'n', 'let sink = 0; for (let i = 0; i < n; i++) sink += (await fn()).length; return sink;');

async function crossCheck(signers) {
  const fixed = { nonce: FIXED_NONCE, timestamp: FIXED_TIMESTAMP };
  const outputs = [];
  for (const signer of signers) outputs.push({ name: signer.name, header: await signer.make(fixed)() });
  const parsed = outputs.map((o) => ({ ...o, params: parseHeader(o.header) }));
  const reference = parsed[0];
  const problems = [];
  for (const p of parsed) {
    if (!p.params.oauth_signature) problems.push(`${p.name}: no oauth_signature`);
    for (const key of new Set([...Object.keys(reference.params), ...Object.keys(p.params)])) {
      if (p.params[key] !== reference.params[key]) problems.push(`${p.name}: ${key}=${p.params[key]} but ${reference.name} has ${reference.params[key]}`);
    }
  }
  if (problems.length) {
    throw new Error(`signers disagree:\n  ${problems.join('\n  ')}\nheaders:\n${outputs.map((o) => `  ${o.name}: ${o.header}`).join('\n')}`);
  }
  // Fresh nonces must differ between calls, and still parse.
  for (const signer of signers) {
    const sign = signer.make();
    const a = parseHeader(await sign());
    const b = parseHeader(await sign());
    if (a.oauth_nonce === b.oauth_nonce) throw new Error(`${signer.name}: the same nonce twice`);
  }
  return reference.params.oauth_signature;
}

async function timed(entry, iterations) {
  globalThis.gc?.();
  const start = process.hrtime.bigint();
  const sink = await entry.loop(entry.sign, iterations);
  const ns = Number(process.hrtime.bigint() - start);
  if (!(sink > 0)) throw new Error(`${entry.name}: produced nothing`);
  return iterations / (ns / 1e9);
}

const signers = await loadSigners();
const signature = await crossCheck(signers);
const entries = signers.map((s) => ({ ...s, sign: s.make(), loop: s.async ? asyncLoop() : syncLoop(), rates: [] }));

// Warm up (and let the JIT settle), then size each run to take about RUN_MS.
for (const entry of entries) {
  await timed(entry, WARMUP_ITERATIONS);
  const rate = await timed(entry, WARMUP_ITERATIONS);
  entry.iterations = Math.min(MAX_ITERATIONS, Math.max(MIN_ITERATIONS, Math.round((rate * RUN_MS) / 1000)));
}
// Interleaved: run r starts at signer r (mod n), so no signer always comes first or last.
for (let run = 0; run < RUNS; run++) {
  for (let k = 0; k < entries.length; k++) {
    const entry = entries[(run + k) % entries.length];
    entry.rates.push(await timed(entry, entry.iterations));
  }
}

console.log(
  JSON.stringify({
    runs: RUNS,
    crossCheckedSignature: signature,
    signers: entries.map((e) => ({
      name: e.name,
      informational: Boolean(e.informational),
      bound: Boolean(e.bound),
      iterations: e.iterations,
      median: median(e.rates),
      spread: spread(e.rates),
      rates: e.rates,
    })),
  }),
);
