// The emulator (src/mock) behaves as Twitter's docs and the spec describe it, driven through our client — and,
// where the client would refuse the input before sending, through `tw.api` or raw signed requests.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  createClient,
  profileImageVariants,
  signRequest,
  TwitterApiError,
  waitForProfileImage,
  type TwitterClient,
  type User,
} from '../src/index.node.js';
import { startMockServer, type MockServer, type MockServerOptions, type RecordedRequest } from '../src/mock/index.js';
import { rejection } from './helpers/caught.js';
import { concat, gif, jpeg, padded, png, type Bytes } from './helpers/images.js';
import { signedFetch } from './helpers/signedFetch.js';
import { schemaValidator } from './helpers/schemaValidator.js';
import { bundledSpec, type OpenApiDocument } from './helpers/spec.js';

// --- helpers ------------------------------------------------------------------------------------------------------

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A node of a parsed JSON document, `undefined` where the path leads nowhere. */
function at(node: unknown, ...path: (string | number)[]): unknown {
  return path.reduce<unknown>(
    (n, key) => (typeof n === 'object' && n !== null ? (n as Record<string | number, unknown>)[key] : undefined),
    node,
  );
}

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

function multipart(parts: Record<string, string | { bytes: Uint8Array<ArrayBuffer> | string; type: string; filename: string }>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(parts)) {
    if (typeof value === 'string') form.append(name, value);
    else form.append(name, new Blob([value.bytes], { type: value.type }), value.filename);
  }
  return form;
}

const raw = signedFetch;

/** Status and codes of the TwitterApiError a call rejects with. */
async function apiError(promise: Promise<unknown>): Promise<{ status: number; codes: number[] }> {
  const error = await rejection(promise);
  if (!(error instanceof TwitterApiError)) throw error;
  return { status: error.status, codes: error.codes };
}

function lastRequest(mock: MockServer): RecordedRequest {
  const request = mock.requests.at(-1);
  if (!request) throw new Error('the emulator logged no request');
  return request;
}

const errorBody = (code: number, message: unknown = expect.any(String)) => ({ errors: [{ code, message }] });
const legacyBody = (path: string, error: unknown = expect.any(String)) => ({ request: `/1.1/${path}`, error });

const avatarPattern = (ext: string) => new RegExp(`^https://pbs\\.twimg\\.com/profile_images/[0-9]+/[A-Za-z0-9_-]+_normal\\.${ext}$`);
const DEFAULT_AVATAR = 'https://abs.twimg.com/sticky/default_profile_images/default_profile_normal.png';

let doc: OpenApiDocument;
let validate: ReturnType<typeof schemaValidator>;
beforeAll(async () => {
  doc = await bundledSpec();
  validate = schemaValidator(doc);
});

/** Servers a test started itself; closed after it. */
const started: MockServer[] = [];
async function fresh(options: MockServerOptions = {}): Promise<{ mock: MockServer; tw: TwitterClient }> {
  const mock = await startMockServer({ host: '127.0.0.1', ...options });
  started.push(mock);
  return { mock, tw: createClient({ credentials: mock.credentials, baseUrl: mock.url }) };
}
afterEach(async () => {
  await Promise.all(started.splice(0).map((mock) => mock.close()));
});

// One emulator for the tests that only read what they wrote themselves; reset() between tests clears the log and
// the rate-limit windows, the account state stays.
let mock: MockServer;
let tw: TwitterClient;
beforeAll(async () => {
  mock = await startMockServer({ host: '127.0.0.1' });
  tw = createClient({ credentials: mock.credentials, baseUrl: mock.url });
});
afterAll(() => mock.close());
beforeEach(() => mock.reset());

// --- profile fields -----------------------------------------------------------------------------------------------

