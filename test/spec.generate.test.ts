import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, expectTypeOf, it } from 'vitest';
import type { components } from '../generated/schema.js';
import { root, run } from './helpers/run.js';

type Schemas = components['schemas'];

describe('generated/schema.d.ts', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
  });

  it('is in sync with spec/ (generate:check passes)', async () => {
    const result = await run('node', ['scripts/generate.mjs', '--check']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  it('is reported stale when the spec changes and the types do not', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'spec-drift-'));
    dirs.push(dir);
    await cp(`${root}spec`, dir, { recursive: true });
    // Drop one accepted spelling of a boolean: a change the types must show.
    const flag = join(dir, 'components/schemas/TwitterBoolean.yaml');
    const text = await readFile(flag, 'utf8');
    await writeFile(flag, text.replace("  - 't'\n", ''));

    const result = await run('node', ['scripts/generate.mjs', '--check', '--spec', join(dir, 'openapi.yaml')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/out of date/);
  });

  it('opens with a do-not-edit banner', async () => {
    const text = await readFile(`${root}generated/schema.d.ts`, 'utf8');
    expect(text.startsWith('/**\n * DO NOT EDIT.')).toBe(true);
  });

  it('types binary upload fields as Blob, base64 fields as string', async () => {
    const text = await readFile(`${root}generated/schema.d.ts`, 'utf8');
    expect(text).toContain('ProfileImageBinary: Blob;');
    expect(text).toContain('ProfileBannerBinary: Blob;');
    expect(text).not.toMatch(/Binary: string;/);
    expectTypeOf<Schemas['UpdateProfileImageMultipart']['image']>().toEqualTypeOf<Blob>();
    expectTypeOf<Schemas['UpdateProfileBannerMultipart']['banner']>().toEqualTypeOf<Blob>();
    expectTypeOf<Schemas['UpdateProfileImageForm']['image']>().toEqualTypeOf<string>();
    expectTypeOf<Schemas['UpdateProfileBannerForm']['banner']>().toEqualTypeOf<string>();
  });

  it('types Twitter booleans as the four spellings Twitter accepts', () => {
    expectTypeOf<Schemas['TwitterBoolean']>().toEqualTypeOf<'true' | 't' | '1' | 'false'>();
  });
});
