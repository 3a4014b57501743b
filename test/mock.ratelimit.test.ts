// The emulator's rate limits: the x-rate-limit-* headers on every authenticated answer, limits read from the spec's
// x-twitter-rate-limit (else defaultRateLimit), 429 / 88 when a window is spent, per-operation windows, window resets,
// reset(), and what our client makes of them.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  createClient,
  getRateLimit,
  signRequest,
  TwitterApiError,
  type RateLimit,
} from '../src/index.node.js';
import { startMockServer, type MockServer, type MockServerOptions } from '../src/mock/index.js';
import { rejection } from './helpers/caught.js';
import { png } from './helpers/images.js';

const nowSeconds = () => Math.floor(Date.now() / 1000);

/** A server per test where the options differ; always closed. */
let servers: MockServer[] = [];
async function server(options: MockServerOptions = {}): Promise<MockServer> {
  const started = await startMockServer(options);
  servers.push(started);
  return started;
}
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});

interface Call {
  method: 'GET' | 'POST';
  path: string;
  form?: Record<string, string>;
  multipart?: () => FormData;
}

/** One request signed by our signer, sent with raw fetch; the rate-limit headers read back as numbers. */
async function call(mock: MockServer, { method, path, form, multipart }: Call, credentials = mock.credentials) {
  const url = new URL(path, mock.url).href;
  const body = form ? new URLSearchParams(form).toString() : undefined;
  const authorization = await signRequest({ method, url, body }, credentials);
  const headers: Record<string, string> = { authorization };
  if (body !== undefined) headers['content-type'] = 'application/x-www-form-urlencoded';
  const response = await fetch(url, { method, headers, body: body ?? multipart?.() ?? null });
  await response.arrayBuffer();
  const header = (name: string) => response.headers.get(`x-rate-limit-${name}`);
  const present = ['limit', 'remaining', 'reset'].every((name) => header(name) !== null);
  const rateLimit: RateLimit | undefined = present
    ? { limit: Number(header('limit')), remaining: Number(header('remaining')), reset: Number(header('reset')) }
    : undefined;
  return { status: response.status, rateLimit };
}

const multipart = (field: string, bytes: Uint8Array<ArrayBuffer>) => () => {
  const form = new FormData();
  form.append(field, new Blob([bytes], { type: 'image/png' }), `${field}.png`);
  return form;
};

// Every operation of the spec, the retired ones too, and the limit the emulator should apply by default.
const OPERATIONS: [string, Call, number, number][] = [
  ['verifyCredentials', { method: 'GET', path: 'account/verify_credentials.json' }, 200, 75],
  ['showUser', { method: 'GET', path: 'users/show.json?screen_name=TwitterDev' }, 200, 900],
  ['showUser (user not found)', { method: 'GET', path: 'users/show.json?screen_name=nobody_here' }, 404, 900],
  ['profileBannerSizes (no banner yet)', { method: 'GET', path: 'users/profile_banner.json?screen_name=TwitterDev' }, 404, 180],
  ['accountSettings', { method: 'GET', path: 'account/settings.json' }, 200, 15],
  ['updateAccountSettings', { method: 'POST', path: 'account/settings.json', form: { lang: 'en' } }, 200, 15],
  ['updateProfile', { method: 'POST', path: 'account/update_profile.json', form: { name: 'Rate Limited' } }, 200, 15],
  ['updateProfile (name too long)', { method: 'POST', path: 'account/update_profile.json', form: { name: 'x'.repeat(51) } }, 403, 15],
  ['updateProfileImage', { method: 'POST', path: 'account/update_profile_image.json', multipart: multipart('image', png(400, 400)) }, 200, 15],
  ['updateProfileBanner', { method: 'POST', path: 'account/update_profile_banner.json', multipart: multipart('banner', png(1500, 500)) }, 201, 15],
  ['removeProfileBanner', { method: 'POST', path: 'account/remove_profile_banner.json' }, 200, 15],
  ['updateProfileBackgroundImage (retired)', { method: 'POST', path: 'account/update_profile_background_image.json', multipart: multipart('image', png(400, 400)) }, 404, 15],
  ['updateProfileColors (retired)', { method: 'POST', path: 'account/update_profile_colors.json', form: { profile_link_color: 'ff0000' } }, 404, 15],
];