describe('profile fields', () => {
  it("persist and show in verify_credentials and users/show, `!*'()` and emoji included", async () => {
    const fields = {
      name: "Sean (it's me!) 🐦*",
      description: `Ladies + Gentlemen ~ 100% "quoted" & (more)! 🎉 *'`,
      location: "Zürich (it's *!) 🏔",
    };
    const answer = await tw.updateProfile(fields);
    expect(answer).toMatchObject(fields);
    expect(lastRequest(mock).verified).toBe(true);
    expect(await tw.verifyCredentials()).toMatchObject(fields);
    expect(await tw.showUser({ screen_name: mock.state.screen_name })).toMatchObject(fields);
    expect(await tw.showUser({ user_id: mock.state.id_str })).toMatchObject(fields);
  });

  it('a url without a scheme gets http:// prepended, and is shown as a t.co link expanding to it', async () => {
    const expanded = (user: { entities?: { url?: { urls: { expanded_url?: string | null }[] } } }) =>
      user.entities?.url?.urls[0]?.expanded_url;
    const user = await tw.updateProfile({ url: 'example.com/me' });
    expect(user.url).toMatch(/^https:\/\/t\.co\/[A-Za-z0-9_-]{10}$/);
    expect(expanded(user)).toBe('http://example.com/me');
    expect(expanded(await tw.showUser({ screen_name: mock.state.screen_name }))).toBe('http://example.com/me');
    expect(expanded(await tw.updateProfile({ url: 'https://example.org/x?a=1' }))).toBe('https://example.org/x?a=1');
    expect(mock.state.url).toBe('https://example.org/x?a=1');
  });

  it('a 100-character url without a scheme is answered within User.url maxLength', async () => {
    const user = await tw.updateProfile({ url: 'a'.repeat(96) + '.com' });
    expect(validate({ $ref: '#/components/schemas/User' }, user)).toEqual([]);
  });

  it('include_email gives `email` on verify_credentials only', async () => {
    expect((await tw.verifyCredentials({ include_email: true })).email).toBe(mock.state.email);
    expect(await tw.verifyCredentials()).not.toHaveProperty('email');
    expect(await tw.verifyCredentials({ include_email: false })).not.toHaveProperty('email');
    // users/show declares no include_email; sent anyway, it gives no email.
    const show = await raw(mock, 'GET', 'users/show.json', { query: { screen_name: mock.state.screen_name, include_email: 'true' } });
    expect(show.status).toBe(200);
    expect(show.body).not.toHaveProperty('email');
  });

  it('include_entities=false drops `entities`', async () => {
    const selector = { screen_name: mock.state.screen_name };
    expect(await tw.showUser(selector)).toHaveProperty('entities');
    expect(await tw.showUser({ ...selector, include_entities: false })).not.toHaveProperty('entities');
    expect(await tw.verifyCredentials()).toHaveProperty('entities');
    expect(await tw.verifyCredentials({ include_entities: false })).not.toHaveProperty('entities');
    expect(await tw.updateProfile({ location: 'Oslo', include_entities: false })).not.toHaveProperty('entities');
  });
});

// --- avatar -------------------------------------------------------------------------------------------------------

