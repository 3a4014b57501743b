#!/usr/bin/env node
// `twitter-profile-openapi mock [--port N] [--host H] [--cors]`: runs the emulator until Ctrl-C or SIGTERM.
import { parseArgs } from 'node:util';
import { startMockServer } from './mock/index.js';

const USAGE = 'usage: twitter-profile-openapi mock [--port N] [--host 127.0.0.1] [--cors]';

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      port: { type: 'string', default: '0' },
      host: { type: 'string', default: '127.0.0.1' },
      cors: { type: 'boolean', default: false },
      help: { type: 'boolean' },
    },
  });
  if (values.help || positionals[0] !== 'mock' || positionals.length > 1) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`--port must be an integer from 0 to 65535\n${USAGE}`);
    return 2;
  }
  // Listen for the stop signals before anything is printed, so that one sent as soon as the URL shows is not missed.
  const stopped = new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  const mock = await startMockServer({ host: values.host, port, cors: values.cors });
  const { consumerKey, consumerSecret, token, tokenSecret } = mock.credentials;
  // These are the emulator's own throw-away test credentials, printed so that a client can be pointed at it.
  console.log(`Twitter v1.1 profile emulator on ${mock.url}`);
  console.log(`test credentials it accepts:`);
  console.log(JSON.stringify({ consumerKey, consumerSecret, token, tokenSecret }, null, 2));
  console.log('Ctrl-C stops it.');
  await stopped;
  await mock.close();
  console.log('emulator stopped');
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
