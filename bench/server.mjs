// The local endpoint for figures 2 and 3: a minimal node:http server on 127.0.0.1 that verifies nothing, reads
// (drains) every request body and answers update_profile_banner with an empty 200 (as Twitter does) and anything
// else with one fixed User JSON. Run it as a child process (node bench/server.mjs): it sends {port} over IPC and
// closes when its parent disconnects. As a module, startServer() returns { port, close }.
import { createServer } from 'node:http';
import { userJson } from './fixtures.mjs';

export async function startServer() {
  const user = Buffer.from(await userJson());
  let requests = 0;
  let bodyBytes = 0;
  const server = createServer((req, res) => {
    requests++;
    req.on('data', (chunk) => (bodyBytes += chunk.length));
    req.on('end', () => {
      if (req.url.startsWith('/1.1/account/update_profile_banner.json')) {
        res.writeHead(200, { 'content-length': '0' });
        res.end();
      } else {
        res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': String(user.length) });
        res.end(user);
      }
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  return {
    port: server.address().port,
    stats: () => ({ requests, bodyBytes }),
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

if (process.send && import.meta.url === `file://${process.argv[1]}`) {
  const server = await startServer();
  process.on('message', (message) => {
    if (message === 'stats') process.send({ stats: server.stats() });
  });
  process.on('disconnect', () => server.close().then(() => process.exit(0)));
  process.send({ port: server.port });
}
