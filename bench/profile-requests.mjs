// Where a request's time goes, ours vs raw fetch: bench/request-loop.mjs under --cpu-prof against bench/server.mjs.
// node bench/profile-requests.mjs [count] [top]
import { printSummary, profileScript } from './cpuprofile.mjs';
import { startServerProcess } from './server-process.mjs';

const [count = 3000, top = 20] = process.argv.slice(2).map(Number);
const server = await startServerProcess();
try {
  for (const which of ['ours', 'raw']) {
    printSummary(`Request profile: ${count} × updateProfile, ${which}`, await profileScript('bench/request-loop.mjs', [server.port, count, which], { top }));
  }
} finally {
  await server.close();
}
