// Bad input is refused with a TwitterValidationError before any byte goes on the wire: each case below runs with
// a fetch that counts calls, and none may happen.
import { describe, expect, it } from 'vitest';
import { createClient, TwitterValidationError, type TwitterClient } from '../src/index.node.js';
import { png as makePng } from './helpers/images.js';
import { CREDENTIALS } from './helpers/twitterServer.js';

function countingClient(): { tw: TwitterClient; calls: () => number } {
  let calls = 0;
  const tw = createClient({
    credentials: CREDENTIALS,
    baseUrl: 'http://127.0.0.1:9/1.1/',
    fetch: async () => {
      calls += 1;
      return new Response('{}');
    },
  });
  return { tw, calls: () => calls };
}

const png = makePng(400, 400);
const smallBanner = makePng(150, 80);
const gif = new Uint8Array([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0x10, 0x00, 0x10, 0x00, 0, 0, 0]);
const webp = new TextEncoder().encode('RIFF\x00\x00\x00\x00WEBPVP8 ');
const tooBig = new Uint8Array(716_800);
tooBig.set(png.subarray(0, 33));

const CASES: [string, string, (tw: TwitterClient) => Promise<unknown>][] = [
  ['an image of an unknown format', 'image', (tw) => tw.updateProfileImage(webp)],
  ['an avatar of 700 KB or more', 'image', (tw) => tw.updateProfileImage(tooBig)],
  ['empty image data', 'image', (tw) => tw.updateProfileImage(new Uint8Array())],
  ['malformed base64', 'image', (tw) => tw.updateProfileImage('iVBORw0KGgo*AAA')],
  ['a data: URL of another type', 'image', (tw) => tw.updateProfileImage('data:image/webp;base64,UklGRg==')],
  ['a link instead of an image', 'image', (tw) => tw.updateProfileImage('https://example.com/me.png')],
  ['an unknown upload encoding', 'encoding', (tw) => tw.updateProfileImage(png, { encoding: 'raw' as 'base64' })],
  ['a banner below 200×100', 'banner', (tw) => tw.updateProfileBanner(smallBanner)],
  ['a banner over 5 MB', 'banner', (tw) => tw.updateProfileBanner(Object.assign(new Uint8Array(5_242_880), { 0: 0x47, 1: 0x49, 2: 0x46, 3: 0x38, 4: 0x39, 5: 0x61 }))],
  ['only some of the crop parameters', 'offset_left', (tw) => tw.updateProfileBanner(png, { width: 400, height: 200 })],
  ['a negative crop offset', 'offset_top', (tw) => tw.updateProfileBanner(png, { width: 400, height: 200, offset_left: 0, offset_top: -1 })],
  ['a fractional crop size', 'width', (tw) => tw.updateProfileBanner(png, { width: 400.5, height: 200, offset_left: 0, offset_top: 0 })],
  ['a name of 51 characters (emoji count as one)', 'name', (tw) => tw.updateProfile({ name: '🐦'.repeat(51) })],
  ['an empty name', 'name', (tw) => tw.updateProfile({ name: '' })],
  ['a URL over 100 characters', 'url', (tw) => tw.updateProfile({ url: `https://example.com/${'x'.repeat(81)}` })],
  ['a location over 30 characters', 'location', (tw) => tw.updateProfile({ location: 'x'.repeat(31) })],
  ['a description over 160 characters', 'description', (tw) => tw.updateProfile({ description: 'x'.repeat(161) })],
  ['a profile update that changes nothing', 'name', (tw) => tw.updateProfile({ skip_status: true })],
  ['a bad hex colour', 'profile_link_color', (tw) => tw.updateProfile({ profile_link_color: '#FF0000' })],
  ['an unknown parameter (a typo)', 'descripton', (tw) => tw.updateProfile({ descripton: 'x' } as never)],
  ['a flag that is not a boolean', 'skip_status', (tw) => tw.verifyCredentials({ skip_status: 'yes' as never })],
  ['a user_id given as a number', 'user_id', (tw) => tw.showUser({ user_id: 2244994945 as never })],
  ['a user_id that is not numeric', 'user_id', (tw) => tw.profileBannerSizes({ user_id: '12ab' })],
  ['both user_id and screen_name', 'user_id', (tw) => tw.showUser({ user_id: '1', screen_name: 'x' })],
  ['neither user_id nor screen_name', 'user_id', (tw) => tw.profileBannerSizes({})],
  ['a screen_name with @', 'screen_name', (tw) => tw.showUser({ screen_name: '@TwitterDev' })],
  ['a sleep hour of 24', 'start_sleep_time', (tw) => tw.updateAccountSettings({ start_sleep_time: 24 })],
  ['a language that is not ISO 639-1', 'lang', (tw) => tw.updateAccountSettings({ lang: 'English' })],
  ['a settings update that changes nothing', 'lang', (tw) => tw.updateAccountSettings({})],
  ['a time zone outside the Rails names', 'time_zone', (tw) => tw.updateAccountSettings({ time_zone: 'Europe/Zürich' })],
  ['a WOEID of 0', 'trend_location_woeid', (tw) => tw.updateAccountSettings({ trend_location_woeid: '0' })],
];

describe('pre-flight validation', () => {
  it.each(CASES)('refuses %s before sending anything', async (_what, field, call) => {
    const { tw, calls } = countingClient();
    const error = await call(tw).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TwitterValidationError);
    expect((error as TwitterValidationError).field).toBe(field);
    expect((error as Error).message).not.toContain(CREDENTIALS.consumerSecret);
    expect((error as Error).message).not.toContain(CREDENTIALS.tokenSecret);
    expect(calls()).toBe(0);
  });

  it.each([
    ['timeoutMs', { timeoutMs: Infinity }],
    ['timeoutMs', { timeoutMs: 0 }],
    ['retry.maxWaitMs', { retry: { maxWaitMs: 1e12 } }],
    ['retry.retries', { retry: { retries: -1 } }],
  ])('refuses an option %s it cannot honour when the client is created', (field, option) => {
    let error: unknown;
    try {
      createClient({ credentials: CREDENTIALS, ...option });
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(TwitterValidationError);
    expect((error as TwitterValidationError).field).toBe(field);
  });

  it('lets valid input through (the same client sends once)', async () => {
    const { tw, calls } = countingClient();
    await tw.updateProfile({ name: '🐦'.repeat(50) });
    await tw.updateProfileImage(gif);
    expect(calls()).toBe(2);
  });

  it('strips a data:image/png;base64 prefix instead of sending it', async () => {
    let sent: Request | undefined;
    const tw = createClient({
      credentials: CREDENTIALS,
      fetch: async (input) => {
        sent = input as Request;
        return new Response('{}');
      },
    });
    await tw.updateProfileImage(`data:image/png;base64,${Buffer.from(png).toString('base64')}`, { encoding: 'base64' });
    const body = new URLSearchParams(await sent?.text());
    expect(body.get('image')).toBe(Buffer.from(png).toString('base64'));
  });

  it('refuses credentials with an empty secret without naming the secrets', async () => {
    let calls = 0;
    const tw = createClient({
      credentials: { ...CREDENTIALS, tokenSecret: '' },
      fetch: async () => {
        calls += 1;
        return new Response('{}');
      },
    });
    const error = await tw.verifyCredentials().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TwitterValidationError);
    expect((error as TwitterValidationError).field).toBe('tokenSecret');
    expect(String(error)).not.toContain(CREDENTIALS.consumerSecret);
    expect(calls).toBe(0);
  });
});
