// Figure 3, one measurement: the memory growth of one ~5 MB banner upload, in a fresh process.
// node --expose-gc bench/upload-child.mjs <ours|twitter-api-v2> <multipart|base64> <port>; prints one JSON line.
// Baseline: after the library is loaded, a small warm-up upload is done, the image buffer is allocated and GC has
// run. Peaks: process.memoryUsage() sampled every SAMPLE_MS (timers cannot fire inside synchronous work, so those
// peaks can be missed) and, for RSS, the kernel's high-water mark (VmHWM, reset via /proc/self/clear_refs).
import { readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import { bannerPng, CREDENTIALS, TWITTER_API_V2_TOKENS } from './fixtures.mjs';

const [impl, encoding, portArg] = process.argv.slice(2);
const port = Number(portArg);
const SAMPLE_MS = 2;
if (!globalThis.gc) throw new Error('run with node --expose-gc');
if (!['ours', 'twitter-api-v2'].includes(impl) || !['multipart', 'base64'].includes(encoding) || !port) {
  throw new Error('usage: upload-child.mjs <ours|twitter-api-v2> <multipart|base64> <port>');
}
const prefix = `http://127.0.0.1:${port}/1.1/`;

let upload;
if (impl === 'ours') {
  const { createClient } = await import('../dist/index.node.js');
  const client = createClient({ credentials: CREDENTIALS, baseUrl: prefix });
  upload = (bytes) => client.updateProfileBanner(bytes, encoding === 'base64' ? { encoding: 'base64' } : {});
} else {
  const require = createRequire(import.meta.url);
  const { TwitterApi } = require('twitter-api-v2');
  const agent = new http.Agent({ keepAlive: false });
  const v1 = new TwitterApi(TWITTER_API_V2_TOKENS, { httpAgent: agent }).v1;
  v1.setPrefix(prefix);
  const toBuffer = (bytes) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  upload =
    encoding === 'multipart'
      ? (bytes) => v1.updateAccountProfileBanner(toBuffer(bytes))
      : // No dedicated method: the generic v1.post with the banner as base64 in a url-encoded (signed) body.
        (bytes) => v1.post('account/update_profile_banner.json', { banner: toBuffer(bytes).toString('base64') });
}

const hwmSupported = (() => {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
    return true;
  } catch {
    return false;
  }
})();
const procKb = (field) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? NaN) * 1024;
const combined = (m) => m.heapUsed + m.arrayBuffers;

await upload(bannerPng(64 * 1024)); // warm-up: first-call initialisation is not what is measured
const image = bannerPng();
gc();
gc();
const base = process.memoryUsage();
const baseVmRss = procKb('VmRSS');
if (hwmSupported) writeFileSync('/proc/self/clear_refs', '5');

let peakRss = base.rss;
let peakCombined = combined(base);
let samples = 0;
const sample = () => {
  const m = process.memoryUsage();
  samples++;
  if (m.rss > peakRss) peakRss = m.rss;
  if (combined(m) > peakCombined) peakCombined = combined(m);
};
const timer = setInterval(sample, SAMPLE_MS);
const start = performance.now();
await upload(image);
sample();
const ms = performance.now() - start;
clearInterval(timer);
const hwm = hwmSupported ? procKb('VmHWM') : NaN;

console.log(
  JSON.stringify({
    impl,
    encoding,
    imageBytes: image.byteLength,
    ms,
    samples,
    baseline: { rss: base.rss, heapUsed: base.heapUsed, arrayBuffers: base.arrayBuffers },
    rssGrowth: peakRss - base.rss,
    hwmGrowth: hwmSupported ? hwm - baseVmRss : null,
    heapPlusArrayBuffersGrowth: peakCombined - combined(base),
  }),
);