describe('avatar upload', () => {
  const DELAY = 150;

  it.each(['multipart', 'base64'] as const)('(%s) answers the OLD profile_image_url_https', async (encoding) => {
    const { mock, tw } = await fresh({ profileImageDelayMs: DELAY });
    const answer = await tw.updateProfileImage(png(64, 64), { encoding });
    expect(answer.profile_image_url_https).toBe(DEFAULT_AVATAR);
    expect(answer.default_profile_image).toBe(true);
    expect(lastRequest(mock).contentType).toMatch(encoding === 'multipart' ? /^multipart\/form-data/ : /^application\/x-www-form-urlencoded/);
    expect(lastRequest(mock).verified).toBe(true);
  });

  it.each(['multipart', 'base64'] as const)('(%s) the new URL shows only after profileImageDelayMs', async (encoding) => {
    const { mock, tw } = await fresh({ profileImageDelayMs: DELAY });
    const sent = performance.now();
    await tw.updateProfileImage(png(64, 64), { encoding });
    const selector = { screen_name: mock.state.screen_name };
    const before = (await tw.showUser(selector)).profile_image_url_https;
    // Sound only while less than DELAY has passed since the upload was sent (a local answer takes a few ms).
    expect(before, `users/show ${Math.round(performance.now() - sent)} ms after the upload was sent`).toBe(DEFAULT_AVATAR);
    await sleep(DELAY + 60);
    const after = await tw.showUser(selector);
    expect(after.profile_image_url_https).toMatch(avatarPattern('png'));
    expect((await tw.verifyCredentials()).profile_image_url_https).toBe(after.profile_image_url_https);
    expect(mock.state.profile_image_url_https).toBe(after.profile_image_url_https);
  });

  it.each([
    { format: 'GIF', image: gif(64, 64), ext: 'gif' },
    { format: 'JPEG', image: jpeg(64, 64), ext: 'jpg' },
    { format: 'PNG', image: png(64, 64), ext: 'png' },
  ])('a $format gives a URL ending in .$ext (multipart and base64)', async ({ image, ext }) => {
    for (const encoding of ['multipart', 'base64'] as const) {
      const { mock, tw } = await fresh({ profileImageDelayMs: DELAY });
      await tw.updateProfileImage(image, { encoding });
      await sleep(DELAY + 60);
      expect((await tw.showUser({ screen_name: mock.state.screen_name })).profile_image_url_https).toMatch(avatarPattern(ext));
    }
  });

  it('default_profile_image flips to false once the new image is in place', async () => {
    const { mock, tw } = await fresh({ profileImageDelayMs: DELAY });
    const selector = { screen_name: mock.state.screen_name };
    expect((await tw.showUser(selector)).default_profile_image).toBe(true);
    await tw.updateProfileImage(png(64, 64));
    expect((await tw.showUser(selector)).default_profile_image).toBe(true);
    await sleep(DELAY + 60);
    expect((await tw.showUser(selector)).default_profile_image).toBe(false);
  });

  it('waitForProfileImage (intervalMs 50) resolves to the user with the new URL', async () => {
    const { mock, tw } = await fresh({ profileImageDelayMs: DELAY });
    const previousUrl = (await tw.updateProfileImage(png(64, 64))).profile_image_url_https;
    const user = await waitForProfileImage(tw, { screen_name: mock.state.screen_name }, { previousUrl, intervalMs: 50, timeoutMs: 5_000 });
    expect(user.profile_image_url_https).not.toBe(previousUrl);
    expect(user.profile_image_url_https).toMatch(avatarPattern('png'));
    // It polled users/show more than once: the first poll (after 50 ms) still saw the old URL.
    expect(mock.requests.filter((r) => r.operationId === 'showUser').length).toBeGreaterThan(1);
  });

  it('profileImageVariants of the new URL follow the pattern', async () => {
    const { mock, tw } = await fresh({ profileImageDelayMs: DELAY });
    const previousUrl = (await tw.updateProfileImage(jpeg(64, 64))).profile_image_url_https;
    const user = await waitForProfileImage(tw, { screen_name: mock.state.screen_name }, { previousUrl, intervalMs: 50, timeoutMs: 5_000 });
    const match = /^(https:\/\/pbs\.twimg\.com\/profile_images\/[0-9]+\/[A-Za-z0-9_-]+)_normal\.jpg$/.exec(user.profile_image_url_https);
    expect(match).not.toBeNull();
    const stem = match?.[1] ?? '';
    expect(profileImageVariants(user)).toEqual({
      normal: `${stem}_normal.jpg`,
      bigger: `${stem}_bigger.jpg`,
      mini: `${stem}_mini.jpg`,
      original: `${stem}.jpg`,
    });
  });
});

// --- banner -------------------------------------------------------------------------------------------------------

