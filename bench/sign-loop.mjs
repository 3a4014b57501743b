// A bounded signing loop for profiling: node --cpu-prof bench/sign-loop.mjs [iterations] [body: object|string].
import { BODY, BODY_STRING, CREDENTIALS, METHOD, URL_WITH_QUERY } from './fixtures.mjs';

const { signRequest } = await import('../dist/index.node.js');
const iterations = Number(process.argv[2] ?? 200_000);
const request = { method: METHOD, url: URL_WITH_QUERY, body: process.argv[3] === 'string' ? BODY_STRING : BODY };
let sink = 0;
for (let i = 0; i < iterations; i++) sink += (await signRequest(request, CREDENTIALS)).length;
if (sink === 0) throw new Error('nothing signed');
