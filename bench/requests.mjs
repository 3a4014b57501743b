// Figure 2, request overhead on loopback: sequential update_profile calls per second through our client, through a
// raw fetch with a precomputed Authorization header, and through twitter-api-v2, all against the same local server
// (bench/server.mjs, in another process). Run as a child: node bench/requests.mjs <port> [requests]; prints JSON.
import http from 'node:http';
import { createRequire } from 'node:module';
import { BODY, CREDENTIALS, TWITTER_API_V2_TOKENS } from './fixtures.mjs';
import { median, spread } from './stats.mjs';

const require = createRequire(import.meta.url);
const port = Number(process.argv[2]);
const TOTAL = Number(process.argv[3] ?? 2_000);
const ROUNDS = 10;
const WARMUP = Number(process.env.WARMUP ?? 200);
if (!port) throw new Error('usage: node bench/requests.mjs <port> [requests]');

const origin = `http://127.0.0.1:${port}`;
const prefix = `${origin}/1.1/`;
const fields = { ...BODY, include_entities: true, skip_status: true };

const { createClient, signRequest } = await import('../dist/index.node.js');
const ours = createClient({ credentials: CREDENTIALS, baseUrl: prefix });

// The same form body our client sends, signed once.
const endpoint = `${prefix}account/update_profile.json`;
const form = new URLSearchParams({ ...BODY, include_entities: 'true', skip_status: 'true' }).toString();
const authorization = await signRequest({ method: 'POST', url: endpoint, body: form }, CREDENTIALS);
async function rawFetch() {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { authorization, 'content-type': 'application/x-www-form-urlencoded' },
    body: form,
  });
  if (!response.ok) throw new Error(`raw fetch: HTTP ${response.status}`);
  return JSON.parse(await response.text());
}

// twitter-api-v2 has no base-URL option, but every sub-client has setPrefix(); its requests go through
// https.request, which accepts an http: URL when the agent is an http.Agent (settings.httpAgent). Keep-alive, as
// fetch (undici) does by default.
const { TwitterApi } = require('twitter-api-v2');
const agent = new http.Agent({ keepAlive: true });
const peer = new TwitterApi(TWITTER_API_V2_TOKENS, { httpAgent: agent });
peer.v1.setPrefix(prefix);

const contenders = [
  { name: 'ours', call: () => ours.updateProfile(fields) },
  { name: 'raw fetch', call: rawFetch },
  { name: 'twitter-api-v2', call: () => peer.v1.updateAccountProfile(fields) },
];

async function loop(contender, count) {
  const start = process.hrtime.bigint();
  for (let i = 0; i < count; i++) {
    const user = await contender.call();
    if (user?.name !== BODY.name) throw new Error(`${contender.name}: unexpected answer ${JSON.stringify(user).slice(0, 200)}`);
  }
  return count / (Number(process.hrtime.bigint() - start) / 1e9);
}

for (const c of contenders) {
  await loop(c, WARMUP);
  c.rates = [];
}
const perRound = Math.ceil(TOTAL / ROUNDS);
for (let round = 0; round < ROUNDS; round++) {
  for (let k = 0; k < contenders.length; k++) {
    const c = contenders[(round + k) % contenders.length];
    c.rates.push(await loop(c, perRound));
  }
}
agent.destroy();

console.log(
  JSON.stringify({
    requestsEach: perRound * ROUNDS,
    rounds: ROUNDS,
    contenders: contenders.map((c) => ({ name: c.name, median: median(c.rates), spread: spread(c.rates), rates: c.rates })),
  }),
);