describe('banner', () => {
  it('upload answers 201 with an empty body and sets profile_banner_url', async () => {
    const { mock, tw } = await fresh();
    expect(await tw.showUser({ screen_name: mock.state.screen_name })).not.toHaveProperty('profile_banner_url');
    await expect(tw.updateProfileBanner(png(1500, 500))).resolves.toBeUndefined();
    const upload = mock.requests.find((r) => r.operationId === 'updateProfileBanner');
    expect(upload?.response.status).toBe(201);
    expect(upload?.response.body).toBeUndefined();
    expect(upload?.response.headers['content-length']).toBe('0');
    const user = await tw.showUser({ screen_name: mock.state.screen_name });
    expect(user.profile_banner_url).toMatch(new RegExp(`^https://pbs\\.twimg\\.com/profile_banners/${mock.state.id_str}/[0-9]+$`));
    expect((await tw.verifyCredentials()).profile_banner_url).toBe(user.profile_banner_url);
  });

  it('base64 upload with a crop of all four sets profile_banner_url too', async () => {
    const { mock, tw } = await fresh();
    await tw.updateProfileBanner(png(1500, 500), { encoding: 'base64', width: 1000, height: 400, offset_left: 10, offset_top: 20 });
    expect(lastRequest(mock).response.status).toBe(201);
    expect(lastRequest(mock).fields).toMatchObject({ width: '1000', height: '400', offset_left: '10', offset_top: '20' });
    expect(mock.state.profile_banner_url).toMatch(/^https:\/\/pbs\.twimg\.com\/profile_banners\//);
  });

  it("users/profile_banner gives the nine sizes with the spec's w/h and URLs <profile_banner_url>/<variant>", async () => {
    const { mock, tw } = await fresh();
    await tw.updateProfileBanner(png(1500, 500));
    const base = (await tw.verifyCredentials()).profile_banner_url ?? '';
    const specSizes = at(doc.components.schemas['ProfileBannerSizes'], 'properties', 'sizes', 'properties');
    const expected = Object.fromEntries(
      Object.entries(specSizes as Record<string, unknown>).map(([variant, schema]) => {
        const parts = (at(schema, 'allOf') as unknown[]).map((part) => at(part, 'properties'));
        const fixed = parts.find((p) => at(p, 'w', 'const') !== undefined);
        return [variant, { w: at(fixed, 'w', 'const'), h: at(fixed, 'h', 'const'), url: `${base}/${variant}` }];
      }),
    );
    expect(Object.keys(expected)).toHaveLength(9);
    for (const selector of [{ screen_name: mock.state.screen_name }, { user_id: mock.state.id_str }]) {
      const answer = await tw.profileBannerSizes(selector);
      expect(answer).toEqual({ sizes: expected });
    }
  });

  it('remove_profile_banner: profile_banner_url is gone and users/profile_banner answers 404 / 34', async () => {
    const { mock, tw } = await fresh();
    await tw.updateProfileBanner(png(1500, 500));
    await expect(tw.removeProfileBanner()).resolves.toBeUndefined();
    expect(lastRequest(mock).response).toMatchObject({ status: 200, body: undefined });
    expect(await tw.verifyCredentials()).not.toHaveProperty('profile_banner_url');
    expect(await apiError(tw.profileBannerSizes({ screen_name: mock.state.screen_name }))).toEqual({ status: 404, codes: [34] });
  });

  it('users/profile_banner without a banner ever uploaded answers 404 / 34', async () => {
    const { mock, tw } = await fresh();
    expect(await apiError(tw.profileBannerSizes({ user_id: mock.state.id_str }))).toEqual({ status: 404, codes: [34] });
  });
});

// --- user selection -----------------------------------------------------------------------------------------------

describe('user selection', () => {
  it('users/profile_banner for another screen_name or user_id → 404 / 50; with neither → 403 / 38', async () => {
    await tw.updateProfileBanner(png(1500, 500));
    expect(await apiError(tw.profileBannerSizes({ screen_name: 'someone_else' }))).toEqual({ status: 404, codes: [50] });
    expect(await apiError(tw.profileBannerSizes({ user_id: '12345' }))).toEqual({ status: 404, codes: [50] });
    const neither = await tw.api.GET('/users/profile_banner.json');
    expect(neither.response.status).toBe(403);
    expect(neither.error).toEqual(errorBody(38));
  });

  it('users/show for another screen_name or user_id → 404 / 50; with neither → 403 / 38', async () => {
    expect(await apiError(tw.showUser({ screen_name: 'someone_else' }))).toEqual({ status: 404, codes: [50] });
    expect(await apiError(tw.showUser({ user_id: '12345' }))).toEqual({ status: 404, codes: [50] });
    const neither = await tw.api.GET('/users/show.json');
    expect(neither.response.status).toBe(403);
    expect(neither.error).toEqual(errorBody(38));
  });

  it('screen_name is matched case-insensitively', async () => {
    const user = await tw.showUser({ screen_name: mock.state.screen_name.toUpperCase() });
    expect(user.id_str).toBe(mock.state.id_str);
  });
});

// --- settings -----------------------------------------------------------------------------------------------------

describe('account settings', () => {
  it('POST changes lang, time_zone, sleep time and trend location; GET shows them; unnamed fields stay', async () => {
    const { mock, tw } = await fresh();
    const changed = {
      language: 'it',
      time_zone: { tzinfo_name: 'Europe/Copenhagen' },
      sleep_time: { enabled: true, start_time: 22, end_time: 7 },
      trend_location: [{ woeid: 23424977 }],
    };
    const answer = await tw.updateAccountSettings({
      lang: 'it',
      time_zone: 'Europe/Copenhagen',
      sleep_time_enabled: true,
      start_sleep_time: 22,
      end_sleep_time: 7,
      trend_location_woeid: '23424977',
    });
    expect(answer).toMatchObject(changed);
    expect(await tw.accountSettings()).toMatchObject(changed);
    // Only the fields given change.
    expect(await tw.updateAccountSettings({ lang: 'es' })).toMatchObject({ ...changed, language: 'es' });
    expect(await tw.accountSettings()).toMatchObject({ ...changed, language: 'es' });
    expect(mock.state.settings).toMatchObject({ language: 'es', sleep_time: changed.sleep_time, trend_location_woeid: 23424977 });
  });
});

// --- routes -------------------------------------------------------------------------------------------------------

describe('routes', () => {
  it('the two retired endpoints answer correctly signed requests with 404 / 34', async () => {
    const colors = await tw.api.POST('/account/update_profile_colors.json', { body: { profile_link_color: 'F00' } });
    expect(colors.response.status).toBe(404);
    expect(colors.error).toEqual(errorBody(34, 'Sorry, that page does not exist'));
    expect(lastRequest(mock)).toMatchObject({ operationId: 'updateProfileColors', verified: true });

    const background = await tw.api.POST('/account/update_profile_background_image.json', { body: { image: base64(png(64, 64)) } });
    expect(background.response.status).toBe(404);
    expect(background.error).toEqual(errorBody(34, 'Sorry, that page does not exist'));
    expect(lastRequest(mock)).toMatchObject({ operationId: 'updateProfileBackgroundImage', verified: true });
  });

  it('an unknown path answers 404 / 34', async () => {
    for (const path of ['account/update_profile_theme.json', 'users/lookup.json', 'account/verify_credentials']) {
      const answer = await raw(mock, 'GET', path);
      expect(answer.status).toBe(404);
      expect(answer.body).toEqual(errorBody(34, 'Sorry, that page does not exist'));
      expect(lastRequest(mock).operationId).toBeUndefined();
    }
  });
});

// --- refusals the spec describes, sent past the client's own checks ----------------------------------------------

describe('refusals from the spec', () => {
  it('a name of 51 code points → 403 / 120 with the maximum in the message; 50 are taken', async () => {
    const tooLong = await tw.api.POST('/account/update_profile.json', { body: { name: '🐦'.repeat(51) } });
    expect(tooLong.response.status).toBe(403);
    expect(tooLong.error).toEqual(errorBody(120, expect.stringMatching(/^Account update failed: Name is too long \(maximum is 50 characters\)\.$/)));
    expect(mock.state.name).not.toBe('🐦'.repeat(51));
    const longest = await tw.api.POST('/account/update_profile.json', { body: { name: '🐦'.repeat(50) } });
    expect(longest.response.status).toBe(200);
    expect(longest.data?.name).toBe('🐦'.repeat(50));
  });

  it('a description of 161 code points → 403 / 120, and nothing changes', async () => {
    const before = mock.state.description;
    const answer = await tw.api.POST('/account/update_profile.json', { body: { description: 'é'.repeat(161), location: 'Bergen' } });
    expect(answer.response.status).toBe(403);
    expect(answer.error).toEqual(errorBody(120, expect.stringContaining('maximum is 160')));
    expect(mock.state.description).toBe(before);
    expect(mock.state.location).not.toBe('Bergen');
  });

  it("a file that is no image as `image` → 400 legacy {request, error: 'media type unrecognized.'}", async () => {
    const text = { bytes: 'just some text, not an image', type: 'text/plain', filename: 'image.txt' };
    const answer = await raw(mock, 'POST', 'account/update_profile_image.json', { multipart: multipart({ image: text }) });
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual(legacyBody('account/update_profile_image.json', 'media type unrecognized.'));
    // The same as base64 in a form body, and a data: URL.
    for (const image of [base64(new TextEncoder().encode('just some text')), `data:image/png;base64,${base64(png(8, 8))}`]) {
      const form = await raw(mock, 'POST', 'account/update_profile_image.json', { form: { image } });
      expect(form.status).toBe(400);
      expect(form.body).toEqual(legacyBody('account/update_profile_image.json', 'media type unrecognized.'));
    }
  });

  it.each(['multipart', 'base64'] as const)('(%s) an avatar over 716,799 bytes → 400 legacy; 716,799 are taken', async (encoding) => {
    const send = (bytes: Bytes) =>
      raw(
        mock,
        'POST',
        'account/update_profile_image.json',
        encoding === 'multipart'
          ? { multipart: multipart({ image: { bytes, type: 'image/png', filename: 'image.png' } }) }
          : { form: { image: base64(bytes) } },
      );
    const tooBig = await send(padded(png(64, 64), 716_800));
    expect(tooBig.status).toBe(400);
    expect(tooBig.body).toEqual(legacyBody('account/update_profile_image.json'));
    const largest = await send(padded(png(64, 64), 716_799));
    expect(largest.status).toBe(200);
  });

  it('a 150×80 PNG banner → 422 legacy "Image validation failed…"', async () => {
    const bytes = png(150, 80);
    const answer = await raw(mock, 'POST', 'account/update_profile_banner.json', {
      multipart: multipart({ banner: { bytes, type: 'image/png', filename: 'banner.png' } }),
    });
    expect(answer.status).toBe(422);
    expect(answer.body).toEqual(legacyBody('account/update_profile_banner.json', expect.stringMatching(/^Image validation failed/)));
    const form = await raw(mock, 'POST', 'account/update_profile_banner.json', { form: { banner: base64(bytes) } });
    expect(form.status).toBe(422);
    expect(form.body).toEqual(legacyBody('account/update_profile_banner.json', expect.stringMatching(/^Image validation failed/)));
  });

  it('a banner over 5,242,879 bytes → 422 legacy; 5,242,879 are taken', async () => {
    const send = (bytes: Bytes) =>
      raw(mock, 'POST', 'account/update_profile_banner.json', {
        multipart: multipart({ banner: { bytes, type: 'image/png', filename: 'banner.png' } }),
      });
    const tooBig = await send(padded(png(1500, 500), 5_242_880));
    expect(tooBig.status).toBe(422);
    expect(tooBig.body).toEqual(legacyBody('account/update_profile_banner.json'));
    const largest = await send(padded(png(1500, 500), 5_242_879));
    expect(largest.status).toBe(201);
    expect(largest.body).toBeUndefined();
  });

  it('a crop with only width → 400 / 44', async () => {
    const answer = await raw(mock, 'POST', 'account/update_profile_banner.json', {
      multipart: multipart({ banner: { bytes: png(1500, 500), type: 'image/png', filename: 'banner.png' }, width: '1000' }),
    });
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual(errorBody(44));
  });

  it('a crop with width = -1 (all four given) → 400 / 44', async () => {
    const crop = { width: '-1', height: '400', offset_left: '0', offset_top: '0' };
    const answer = await raw(mock, 'POST', 'account/update_profile_banner.json', {
      multipart: multipart({ banner: { bytes: png(1500, 500), type: 'image/png', filename: 'banner.png' }, ...crop }),
    });
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual(errorBody(44, expect.stringContaining('width')));
  });

  it('update_profile_image with no image part → 403 / 38', async () => {
    const answer = await raw(mock, 'POST', 'account/update_profile_image.json', { multipart: multipart({ skip_status: 'true' }) });
    expect(answer.status).toBe(403);
    expect(answer.body).toEqual(errorBody(38, expect.stringContaining('image')));
  });

  it('a JSON body to update_profile → 400 / 44, and nothing changes', async () => {
    const answer = await raw(mock, 'POST', 'account/update_profile.json', { json: { name: 'From JSON' } });
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual(errorBody(44));
    expect(mock.state.name).not.toBe('From JSON');
  });

  it('a user_id that is not numeric → 400 / 44', async () => {
    for (const path of ['/users/show.json', '/users/profile_banner.json'] as const) {
      const answer = await tw.api.GET(path, { params: { query: { user_id: 'abc' } } });
      expect(answer.response.status).toBe(400);
      expect(answer.error).toEqual(errorBody(44, expect.stringContaining('user_id')));
    }
  });

  it('include_entities=maybe → 400 / 44', async () => {
    for (const path of ['account/verify_credentials.json', 'users/show.json']) {
      const answer = await raw(mock, 'GET', path, { query: { screen_name: mock.state.screen_name, include_entities: 'maybe' } });
      expect(answer.status).toBe(400);
      expect(answer.body).toEqual(errorBody(44, expect.stringContaining('include_entities')));
    }
  });

  it('takes POST parameters from the query string too, as the newer reference pages print them', async () => {
    const answer = await raw(mock, 'POST', 'account/update_profile.json', { query: { location: 'From the query' } });
    expect(answer.status).toBe(200);
    expect(mock.state.location).toBe('From the query');
  });

  it('a multipart body that cannot be parsed → 400 legacy', async () => {
    const answer = await raw(mock, 'POST', 'account/update_profile_image.json', {
      bodyText: { contentType: 'multipart/form-data; boundary=xyz', text: 'garbage' },
    });
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ request: '/1.1/account/update_profile_image.json' });
  });

  it('a Content-Type written in capitals is still form-urlencoded', async () => {
    const answer = await raw(mock, 'POST', 'account/update_profile.json', {
      bodyText: { contentType: 'Application/X-WWW-Form-Urlencoded', text: 'name=Upper%20Case', signed: true },
    });
    expect(answer.status).toBe(200);
    expect(mock.state.name).toBe('Upper Case');
  });

  it('the log records the answer to a body that cannot be parsed', async () => {
    const answer = await raw(mock, 'POST', 'account/update_profile_image.json', {
      bodyText: { contentType: 'multipart/form-data; boundary=xyz', text: 'garbage' },
    });
    expect(lastRequest(mock).response.status).toBe(answer.status);
  });
});

