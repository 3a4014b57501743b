// A bounded request loop for profiling: node --cpu-prof bench/request-loop.mjs <port> [count] [ours|raw].
import { BODY, CREDENTIALS } from './fixtures.mjs';

const [port, count = 3000, which = 'ours'] = process.argv.slice(2);
const prefix = `http://127.0.0.1:${port}/1.1/`;
const { createClient, signRequest } = await import('../dist/index.node.js');
let call;
if (which === 'ours') {
  const client = createClient({ credentials: CREDENTIALS, baseUrl: prefix });
  const fields = { ...BODY, include_entities: true, skip_status: true };
  call = () => client.updateProfile(fields);
} else {
  const endpoint = `${prefix}account/update_profile.json`;
  const form = new URLSearchParams({ ...BODY, include_entities: 'true', skip_status: 'true' }).toString();
  const authorization = await signRequest({ method: 'POST', url: endpoint, body: form }, CREDENTIALS);
  const headers = { authorization, 'content-type': 'application/x-www-form-urlencoded' };
  call = async () => JSON.parse(await (await fetch(endpoint, { method: 'POST', headers, body: form })).text());
}
for (let i = 0; i < Number(count); i++) {
  const user = await call();
  if (user.name !== BODY.name) throw new Error('unexpected answer');
}
