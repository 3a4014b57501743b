// What a caller gets when things go wrong: typed errors with the status, codes, hints and rate limit — and never a
// secret, a signature or the Authorization header.
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  createClient,
  getRateLimit,
  TwitterApiError,
  TwitterNetworkError,
  TwitterTimeoutError,
  TwitterValidationError,
} from '../src/index.node.js';
import { rejection } from './helpers/caught.js';
import { freePort } from './helpers/ports.js';
import { CREDENTIALS, useTwitterServer } from './helpers/twitterServer.js';

const env = useTwitterServer({ timeoutMs: 300 });

/** Everything a log line could show of an error. */
function everythingShown(error: unknown): string {
  return [String(error), JSON.stringify(error), inspect(error, { depth: 10, showHidden: true })].join('\n');
}


function expectNoSecrets(error: unknown): void {
  const shown = everythingShown(error);
  expect(shown).not.toContain(CREDENTIALS.consumerSecret);
  expect(shown).not.toContain(CREDENTIALS.tokenSecret);
  expect(shown).not.toContain('oauth_signature');
  expect(shown).not.toContain('OAuth oauth_');
  const signature = env.server.received.at(-1)?.oauth['oauth_signature'];
  if (signature) {
    expect(shown).not.toContain(signature);
    expect(shown).not.toContain(encodeURIComponent(signature));
  }
}

describe('API errors', () => {
  it('carry the status, every code and message, the request and the rate limit', async () => {
    env.server.script({
      status: 403,
      body: { errors: [{ code: 261, message: 'Application cannot perform write actions.' }, { code: 220, message: 'Nope.' }] },
    });
    const error = await rejection(env.tw.updateProfile({ name: 'x' }));
    expect(error).toBeInstanceOf(TwitterApiError);
    expect(error).toMatchObject({
      status: 403,
      codes: [261, 220],
      errors: [{ code: 261, message: 'Application cannot perform write actions.' }, { code: 220, message: 'Nope.' }],
      request: { method: 'POST', url: `${env.server.url}account/update_profile.json` },
      rateLimit: { limit: 75, remaining: 74, reset: 1900000000 },
    });
    expect(getRateLimit(error as TwitterApiError)).toEqual({ limit: 75, remaining: 74, reset: 1900000000 });
    expectNoSecrets(error);
  });

  it('read the legacy {request, error} shape the image endpoints send', async () => {
    env.server.script({ status: 400, body: { request: '/1.1/account/update_profile_image.json', error: 'media type unrecognized.' } });
    const error = (await rejection(env.tw.verifyCredentials())) as TwitterApiError;
    expect(error.errors).toEqual([{ message: 'media type unrecognized.' }]);
    expect(error.message).toContain('media type unrecognized.');
  });

  it.each([
    ['an empty body', '', 'empty body'],
    ['an HTML error page', '<html><body><h1>Over capacity</h1></body></html>', 'HTML body instead of JSON'],
    ['malformed JSON', '{"errors":[{"code":', 'malformed JSON body'],
  ])('say so when a 503 comes with %s', async (_what, body, problem) => {
    env.server.script({ status: 503, body, headers: { 'content-type': 'text/html' } });
    const error = (await rejection(env.tw.verifyCredentials())) as TwitterApiError;
    expect(error).toBeInstanceOf(TwitterApiError);
    expect(error.status).toBe(503);
    expect(error.errors).toEqual([]);
    expect(error.bodyProblem).toBe(problem);
  });

  it('turn a 200 with a truncated JSON body into a typed error, not a SyntaxError', async () => {
    env.server.script({ status: 200, body: '{"id":1,"screen_na' });
    const error = (await rejection(env.tw.verifyCredentials())) as TwitterApiError;
    expect(error).toBeInstanceOf(TwitterApiError);
    expect(error.status).toBe(200);
    expect(error.bodyProblem).toBe('malformed JSON body');
  });

  it.each([
    [401, 32, 'isAuthError', /signature did not match/],
    [401, 89, 'isAuthError', /authorize the user again/],
    [401, 135, 'isAuthError', /clock/],
    [400, 215, 'isAuthError', /Authorization header/],
    [429, 88, 'isRateLimited', /rateLimit\.reset/],
    [403, 453, 'isAccessLevelError', /access level/],
  ] as const)('tell a %i / code %i apart with %s and give a one-line hint', async (status, code, helper, hint) => {
    // Twice: a 135 is retried once with the clock offset learnt from the Date header.
    env.server.script({ status, body: { errors: [{ code, message: 'x' }] } }, { status, body: { errors: [{ code, message: 'x' }] } });
    const error = (await rejection(env.tw.verifyCredentials())) as TwitterApiError;
    expect(error[helper]).toBe(true);
    expect(error.hint).toMatch(hint);
    expect(error.hint?.includes('\n')).toBe(false);
    for (const other of ['isAuthError', 'isRateLimited', 'isAccessLevelError'] as const) {
      if (other !== helper) expect(error[other]).toBe(false);
    }
    expectNoSecrets(error);
  });

  it('show neither secrets nor the signature in message, JSON or inspect output, for a real 401', async () => {
    const wrong = createClient({ credentials: { ...CREDENTIALS, consumerSecret: `${CREDENTIALS.consumerSecret}-typo` }, baseUrl: env.server.url });
    const error = await rejection(wrong.updateProfile({ description: 'x' }));
    expect(error).toMatchObject({ status: 401, codes: [32], isAuthError: true });
    expectNoSecrets(error);
  });

  it('refuse a base URL with user-info up front, without repeating it', () => {
    const withUserInfo = env.server.url.replace('http://', 'http://someone:hunter2@');
    let error: unknown;
    try {
      createClient({ credentials: CREDENTIALS, baseUrl: withUserInfo });
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(TwitterValidationError);
    expect(everythingShown(error)).not.toContain('hunter2');
  });
});

describe('network faults', () => {
  it('end in a TwitterNetworkError when the connection is reset', async () => {
    env.server.script({ reset: true });
    const error = await rejection(env.tw.verifyCredentials());
    expect(error).toBeInstanceOf(TwitterNetworkError);
    expect((error as TwitterNetworkError).request.method).toBe('GET');
    expectNoSecrets(error);
  });

  it('end in a TwitterNetworkError when nothing listens', async () => {
    const port = await freePort();
    const client = createClient({ credentials: CREDENTIALS, baseUrl: `http://127.0.0.1:${port}/1.1/` });
    await expect(client.verifyCredentials()).rejects.toBeInstanceOf(TwitterNetworkError);
  });

  it('end in a TwitterTimeoutError when the server never answers', async () => {
    env.server.script({ hang: true });
    const started = Date.now();
    const error = await rejection(env.tw.verifyCredentials());
    expect(error).toBeInstanceOf(TwitterTimeoutError);
    expect((error as TwitterTimeoutError).timeoutMs).toBe(300);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('end in a TwitterTimeoutError when the body stops half-way', async () => {
    env.server.script({ hangBody: true });
    await expect(env.tw.verifyCredentials()).rejects.toBeInstanceOf(TwitterTimeoutError);
  });

  it("reject with the caller's own reason when the caller aborts", async () => {
    env.server.script({ hang: true });
    const controller = new AbortController();
    const pending = env.tw.verifyCredentials({}, { signal: controller.signal });
    setTimeout(() => controller.abort(new Error('user gave up')), 20);
    await expect(pending).rejects.toThrow('user gave up');
  });
});