// --- state and log ------------------------------------------------------------------------------------------------

describe('state and log', () => {
  it('mock.state reflects the changes made through the API', async () => {
    const { mock, tw } = await fresh({ profileImageDelayMs: 0 });
    await tw.updateProfile({ name: 'State Check', url: 'example.net' });
    await tw.updateAccountSettings({ lang: 'fr', trend_location_woeid: '615702' });
    await tw.updateProfileBanner(png(1500, 500));
    await tw.updateProfileImage(gif(64, 64));
    expect(mock.state).toMatchObject({
      name: 'State Check',
      url: 'http://example.net',
      settings: { language: 'fr', trend_location_woeid: 615702 },
      profile_banner_url: expect.stringMatching(/^https:\/\/pbs\.twimg\.com\/profile_banners\//),
      profile_image_url_https: expect.stringMatching(avatarPattern('gif')),
    });
    await tw.removeProfileBanner();
    expect(mock.state.profile_banner_url).toBeUndefined();
  });

  it('a profile given to startMockServer is what the API answers', async () => {
    const { tw } = await fresh({ profile: { screen_name: 'Someone_2', name: 'Someone', location: 'Tromsø' } });
    const user: User = await tw.showUser({ screen_name: 'someone_2' });
    expect(user).toMatchObject({ screen_name: 'Someone_2', name: 'Someone', location: 'Tromsø' });
  });

  it('reset() keeps the state but clears the log', async () => {
    const { mock, tw } = await fresh();
    await tw.updateProfile({ name: 'Kept Across Reset' });
    await tw.verifyCredentials();
    expect(mock.requests.map((r) => r.operationId)).toEqual(['updateProfile', 'verifyCredentials']);
    mock.reset();
    expect(mock.requests).toEqual([]);
    expect(mock.state.name).toBe('Kept Across Reset');
    expect((await tw.verifyCredentials()).name).toBe('Kept Across Reset');
    expect(mock.requests.map((r) => r.operationId)).toEqual(['verifyCredentials']);
  });

  it('each log entry holds the status, headers and parsed body of the answer', async () => {
    const user = await tw.verifyCredentials();
    const entry = lastRequest(mock);
    expect(entry).toMatchObject({ method: 'GET', path: '/1.1/account/verify_credentials.json', operationId: 'verifyCredentials', verified: true });
    expect(entry.response.status).toBe(200);
    expect(entry.response.headers['content-type']).toMatch(/^application\/json/);
    expect(entry.response.body).toEqual(user);
  });
});