describe('headers and default limits', () => {
  let mock: MockServer;
  beforeAll(async () => {
    mock = await startMockServer();
  });
  afterAll(() => mock.close());
  beforeEach(() => mock.reset());

  it.each(OPERATIONS)('%s: x-rate-limit-* on the answer, reset a window from now', async (_name, request, status, limit) => {
    const before = nowSeconds();
    const { status: got, rateLimit } = await call(mock, request);
    expect(got).toBe(status);
    expect(rateLimit).toBeDefined();
    expect(rateLimit?.limit).toBe(limit);
    expect(rateLimit?.remaining).toBe(limit - 1);
    expect(rateLimit?.reset).toBeGreaterThanOrEqual(before + 900);
    expect(rateLimit?.reset).toBeLessThanOrEqual(nowSeconds() + 901);
  });

  it('each call takes one from its window, and the reset stays put', async () => {
    const first = await call(mock, { method: 'GET', path: 'account/settings.json' });
    const second = await call(mock, { method: 'GET', path: 'account/settings.json' });
    const third = await call(mock, { method: 'GET', path: 'account/settings.json' });
    expect([first, second, third].map((r) => r.rateLimit?.remaining)).toEqual([14, 13, 12]);
    expect(second.rateLimit?.reset).toBe(first.rateLimit?.reset);
    expect(third.rateLimit?.reset).toBe(first.rateLimit?.reset);
  });
});

describe('options', () => {
  it('defaultRateLimit applies to operations without a published limit only', async () => {
    const mock = await server({ defaultRateLimit: 5 });
    expect((await call(mock, { method: 'POST', path: 'account/update_profile.json', form: { name: 'x' } })).rateLimit?.limit).toBe(5);
    expect((await call(mock, { method: 'GET', path: 'account/verify_credentials.json' })).rateLimit?.limit).toBe(75);
    expect((await call(mock, { method: 'GET', path: 'account/settings.json' })).rateLimit?.limit).toBe(15);
  });

  it('rateLimits overrides one operation by operationId', async () => {
    const mock = await server({ rateLimits: { showUser: 2, updateProfile: 1 } });
    expect((await call(mock, { method: 'GET', path: 'users/show.json?screen_name=TwitterDev' })).rateLimit?.limit).toBe(2);
    expect((await call(mock, { method: 'POST', path: 'account/update_profile.json', form: { name: 'x' } })).rateLimit?.limit).toBe(1);
    expect((await call(mock, { method: 'GET', path: 'account/verify_credentials.json' })).rateLimit?.limit).toBe(75);
  });
});

describe('a spent window', () => {
  it('rateLimits { verifyCredentials: 3 }: the 4th call is 429 / 88, remaining 0, reset ≈ now + window', async () => {
    const mock = await server({ rateLimits: { verifyCredentials: 3 } });
    const before = nowSeconds();
    const answers = [];
    for (let i = 0; i < 5; i++) answers.push(await call(mock, { method: 'GET', path: 'account/verify_credentials.json' }));
    expect(answers.map((a) => [a.status, a.rateLimit?.limit, a.rateLimit?.remaining])).toEqual([
      [200, 3, 2],
      [200, 3, 1],
      [200, 3, 0],
      [429, 3, 0],
      [429, 3, 0],
    ]);
    const reset = answers[3]?.rateLimit?.reset ?? 0;
    expect(reset).toBe(answers[0]?.rateLimit?.reset);
    expect(reset).toBeGreaterThanOrEqual(before + 900);
    expect(reset).toBeLessThanOrEqual(nowSeconds() + 901);
    expect(mock.requests.at(-1)?.response.body).toEqual({ errors: [{ code: 88, message: 'Rate limit exceeded' }] });
    expect(mock.requests.at(-1)?.verified).toBe(true);
  });

  it('our client: getRateLimit on results, error.rateLimit, isRateLimited and client.rateLimits', async () => {
    const mock = await server({ rateLimits: { verifyCredentials: 3 }, windowSeconds: 600 });
    const tw = createClient({ credentials: mock.credentials, baseUrl: mock.url });
    const before = nowSeconds();
    const users = [await tw.verifyCredentials(), await tw.verifyCredentials(), await tw.verifyCredentials()];
    expect(users.map((u) => getRateLimit(u)?.remaining)).toEqual([2, 1, 0]);
    const error = await rejection(tw.verifyCredentials());
    expect(error).toBeInstanceOf(TwitterApiError);
    const apiError = error as TwitterApiError;
    expect(apiError).toMatchObject({ status: 429, codes: [88], isRateLimited: true, isAuthError: false });
    expect(apiError.hint).toMatch(/rateLimit\.reset/);
    expect(apiError.rateLimit).toEqual({ limit: 3, remaining: 0, reset: getRateLimit(users[0] ?? {})?.reset });
    expect(getRateLimit(apiError)).toEqual(apiError.rateLimit);
    expect(apiError.rateLimit?.reset).toBeGreaterThanOrEqual(before + 600);
    expect(apiError.rateLimit?.reset).toBeLessThanOrEqual(nowSeconds() + 601);
    expect(tw.rateLimits.get('verifyCredentials')).toEqual(apiError.rateLimit);
  });

  it('separate operations have separate windows', async () => {
    const mock = await server({ rateLimits: { verifyCredentials: 1, accountSettings: 1 } });
    const tw = createClient({ credentials: mock.credentials, baseUrl: mock.url });
    await tw.verifyCredentials();
    expect(await rejection(tw.verifyCredentials())).toMatchObject({ status: 429 });
    const user = await tw.showUser({ screen_name: 'TwitterDev' });
    expect(getRateLimit(user)).toMatchObject({ limit: 900, remaining: 899 });
    await tw.accountSettings();
    expect(await rejection(tw.accountSettings())).toMatchObject({ status: 429 });
    // A POST on the same path is a different operation with its own window.
    await tw.updateAccountSettings({ lang: 'en' });
    expect(tw.rateLimits.get('updateAccountSettings')).toMatchObject({ limit: 15, remaining: 14 });
  });

  it('windowSeconds: 1 lets the window reset (real time, once)', async () => {
    const mock = await server({ rateLimits: { verifyCredentials: 1 }, windowSeconds: 1 });
    // Windows end on a whole second: late in a second, wait for the next, so that the two first calls share one.
    const intoSecond = Date.now() % 1_000;
    if (intoSecond > 700) await new Promise((resolve) => setTimeout(resolve, 1_020 - intoSecond));
    const plain = createClient({ credentials: mock.credentials, baseUrl: mock.url });
    const first = await plain.verifyCredentials();
    const error = (await rejection(plain.verifyCredentials())) as TwitterApiError;
    expect(error.status).toBe(429);
    expect(error.rateLimit?.reset).toBe(getRateLimit(first)?.reset);
    const reset = error.rateLimit?.reset ?? 0;
    expect(reset * 1000).toBeGreaterThan(Date.now());
    expect(reset).toBeLessThanOrEqual(nowSeconds() + 2);

    // The window lasts at least windowSeconds and ends at its reset, a whole second.
    await new Promise((resolve) => setTimeout(resolve, reset * 1000 - Date.now() + 50));
    const after = await plain.verifyCredentials();
    expect(getRateLimit(after)).toMatchObject({ limit: 1, remaining: 0 });
    expect(getRateLimit(after)?.reset).toBeGreaterThan(error.rateLimit?.reset ?? Infinity);
  });
});

