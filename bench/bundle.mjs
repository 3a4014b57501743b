// Figure 4, bundle size: what a browser app ships, minified (esbuild) and gzipped (level 9), for the same job —
// create a client and upload a profile image — with ours (as scripts/size.mjs measures it) and twitter-api-v2, and two
// floors: openapi-fetch alone, and openapi-fetch with our signer and a bare upload method. Runs in-process; returns
// plain data.
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

const ENTRIES = {
  ours: `
import { createClient } from './dist/index.js';
const tw = createClient({ credentials: { consumerKey: 'k', consumerSecret: 's', token: 't', tokenSecret: 'ts' } });
export const upload = (image) => tw.updateProfileImage(image);
`,
  'twitter-api-v2': `
import { TwitterApi } from 'twitter-api-v2';
const tw = new TwitterApi({ appKey: 'k', appSecret: 's', accessToken: 't', accessSecret: 'ts' });
export const upload = (image) => tw.v1.updateAccountProfileImage(image);
`,
  'openapi-fetch': `
import createClient from 'openapi-fetch';
export const api = createClient({ baseUrl: 'https://api.x.com/1.1/' });
`,
  // The floor of any signing client on openapi-fetch: openapi-fetch, our signer, and one upload method with no
  // checks, typed errors, timeout, rate limits or retries. What the 5 KB budget leaves for those is 5 KB minus this.
  'openapi-fetch + signer + bare upload': `
import createClient from 'openapi-fetch';
import { signRequest } from './dist/index.js';
const credentials = { consumerKey: 'k', consumerSecret: 's', token: 't', tokenSecret: 'ts' };
const api = createClient({ baseUrl: 'https://api.x.com/1.1/', headers: { 'Content-Type': null }, bodySerializer: (b) => b });
api.use({
  async onRequest({ request }) {
    const form = (request.headers.get('content-type') ?? '').startsWith('application/x-www-form-urlencoded');
    const body = form ? await request.clone().text() : undefined;
    request.headers.set('Authorization', await signRequest({ method: request.method, url: request.url, body }, credentials));
    return request;
  },
});
export async function upload(image) {
  const body = new FormData();
  body.append('image', image);
  const { data, response } = await api.POST('/account/update_profile_image.json', { body, parseAs: 'text' });
  if (!response.ok) throw new Error(String(response.status));
  return JSON.parse(data);
}
`,
};

async function bundle(contents, platform) {
  const result = await build({
    stdin: { contents, resolveDir: ROOT, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform,
    target: 'es2022',
    write: false,
    logLevel: 'silent',
    metafile: true,
  });
  const code = result.outputFiles[0].contents;
  // The largest inputs, minified bytes each: what to look at when over budget.
  const inputs = Object.entries(Object.values(result.metafile.outputs)[0].inputs)
    .map(([file, { bytesInOutput }]) => ({ file: file.replace(/^.*node_modules\//, ''), bytes: bytesInOutput }))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, 8);
  return { minified: code.length, gzipped: gzipSync(code, { level: 9 }).length, inputs };
}

/** { name: { platform, minified, gzipped, browserErrors? } } */
export async function measureBundles() {
  const out = {};
  for (const [name, contents] of Object.entries(ENTRIES)) {
    try {
      out[name] = { platform: 'browser', ...(await bundle(contents, 'browser')) };
    } catch (error) {
      // What stops a browser build (Node built-ins, typically); then the size on the node platform, built-ins external.
      const errors = (error.errors ?? []).map((e) => e.text);
      const modules = [...new Set(errors.map((t) => /"([^"]+)"/.exec(t)?.[1]).filter(Boolean))].sort();
      out[name] = { platform: 'node', browserErrors: errors.length, unresolved: modules, ...(await bundle(contents, 'node')) };
    }
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(JSON.stringify(await measureBundles(), null, 2));
