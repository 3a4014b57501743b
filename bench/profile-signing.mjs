// Where our signing time goes: bench/sign-loop.mjs under --cpu-prof, self time per function and per file.
// node bench/profile-signing.mjs [iterations] [object|string] [top]; run.mjs calls it when a signing target is missed.
import { printSummary, profileScript } from './cpuprofile.mjs';

export async function profileSigning({ iterations = 200_000, body = 'object', top = 12 } = {}) {
  return { iterations, body, ...(await profileScript('bench/sign-loop.mjs', [iterations, body], { top })) };
}

export function printProfile(p) {
  printSummary(`Signing profile: ${p.iterations} signatures, body as ${p.body}`, p);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [iterations, body, top] = process.argv.slice(2);
  printProfile(await profileSigning({ iterations: Number(iterations ?? 200_000), body: body ?? 'object', top: Number(top ?? 15) }));
}
