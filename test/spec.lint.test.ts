import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { root, run } from './helpers/run.js';

// Seed 004 pasted Flickr's API error codes under update_profile_image. Codes 100–116 look like valid 1xx statuses,
// so only the project's allow-list rule catches every one of them.
const FLICKR_CODES = ['1', '2', '95', '96', '97', '98', '99', '100', '105', '106', '111', '112', '114', '115', '116'];
const FIXTURE = 'test/fixtures/flickr-codes.yaml';

interface RedoclyProblem {
  ruleId: string;
  location: { pointer: string }[];
}
interface SpectralProblem {
  code: string;
  path: string[];
}

describe('the HTTP status allow-list rule', () => {
  it('makes Redocly report each of the fifteen Flickr codes', async () => {
    const result = await run('redocly', ['lint', FIXTURE, '--format', 'json']);
    const problems = (JSON.parse(result.stdout) as { problems: RedoclyProblem[] }).problems;
    const reported = problems
      .filter((p) => p.ruleId === 'rule/twitter-http-statuses')
      .map((p) => p.location[0]?.pointer.split('/').pop());
    expect(result.code).not.toBe(0);
    expect(reported.sort()).toEqual([...FLICKR_CODES].sort());
  });

  it('makes Spectral report each of the fifteen Flickr codes', async () => {
    const result = await run('spectral', ['lint', FIXTURE, '--format', 'json', '--quiet']);
    const problems = JSON.parse(result.stdout) as SpectralProblem[];
    const reported = problems.filter((p) => p.code === 'twitter-http-statuses').map((p) => p.path.at(-1));
    expect(result.code).not.toBe(0);
    expect(reported.sort()).toEqual([...FLICKR_CODES].sort());
  });

  it('allows the same statuses in redocly.yaml and .spectral.yaml', async () => {
    const redocly = parse(await readFile(`${root}redocly.yaml`, 'utf8')) as {
      rules: Record<string, { assertions: { enum: string[] } }>;
    };
    const spectral = parse(await readFile(`${root}.spectral.yaml`, 'utf8')) as {
      rules: Record<string, { then: { functionOptions: { values: string[] } } }>;
    };
    const redoclyList = redocly.rules['rule/twitter-http-statuses']?.assertions.enum;
    const spectralList = spectral.rules['twitter-http-statuses']?.then.functionOptions.values;
    expect(redoclyList).toHaveLength(17);
    expect(spectralList).toEqual(redoclyList);
  });
});
