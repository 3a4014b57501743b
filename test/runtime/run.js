// Runs the smoke scenario in a non-Node runtime (Bun, Deno): `run.js <entry> <base URL> <credentials JSON>`.
// Prints the result as one JSON line.
import { smoke } from './smoke.js';

const args = globalThis.Deno ? globalThis.Deno.args : process.argv.slice(2);
const [entry, baseUrl, credentials] = args;
const pkg = await import(new URL(entry, import.meta.url).href);
console.log(JSON.stringify(await smoke(pkg, { baseUrl, credentials: JSON.parse(credentials) })));
