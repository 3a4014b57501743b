// Diagnosis for figure 2: raw fetch with one piece of our client's per-request work added at a time, interleaved,
// so the gap between raw fetch and updateProfile can be attributed. node bench/request-ablation.mjs [rounds]
import { BODY, CREDENTIALS } from './fixtures.mjs';
import { startServerProcess } from './server-process.mjs';
import { median } from './stats.mjs';

const ROUNDS = Number(process.argv[2] ?? 8);
const PER_ROUND = 250;
const WARMUP = 300;
const { createClient, signRequest } = await import('../dist/index.node.js');
const server = await startServerProcess();
try {
  const prefix = `http://127.0.0.1:${server.port}/1.1/`;
  const endpoint = `${prefix}account/update_profile.json`;
  const formFields = { ...BODY, include_entities: 'true', skip_status: 'true' };
  const form = new URLSearchParams(formFields).toString();
  const ct = 'application/x-www-form-urlencoded';
  const precomputed = await signRequest({ method: 'POST', url: endpoint, body: form }, CREDENTIALS);
  const client = createClient({ credentials: CREDENTIALS, baseUrl: prefix });
  const fields = { ...BODY, include_entities: true, skip_status: true };
  const post = async (authorization, signal) =>
    JSON.parse(await (await fetch(endpoint, { method: 'POST', headers: { authorization, 'content-type': ct }, body: form, signal })).text());
  const variants = {
    'raw fetch, precomputed header': () => post(precomputed),
    '+ signRequest per call': async () => post(await signRequest({ method: 'POST', url: endpoint, body: form }, CREDENTIALS)),
    '+ AbortSignal.timeout(30 s)': async () => {
      const signal = AbortSignal.timeout(30_000);
      return post(await signRequest({ method: 'POST', url: endpoint, body: form }, CREDENTIALS), signal);
    },
    '+ Request, clone().text(), fetch(Request)': async () => {
      const signal = AbortSignal.timeout(30_000);
      const request = new Request(endpoint, { method: 'POST', body: new URLSearchParams(formFields), signal });
      const body = await request.clone().text();
      request.headers.set('Authorization', await signRequest({ method: 'POST', url: request.url, body }, CREDENTIALS));
      return JSON.parse(await (await fetch(request)).text());
    },
    'ours: updateProfile': () => client.updateProfile(fields),
  };
  const names = Object.keys(variants);
  const rates = Object.fromEntries(names.map((n) => [n, []]));
  for (const n of names) for (let i = 0; i < WARMUP; i++) await variants[n]();
  for (let round = 0; round < ROUNDS; round++) {
    for (let k = 0; k < names.length; k++) {
      const n = names[(round + k) % names.length];
      const start = performance.now();
      for (let i = 0; i < PER_ROUND; i++) await variants[n]();
      rates[n].push(PER_ROUND / ((performance.now() - start) / 1000));
    }
  }
  const base = median(rates[names[0]]);
  for (const n of names) {
    const r = median(rates[n]);
    console.log(`${n.padEnd(44)} ${String(Math.round(r)).padStart(5)} req/s  ${String(Math.round(1e6 / r)).padStart(4)} µs/req  ${(r / base).toFixed(2)}× raw`);
  }
} finally {
  await server.close();
}
