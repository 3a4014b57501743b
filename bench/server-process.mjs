// Starts bench/server.mjs in its own process (so that its work and memory stay out of the measured process) and
// stops it by its own pid.
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export function startServerProcess() {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(new URL('./server.mjs', import.meta.url)), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error('bench server did not start within 10 s'));
    }, 10_000);
    child.once('error', reject);
    child.once('message', (message) => {
      clearTimeout(timer);
      resolve({
        port: message.port,
        stats: () =>
          new Promise((done) => {
            child.once('message', (m) => done(m.stats));
            child.send('stats');
          }),
        close: () =>
          new Promise((done) => {
            if (child.exitCode !== null || child.signalCode !== null) return done();
            const kill = setTimeout(() => child.kill('SIGKILL'), 5_000);
            child.once('exit', () => {
              clearTimeout(kill);
              done();
            });
            child.disconnect();
          }),
      });
    });
  });
}
