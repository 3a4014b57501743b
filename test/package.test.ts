// The package as a user gets it: packed, installed into an empty project, and imported through its exports map.
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root } from './helpers/run.js';

const exec = promisify(execFile);
let project: string;
let files: string[];

beforeAll(async () => {
  project = await mkdtemp(join(tmpdir(), 'user-project-'));
  // --ignore-scripts: dist/ is built by the test command already; prepack would build it again.
  const { stdout } = await exec('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', project], { cwd: root });
  const [pack] = JSON.parse(stdout) as { filename: string; files: { path: string }[] }[];
  files = (pack?.files ?? []).map((f) => f.path);
  await writeFile(join(project, 'package.json'), JSON.stringify({ name: 'user-project', private: true, type: 'module' }));
  await exec('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', join(project, pack?.filename ?? '')], { cwd: project });
}, 180_000);
afterAll(() => rm(project, { recursive: true, force: true }));

describe('the packed package', () => {
  it('holds only what users need: dist, the generated types, the bundled spec, README and LICENSE', () => {
    expect(files).toContain('dist/index.js');
    expect(files).toContain('dist/index.node.js');
    expect(files).toContain('dist/mock/index.js');
    expect(files).toContain('dist/openapi.json');
    expect(files).toContain('dist/browser/twitter-profile-openapi.js');
    expect(files).toContain('generated/schema.d.ts');
    expect(files).toContain('README.md');
    expect(files).toContain('LICENSE');
    expect(files.filter((f) => !/^(dist\/|generated\/|README\.md$|LICENSE$|package\.json$)/.test(f))).toEqual([]);
    expect(files.some((f) => f.startsWith('dist/docs/') || f.endsWith('.map') || f.startsWith('src/'))).toBe(false);
  });

  it('imports both entries from a fresh project, and the emulator answers the client', async () => {
    const script = `
      import { createClient, signRequest, signatureBaseString, TwitterApiError } from 'twitter-profile-openapi';
      import { startMockServer } from 'twitter-profile-openapi/mock';
      const mock = await startMockServer();
      const tw = createClient({ credentials: mock.credentials, baseUrl: mock.url });
      const me = await tw.verifyCredentials();
      const error = await tw.showUser({ screen_name: 'nobody' }).catch((e) => e);
      await mock.close();
      console.log(JSON.stringify({ me: me.screen_name, typed: error instanceof TwitterApiError, sign: typeof signRequest, base: typeof signatureBaseString }));
    `;
    await writeFile(join(project, 'use.mjs'), script);
    const { stdout } = await exec(process.execPath, ['use.mjs'], { cwd: project });
    expect(JSON.parse(stdout)).toEqual({ me: 'TwitterDev', typed: true, sign: 'function', base: 'function' });
  });

  it('type-checks a user file against the shipped declarations (strict, NodeNext)', async () => {
    await writeFile(
      join(project, 'use.ts'),
      `import { createClient, type User } from 'twitter-profile-openapi';
       import { startMockServer, type MockServer } from 'twitter-profile-openapi/mock';
       export async function run(mock: MockServer): Promise<User> {
         const tw = createClient({ credentials: mock.credentials, baseUrl: mock.url });
         const { data } = await tw.api.GET('/users/show.json', { params: { query: { screen_name: 'x' } } });
         return data ?? tw.verifyCredentials({ include_email: true });
       }
       export const start: typeof startMockServer = startMockServer;`,
    );
    const config = { compilerOptions: { strict: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', lib: ['es2022', 'dom'], types: [], noEmit: true, skipLibCheck: false } };
    await writeFile(join(project, 'tsconfig.json'), JSON.stringify(config));
    await expect(exec(process.execPath, [`${root}node_modules/typescript/bin/tsc`, '-p', project])).resolves.toBeDefined();
  }, 60_000);

  it('installs the CLI as a bin', async () => {
    expect(await readdir(join(project, 'node_modules/.bin'))).toContain('twitter-profile-openapi');
  });
});
