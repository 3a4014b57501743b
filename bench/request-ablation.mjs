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
    '+ AbortController and timer per attempt': async () => {
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), 30_000);
      try {
        return await post(await signRequest({ method: 'POST', url: endpoint, body: form }, CREDENTIALS), controller.signal);
      } finally {
        clearTimeout(timer);
      }
    },
    // What the client does since the body is no longer cloned: openapi-fetch builds a Request, and fetch is given
    // the Request and its form text again.
    '+ Request first, then fetch(Request, { body })': async () => {
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), 30_000);
      try {
        const request = new Request(endpoint, { method: 'POST', body: new URLSearchParams(formFields), signal: controller.signal });
        request.headers.set('Authorization', await signRequest({ method: 'POST', url: request.url, body: form }, CREDENTIALS));
        return JSON.parse(await (await fetch(request, { body: form })).text());
      } finally {
        clearTimeout(timer);
      }
    },
    // What it did before: read the body back from a clone, and fetch(Request) pipes the body through another stream.
    '(before) Request, clone().text(), fetch(Request)': async () => {
      const request = new Request(endpoint, { method: 'POST', body: new URLSearchParams(formFields), signal: AbortSignal.timeout(30_000) });
      const body = await request.clone().text();
      request.headers.set('Authorization', await signRequest({ method: 'POST', url: request.url, body }, CREDENTIALS));
      return JSON.parse(await (await fetch(request)).text());
    },
    'ours: updateProfile': () => client.updateProfile(fields),
  };
  const names = Object.keys(variants);
  const rates = Object.fromEntries(names.map((n) => [n, []]));
  // CPU time of this process per request too: steadier than throughput when the machine is shared.
  const cpu = Object.fromEntries(names.map((n) => [n, []]));
  for (const n of names) for (let i = 0; i < WARMUP; i++) await variants[n]();
  for (let round = 0; round < ROUNDS; round++) {
    for (let k = 0; k < names.length; k++) {
      const n = names[(round + k) % names.length];
      const start = performance.now();
      const cpuStart = process.cpuUsage();
      for (let i = 0; i < PER_ROUND; i++) await variants[n]();
      rates[n].push(PER_ROUND / ((performance.now() - start) / 1000));
      const used = process.cpuUsage(cpuStart);
      cpu[n].push((used.user + used.system) / PER_ROUND);
    }
  }
  const base = median(rates[names[0]]);
  const baseCpu = median(cpu[names[0]]);
  for (const n of names) {
    const r = median(rates[n]);
    console.log(`${n.padEnd(50)} ${String(Math.round(r)).padStart(5)} req/s  ${String(Math.round(1e6 / r)).padStart(4)} µs/req  ${(r / base).toFixed(2)}× raw  cpu ${String(Math.round(median(cpu[n]))).padStart(4)} µs/req  ${(baseCpu / median(cpu[n])).toFixed(2)}× raw`);
  }
} finally {
  await server.close();
}
