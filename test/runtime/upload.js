// Uploads a banner of several hundred kilobytes twice, as bytes and as a Blob of another type, in whichever runtime
// runs it: `upload.js <entry> <base URL> <credentials JSON>`. Prints the SHA-256 of the banner as one JSON line.
const args = globalThis.Deno ? globalThis.Deno.args : process.argv.slice(2);
const [entry, baseUrl, credentials] = args;
const pkg = await import(new URL(entry, import.meta.url).href);

// A PNG signature and IHDR (1500×500), then bytes that are not all alike, over several 256 KiB chunks.
const banner = new Uint8Array(700_001);
for (let i = 0; i < banner.length; i++) banner[i] = (i * 7 + (i >> 8)) & 0xff;
banner.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0x05, 0xdc, 0, 0, 0x01, 0xf4]);

const tw = pkg.createClient({ credentials: JSON.parse(credentials), baseUrl });
await tw.updateProfileBanner(banner, { width: 1000, height: 500, offset_left: 0, offset_top: 0 });
await tw.updateProfileBanner(new Blob([banner], { type: 'application/octet-stream' }));
const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', banner));
console.log(JSON.stringify({ sha256: Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('') }));
