// Figure 3, all cases: each upload measured in its own fresh process (bench/upload-child.mjs), REPEATS processes per
// case (interleaved), the median kept; the bytes the server received checked against the image size.
import { runNodeJson } from './child.mjs';
import { median } from './stats.mjs';

const REPEATS = 3;

export const UPLOAD_CASES = [
  ['ours', 'multipart'],
  ['twitter-api-v2', 'multipart'],
  ['ours', 'base64'],
  ['twitter-api-v2', 'base64'],
];

export async function measureUploads(server) {
  const runs = UPLOAD_CASES.map(() => []);
  for (let repeat = 0; repeat < REPEATS; repeat++) {
    for (const [i, [impl, encoding]] of UPLOAD_CASES.entries()) {
      const before = await server.stats();
      const r = await runNodeJson(['--expose-gc', 'bench/upload-child.mjs', impl, encoding, String(server.port)]);
      const after = await server.stats();
      // Warm-up (64 kB) plus the banner; base64 sends 4/3 of it and more once percent-encoded.
      r.serverBodyBytes = after.bodyBytes - before.bodyBytes;
      if (r.serverBodyBytes < r.imageBytes) throw new Error(`${impl} ${encoding}: the server received only ${r.serverBodyBytes} bytes`);
      runs[i].push(r);
    }
  }
  const pick = (rs, key) => (rs.some((r) => r[key] === null) ? null : median(rs.map((r) => r[key])));
  return UPLOAD_CASES.map(([impl, encoding], i) => ({
    impl,
    encoding,
    repeats: REPEATS,
    imageBytes: runs[i][0].imageBytes,
    serverBodyBytes: runs[i][0].serverBodyBytes,
    ms: pick(runs[i], 'ms'),
    rssGrowth: pick(runs[i], 'rssGrowth'),
    hwmGrowth: pick(runs[i], 'hwmGrowth'),
    heapPlusArrayBuffersGrowth: pick(runs[i], 'heapPlusArrayBuffersGrowth'),
    runs: runs[i],
  }));
}
