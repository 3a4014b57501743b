// The client against a loopback server that checks every signature with oauth-sign and parses multipart for real.
import { describe, expect, it } from 'vitest';
import { createClient, getRateLimit } from '../src/index.node.js';
import * as browserEntry from '../src/index.js';
import { png as makePng } from './helpers/images.js';
import { CREDENTIALS, useTwitterServer } from './helpers/twitterServer.js';

const env = useTwitterServer();

describe('the client, end to end', () => {
  it('verifies credentials with a signature oauth-sign accepts, and asks for the email when told to', async () => {
    const user = await env.tw.verifyCredentials({ include_email: true, skip_status: true });
    expect(user.screen_name).toBe('TestUser');
    expect(user.email).toBe('test@example.com');
    expect(env.server.last().verified).toBe(true);
    expect(Object.fromEntries(env.server.last().url.searchParams)).toEqual({ include_email: 'true', skip_status: 'true' });
  });

  it('updates the profile with characters naive signers get wrong, sent as a signed form body', async () => {
    const fields = { name: "Sean (it's me!) 🐦*", description: 'Ladies + Gentlemen ~ 100% "quoted" & more', location: 'Zürich' };
    const user = await env.tw.updateProfile(fields);
    expect(env.server.last().verified).toBe(true);
    expect(env.server.last().headers['content-type']).toMatch(/^application\/x-www-form-urlencoded/);
    expect(env.server.last().fields).toEqual(fields);
    expect(user.name).toBe(fields.name);
  });

  it('uploads an avatar as a multipart part with the bytes as they are, fields left out of the signature', async () => {
    const png = makePng(64, 64);
    await env.tw.updateProfileImage(png, { skip_status: true });
    const request = env.server.last();
    expect(request.verified).toBe(true);
    expect(request.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    expect(request.files['image']?.type).toBe('image/png');
    expect(request.files['image']?.name).toBe('image.png');
    expect(request.files['image']?.bytes.equals(Buffer.from(png))).toBe(true);
    expect(request.fields).toEqual({ skip_status: 'true' });
    expect(Object.keys(request.oauth).sort()).toEqual([
      'oauth_consumer_key', 'oauth_nonce', 'oauth_signature', 'oauth_signature_method', 'oauth_timestamp', 'oauth_token', 'oauth_version',
    ]);
  });

  it('uploads an avatar as base64 in a signed form body when asked to', async () => {
    const png = makePng(64, 64);
    await env.tw.updateProfileImage(new Blob([png]), { encoding: 'base64' });
    expect(env.server.last().verified).toBe(true);
    expect(env.server.last().headers['content-type']).toMatch(/^application\/x-www-form-urlencoded/);
    expect(env.server.last().fields['image']).toBe(Buffer.from(png).toString('base64'));
  });

  it('uploads a cropped banner and resolves to nothing on its empty 201', async () => {
    const png = makePng(1500, 500);
    const result = await env.tw.updateProfileBanner(png, { width: 1000, height: 500, offset_left: 0, offset_top: 0 });
    expect(result).toBeUndefined();
    expect(env.server.last().verified).toBe(true);
    expect(env.server.last().fields).toEqual({ width: '1000', height: '500', offset_left: '0', offset_top: '0' });
    expect(env.server.last().files['banner']?.bytes.length).toBe(png.length);
  });

  it('removes the banner', async () => {
    await expect(env.tw.removeProfileBanner()).resolves.toBeUndefined();
    expect(env.server.last().method).toBe('POST');
    expect(env.server.last().verified).toBe(true);
  });

  it('reads banner sizes, users and settings with signed GETs', async () => {
    expect((await env.tw.profileBannerSizes({ screen_name: 'TestUser' })).sizes.web?.w).toBe(520);
    expect((await env.tw.showUser({ user_id: '2244994945' })).id_str).toBe('2244994945');
    expect(env.server.last().url.searchParams.get('user_id')).toBe('2244994945');
    expect((await env.tw.accountSettings()).language).toBe('en');
    expect((await env.tw.updateAccountSettings({ lang: 'it', start_sleep_time: 7 })).language).toBe('it');
    expect(env.server.last().fields).toEqual({ lang: 'it', start_sleep_time: '07' });
    expect(env.server.received.every((r) => r.verified)).toBe(true);
  });

  it('gives every result the rate limit of its response, and keeps the latest per operation', async () => {
    const user = await env.tw.showUser({ screen_name: 'TestUser' });
    expect(getRateLimit(user)).toEqual({ limit: 75, remaining: 74, reset: 1900000000 });
    await env.tw.removeProfileBanner();
    expect(env.tw.rateLimits.get('removeProfileBanner')).toEqual({ limit: 75, remaining: 74, reset: 1900000000 });
  });

  it('signs every request of the typed openapi-fetch client too, the retired endpoints included', async () => {
    const { data } = await env.tw.api.GET('/users/show.json', { params: { query: { screen_name: 'TestUser' } } });
    expect(data?.screen_name).toBe('TestUser');
    expect(env.server.last().verified).toBe(true);

    const { error, response } = await env.tw.api.POST('/account/update_profile_colors.json', { body: { profile_link_color: 'F00' } });
    expect(response.status).toBe(404);
    expect(error).toEqual({ errors: [{ code: 34, message: 'Sorry, that page does not exist' }] });
    expect(env.server.last().verified).toBe(true);
    expect(env.server.last().fields).toEqual({ profile_link_color: 'F00' });
  });

  it('sends multipart from the typed client when a field holds a Blob', async () => {
    const png = new Blob([makePng(8, 8)], { type: 'image/png' });
    const { response } = await env.tw.api.POST('/account/update_profile_image.json', { body: { image: png, skip_status: 't' } });
    expect(response.status).toBe(200);
    expect(env.server.last().verified).toBe(true);
    expect(env.server.last().files['image']?.type).toBe('image/png');
  });

  it('signs a form body also when a call brings its own Request class', async () => {
    const { response } = await env.tw.api.POST('/account/update_profile.json', {
      body: { description: 'Own Request (!) *' },
      Request: globalThis.Request,
    });
    expect(response.status).toBe(200);
    expect(env.server.last().verified).toBe(true);
    expect(env.server.last().fields).toEqual({ description: 'Own Request (!) *' });
  });

  it('lets a middleware of its own replace the signed request, as openapi-fetch middlewares may', async () => {
    env.tw.api.use({
      onRequest({ request }) {
        const traced = new Request(request);
        traced.headers.set('x-trace-id', '42');
        return traced;
      },
    });
    await env.tw.updateProfile({ location: 'Zürich (traced)' });
    expect(env.server.last().verified).toBe(true);
    expect(env.server.last().headers['x-trace-id']).toBe('42');
    expect(env.server.last().fields).toEqual({ location: 'Zürich (traced)' });
  });

  it('lets a middleware of its own return a clone of the signed request', async () => {
    env.tw.api.use({ onRequest: ({ request }) => request.clone() });
    await env.tw.updateProfileImage(makePng(8, 8));
    await env.tw.updateProfile({ description: 'cloned!' });
    expect(env.server.last().verified).toBe(true);
    expect(env.server.last().fields).toEqual({ description: 'cloned!' });
  });

  it('sends a body the typed client is given as a string as it is', async () => {
    const { response } = await env.tw.api.POST('/account/update_profile.json', {
      body: 'name=Sean%20%28it%27s%20me%21%29' as never,
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    });
    expect(response.status).toBe(200);
    expect(env.server.last().verified).toBe(true);
    expect(env.server.last().fields).toEqual({ name: "Sean (it's me!)" });
  });

  it('hands the signed request to the fetch it is given, with the form body it signed', async () => {
    const seen: string[] = [];
    const logging = createClient({
      credentials: CREDENTIALS,
      baseUrl: env.server.url,
      fetch: async (input, init) => {
        const request = new Request(input, init);
        seen.push(`${request.headers.get('authorization')?.slice(0, 6)} ${await request.clone().text()}`);
        return fetch(request);
      },
    });
    await logging.updateProfile({ location: 'Zürich' });
    expect(seen).toEqual(['OAuth  location=Z%C3%BCrich']);
    expect(env.server.last().verified).toBe(true);
  });

  it('works the same from the Web Crypto entry', async () => {
    const web = browserEntry.createClient({ credentials: CREDENTIALS, baseUrl: env.server.url });
    await web.updateProfile({ description: "Web Crypto's turn (!)" });
    expect(env.server.last().verified).toBe(true);
  });

  it('is refused by the server when a secret is wrong, which shows the server really checks', async () => {
    const wrong = createClient({ credentials: { ...CREDENTIALS, tokenSecret: 'not-the-secret' }, baseUrl: env.server.url });
    await expect(wrong.verifyCredentials()).rejects.toMatchObject({ status: 401, codes: [32] });
    expect(env.server.last().verified).toBe(false);
  });
});