describe('reset() and unauthenticated answers', () => {
  it('reset() clears the counts', async () => {
    const mock = await server({ rateLimits: { verifyCredentials: 2 } });
    const tw = createClient({ credentials: mock.credentials, baseUrl: mock.url });
    await tw.verifyCredentials();
    await tw.verifyCredentials();
    expect(await rejection(tw.verifyCredentials())).toMatchObject({ status: 429 });
    mock.reset();
    expect(getRateLimit(await tw.verifyCredentials())).toMatchObject({ limit: 2, remaining: 1 });
  });

  it('401 and 400 answers carry no rate limit and do not consume the window', async () => {
    const mock = await server({ rateLimits: { verifyCredentials: 2 } });
    const path = 'account/verify_credentials.json';
    const wrongSecret = { ...mock.credentials, consumerSecret: `${mock.credentials.consumerSecret}x` };
    const wrongToken = { ...mock.credentials, token: `${mock.credentials.token}x` };
    const refused = [
      await call(mock, { method: 'GET', path }, wrongSecret),
      await call(mock, { method: 'GET', path }, wrongSecret),
      await call(mock, { method: 'GET', path }, wrongToken),
      await call(mock, { method: 'GET', path }, wrongToken),
    ];
    const unsigned = await fetch(new URL(path, mock.url));
    await unsigned.arrayBuffer();
    expect(refused.map((r) => r.status)).toEqual([401, 401, 401, 401]);
    expect(refused.map((r) => r.rateLimit)).toEqual([undefined, undefined, undefined, undefined]);
    expect(unsigned.status).toBe(400);
    expect(unsigned.headers.get('x-rate-limit-remaining')).toBeNull();

    const ok = await call(mock, { method: 'GET', path });
    expect([ok.status, ok.rateLimit?.remaining]).toEqual([200, 1]);
  });

  it('an injected fault does not consume the window either', async () => {
    const mock = await server({ rateLimits: { verifyCredentials: 2 } });
    mock.inject({ kind: 'internal-error', count: 3 });
    for (let i = 0; i < 3; i++) expect((await call(mock, { method: 'GET', path: 'account/verify_credentials.json' })).status).toBe(500);
    expect((await call(mock, { method: 'GET', path: 'account/verify_credentials.json' })).rateLimit?.remaining).toBe(1);
  });
});
