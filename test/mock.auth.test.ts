// The emulator's OAuth 1.0a verifier, tested with two signers nobody here wrote: oauth-sign (the `request` package's
// signer) and oauth-1.0a. Requests go out with raw fetch; the signers get the method, the base URI and the decoded
// parameters from this file, never from our own URL parsing or signer. Then our own client, and its 135 retry.
import { createHmac, randomBytes } from 'node:crypto';
import OAuth from 'oauth-1.0a';
import oauthSign from 'oauth-sign';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createClient } from '../src/index.node.js';
import { startMockServer, type MockServer, type UserCredentials } from '../src/mock/index.js';
import { png } from './helpers/images.js';

type Params = Record<string, string>;

/** A request by its parts: the signers are fed from these, and the wire request is built from them here. */
interface Parts {
  method: string;
  /** Relative to /1.1/, e.g. `users/show.json`. */
  path: string;
  query?: Params;
  /** An application/x-www-form-urlencoded body (signed). */
  form?: Params;
  /** A multipart/form-data body (not signed): built afresh for each send. */
  multipart?: () => FormData;
}

const enc = oauthSign.rfc3986;

let mock: MockServer;

beforeAll(async () => {
  mock = await startMockServer();
});
afterAll(() => mock.close());
beforeEach(() => mock.reset());

const baseUri = (path: string) => `${new URL(mock.url).origin}/1.1/${path}`;
const encodePairs = (params: Params) =>
  Object.entries(params)
    .map(([name, value]) => `${enc(name)}=${enc(value)}`)
    .join('&');

function urlOf(parts: Parts): string {
  const query = encodePairs(parts.query ?? {});
  return query === '' ? baseUri(parts.path) : `${baseUri(parts.path)}?${query}`;
}

function protocolParameters(credentials: UserCredentials, overrides: Params = {}): Params {
  return {
    oauth_consumer_key: credentials.consumerKey,
    oauth_nonce: randomBytes(16).toString('hex'),
    oauth_signature_method: 'HMAC-SHA1',
    oauth_timestamp: String(Math.floor(Date.now() / 1000)),
    oauth_token: credentials.token,
    oauth_version: '1.0',
    ...overrides,
  };
}

const headerOf = (params: Params) =>
  `OAuth ${Object.entries(params)
    .map(([name, value]) => `${enc(name)}="${enc(value)}"`)
    .join(', ')}`;

interface Signed {
  header: string;
  /** The protocol parameters, signature excluded. */
  oauth: Params;
  signature: string;
  /** oauth-sign's base string of the request. */
  baseString: string;
}

/** Signs with oauth-sign's hmacsign; the header is built here. */
function signWithOauthSign(parts: Parts, credentials: UserCredentials = mock.credentials, overrides: Params = {}): Signed {
  const oauth = protocolParameters(credentials, overrides);
  const params = { ...parts.query, ...parts.form, ...oauth };
  const signature = oauthSign.hmacsign(parts.method, baseUri(parts.path), params, credentials.consumerSecret, credentials.tokenSecret);
  return {
    header: headerOf({ ...oauth, oauth_signature: signature }),
    oauth,
    signature,
    baseString: oauthSign.generateBase(parts.method, baseUri(parts.path), params),
  };
}

/** Signs with oauth-1.0a: the parameters as `data`, the header from its toHeader. */
function signWithOauth1a(parts: Parts, credentials: UserCredentials = mock.credentials): string {
  const oauth = new OAuth({
    consumer: { key: credentials.consumerKey, secret: credentials.consumerSecret },
    signature_method: 'HMAC-SHA1',
    hash_function: (baseString, key) => createHmac('sha1', key).update(baseString).digest('base64'),
  });
  const data: Params = { ...parts.query, ...parts.form };
  return oauth.toHeader(oauth.authorize({ url: baseUri(parts.path), method: parts.method, data }, { key: credentials.token, secret: credentials.tokenSecret }))
    .Authorization;
}

const SIGNERS = {
  'oauth-sign': (parts: Parts) => signWithOauthSign(parts).header,
  'oauth-1.0a': (parts: Parts) => signWithOauth1a(parts),
} as const;

type FormEncoding = 'rfc3986' | 'URLSearchParams';

async function send(parts: Parts, authorization: string | undefined, formEncoding: FormEncoding = 'rfc3986'): Promise<Response> {
  const headers: Record<string, string> = {};
  if (authorization !== undefined) headers['authorization'] = authorization;
  let body: string | FormData | undefined;
  if (parts.form) {
    headers['content-type'] = 'application/x-www-form-urlencoded';
    // Either every byte but the unreserved ones encoded, or the WHATWG serializer (`+` for spaces, `*` raw).
    body = formEncoding === 'rfc3986' ? encodePairs(parts.form) : new URLSearchParams(parts.form).toString();
  } else if (parts.multipart) {
    body = parts.multipart();
  }
  return fetch(urlOf(parts), { method: parts.method, headers, ...(body === undefined ? {} : { body }) });
}

async function expectRefused(response: Response, status: number, code: number): Promise<void> {
  expect(response.status).toBe(status);
  const body = (await response.json()) as { errors?: { code?: number }[] };
  expect(body.errors?.map((e) => e.code)).toEqual([code]);
  expect(mock.requests.at(-1)?.verified).toBe(false);
}

const last = () => mock.requests.at(-1);

// Form values with every character class a signer can get wrong (all within the spec's lengths).
const PROFILE = {
  name: "Ann !*'() 😀",
  location: 'a + b & c = d',
  description: "100% sure: 1+1=2 & x=y, (yes!) *stars* 'quoted' ☃ e\u0301 👍🏽 tab\there",
};

const verifyCredentials: Parts = { method: 'GET', path: 'account/verify_credentials.json', query: { include_email: 'true' } };
const showUser: Parts = { method: 'GET', path: 'users/show.json', query: { screen_name: 'TwitterDev' } };
const updateProfile: Parts = { method: 'POST', path: 'account/update_profile.json', form: PROFILE };
const AVATAR = png(400, 400);
const updateProfileImage: Parts = {
  method: 'POST',
  path: 'account/update_profile_image.json',
  multipart: () => {
    const form = new FormData();
    form.append('image', new Blob([AVATAR], { type: 'image/png' }), 'avatar.png');
    // Not signed by either signer: multipart fields are no parameter source.
    form.append('include_entities', 'false');
    form.append('skip_status', 'true');
    return form;
  },
};

describe.each(Object.entries(SIGNERS))('requests signed by %s', (_signer, sign) => {
  it('GET account/verify_credentials with include_email=true is accepted', async () => {
    const response = await send(verifyCredentials, sign(verifyCredentials));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ screen_name: 'TwitterDev', email: 'devs@example.com' });
    expect(last()).toMatchObject({ verified: true, query: { include_email: 'true' }, operationId: 'verifyCredentials' });
  });

  it('GET users/show with screen_name is accepted', async () => {
    const response = await send(showUser, sign(showUser));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ id_str: '2244994945', screen_name: 'TwitterDev' });
    expect(last()?.verified).toBe(true);
  });

  it.each<FormEncoding>(['rfc3986', 'URLSearchParams'])(
    "a form POST with !*'(), emoji, spaces, +, &, = and %% in its values is accepted (body encoded by %s)",
    async (formEncoding) => {
      const response = await send(updateProfile, sign(updateProfile), formEncoding);
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject(PROFILE);
      expect(last()).toMatchObject({ verified: true, fields: PROFILE });
      expect(mock.state).toMatchObject(PROFILE);
    },
  );

  it('a multipart POST of a real PNG, its fields unsigned, is accepted', async () => {
    const response = await send(updateProfileImage, sign(updateProfileImage));
    expect(response.status).toBe(200);
    const user = (await response.json()) as Record<string, unknown>;
    // The unsigned fields arrived and were honoured: include_entities=false leaves `entities` out.
    expect(user).not.toHaveProperty('entities');
    expect(last()).toMatchObject({
      verified: true,
      fields: { include_entities: 'false', skip_status: 'true' },
      files: { image: { filename: 'avatar.png', type: 'image/png', size: AVATAR.length } },
    });
    expect(last()?.contentType).toMatch(/^multipart\/form-data; boundary=/);
  });
});

describe('one changed byte is refused with 401 / code 32', () => {
  it('a flipped character of the signature', async () => {
    const { oauth, signature } = signWithOauthSign(updateProfile);
    const flipped = `${signature.startsWith('A') ? 'B' : 'A'}${signature.slice(1)}`;
    await expectRefused(await send(updateProfile, headerOf({ ...oauth, oauth_signature: flipped })), 401, 32);
  });

  it.each<[string, Parts, Parts]>([
    [
      'a signed form value changed after signing',
      { method: 'POST', path: 'account/update_profile.json', form: { name: 'Alice' } },
      { method: 'POST', path: 'account/update_profile.json', form: { name: 'Alicf' } },
    ],
    ['the query changed after signing', showUser, { ...showUser, query: { screen_name: 'twitterDev' } }],
    [
      'the method changed (signed GET, sent POST)',
      { method: 'GET', path: 'account/settings.json' },
      { method: 'POST', path: 'account/settings.json' },
    ],
    [
      'the path changed',
      { method: 'GET', path: 'account/verify_credentials.json' },
      { method: 'GET', path: 'account/settings.json' },
    ],
  ])('%s', async (_what, signed, sent) => {
    const nameBefore = mock.state.name;
    await expectRefused(await send(sent, signWithOauthSign(signed).header), 401, 32);
    expect(mock.state.name).toBe(nameBefore);
  });
});

describe('credentials', () => {
  it('an unknown consumer key is refused with 401 / 32', async () => {
    const header = signWithOauthSign(verifyCredentials, { ...mock.credentials, consumerKey: 'unknown-consumer' }).header;
    await expectRefused(await send(verifyCredentials, header), 401, 32);
  });

  it('the right consumer with an unknown token is refused with 401 / 89', async () => {
    const header = signWithOauthSign(verifyCredentials, { ...mock.credentials, token: '2244994945-unknown' }).header;
    await expectRefused(await send(verifyCredentials, header), 401, 89);
  });

  it('a wrong token secret is refused with 401 / 32', async () => {
    const header = signWithOauthSign(verifyCredentials, { ...mock.credentials, tokenSecret: `${mock.credentials.tokenSecret}x` }).header;
    await expectRefused(await send(verifyCredentials, header), 401, 32);
  });
});

describe('timestamps and nonces', () => {
  // Date is frozen (timers stay real, so sockets work): the server's clock is then the signer's to the millisecond,
  // and a request cannot cross a second boundary between signing and checking.
  const FROZEN = Date.UTC(2024, 4, 1, 12, 0, 0, 500);
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(FROZEN);
  });
  afterEach(() => {
    vi.useRealTimers();
  });
  const serverSeconds = Math.floor(FROZEN / 1000);

  it.each([
    ['in the past', -301],
    ['in the future', 301],
  ])('a timestamp 301 s %s is refused with 401 / 135, with a Date header', async (_when, skew) => {
    const header = signWithOauthSign(verifyCredentials, mock.credentials, { oauth_timestamp: String(serverSeconds + skew) }).header;
    const response = await send(verifyCredentials, header);
    expect(response.headers.get('date')).toBe(new Date(FROZEN).toUTCString());
    await expectRefused(response, 401, 135);
  });

  it.each([-300, 300])('a timestamp %i s off is still accepted', async (skew) => {
    const header = signWithOauthSign(verifyCredentials, mock.credentials, { oauth_timestamp: String(serverSeconds + skew) }).header;
    expect((await send(verifyCredentials, header)).status).toBe(200);
  });

  it('the same nonce and timestamp twice: the second is refused with 401 / 32', async () => {
    const { header } = signWithOauthSign(verifyCredentials);
    expect((await send(verifyCredentials, header)).status).toBe(200);
    expect(last()?.verified).toBe(true);
    await expectRefused(await send(verifyCredentials, header), 401, 32);
  });
});

describe('the Authorization header', () => {
  it('missing: 400 / 215', async () => {
    await expectRefused(await send(verifyCredentials, undefined), 400, 215);
  });

  const good = () => signWithOauthSign(verifyCredentials);
  it.each<[string, () => string]>([
    ['not the OAuth scheme', () => good().header.replace(/^OAuth /, 'Bearer ')],
    ['a pair without quotes', () => good().header.replace(/oauth_version="1.0"/, 'oauth_version=1.0')],
    ['no oauth_signature', () => headerOf(good().oauth)],
    ['HMAC-SHA256 as the method', () => signWithOauthSign(verifyCredentials, mock.credentials, { oauth_signature_method: 'HMAC-SHA256' }).header],
    ['oauth_version 2.0', () => signWithOauthSign(verifyCredentials, mock.credentials, { oauth_version: '2.0' }).header],
    ['a duplicate parameter', () => `${good().header}, oauth_nonce="${randomBytes(8).toString('hex')}"`],
    ['a duplicate parameter with the same value', () => {
      const { header, oauth } = good();
      return `${header}, oauth_nonce="${oauth['oauth_nonce'] ?? ''}"`;
    }],
  ])('malformed (%s): 400 / 215', async (_what, header) => {
    await expectRefused(await send(verifyCredentials, header()), 400, 215);
  });

  it('realm="x" is accepted and not signed', async () => {
    const { header } = good();
    const response = await send(verifyCredentials, header.replace(/^OAuth /, 'OAuth realm="x", '));
    expect(response.status).toBe(200);
    expect(last()?.verified).toBe(true);
  });

  it('the scheme name is case-insensitive, and pairs may be separated by "," with any whitespace', async () => {
    const header = good().header.replace(/^OAuth /, 'oauth ').replace(/", /g, '",\t ');
    expect((await send(verifyCredentials, header)).status).toBe(200);
  });

  // A realm is an RFC 2617 quoted-string (RFC 5849 §3.5.1), which may hold a comma.
  it('a realm holding a comma is accepted', async () => {
    const response = await send(verifyCredentials, good().header.replace(/^OAuth /, 'OAuth realm="Twitter API, v1.1", '));
    expect(response.status).toBe(200);
  });
});

describe('the Content-Type of a signed form body', () => {
  it('with a charset parameter, it is still a signed form body', async () => {
    const parts: Parts = { method: 'POST', path: 'account/update_profile.json', form: { location: 'a + b' } };
    const response = await fetch(urlOf(parts), {
      method: 'POST',
      headers: { authorization: signWithOauthSign(parts).header, 'content-type': 'application/x-www-form-urlencoded; charset=UTF-8' },
      body: encodePairs({ location: 'a + b' }),
    });
    expect(response.status).toBe(200);
  });

  it('in another letter case, it is still a signed form body', async () => {
    const parts: Parts = { method: 'POST', path: 'account/update_profile.json', form: { location: 'a + b' } };
    const response = await fetch(urlOf(parts), {
      method: 'POST',
      headers: { authorization: signWithOauthSign(parts).header, 'content-type': 'Application/X-WWW-Form-Urlencoded' },
      body: encodePairs({ location: 'a + b' }),
    });
    expect(response.status).toBe(200);
  });
});

describe('the request log', () => {
  it("holds, for a bad signature, the base string oauth-sign computes for the correct request", async () => {
    const parts: Parts = { method: 'POST', path: 'account/update_profile.json', query: { include_entities: 'true' }, form: PROFILE };
    const { oauth, signature, baseString } = signWithOauthSign(parts);
    const wrong = `${signature.slice(0, -2)}${signature.endsWith('A=') ? 'B=' : 'A='}`;
    await expectRefused(await send(parts, headerOf({ ...oauth, oauth_signature: wrong })), 401, 32);
    expect(last()?.expectedBaseString).toBe(baseString);
  });

  it('holds the decoded protocol parameters', async () => {
    const nonce = 'n0nce/with+special=chars & ~ 😀';
    const { oauth, signature } = signWithOauthSign(showUser, mock.credentials, { oauth_nonce: nonce });
    expect((await send(showUser, headerOf({ ...oauth, oauth_signature: signature }))).status).toBe(200);
    expect(last()?.oauth).toEqual({ ...oauth, oauth_signature: signature });
    expect(last()?.oauth['oauth_nonce']).toBe(nonce);
  });

  it('shows no secret, whatever was sent', async () => {
    const { consumerSecret, tokenSecret } = mock.credentials;
    const client = createClient({ credentials: mock.credentials, baseUrl: mock.url });
    await send(updateProfile, signWithOauthSign(updateProfile).header);
    await send(updateProfileImage, signWithOauth1a(updateProfileImage));
    await send(showUser, `${signWithOauthSign(showUser).header}x`);
    await send(verifyCredentials, signWithOauthSign(verifyCredentials, { ...mock.credentials, token: 'nope' }).header);
    await client.verifyCredentials({ include_email: true });
    await client.updateProfileImage(AVATAR, { encoding: 'base64' });
    expect(mock.requests.length).toBe(6);
    const log = JSON.stringify(mock.requests);
    for (const secret of [consumerSecret, tokenSecret, `${enc(consumerSecret)}&${enc(tokenSecret)}`, enc(consumerSecret), enc(tokenSecret)]) {
      expect(log).not.toContain(secret);
    }
  });
});

describe('our own client', () => {
  it('is accepted on every operation it signs, GET, form and multipart', async () => {
    const client = createClient({ credentials: mock.credentials, baseUrl: mock.url });
    await client.verifyCredentials({ include_email: true });
    await client.showUser({ screen_name: 'TwitterDev' });
    await client.updateProfile(PROFILE);
    await client.updateProfileImage(AVATAR);
    await client.updateProfileImage(AVATAR, { encoding: 'base64' });
    await client.updateProfileBanner(png(1500, 500), { width: 1500, height: 500, offset_left: 0, offset_top: 0 });
    await client.profileBannerSizes({ screen_name: 'TwitterDev' });
    await client.accountSettings();
    await client.updateAccountSettings({ lang: 'en', time_zone: 'Europe/Copenhagen' });
    await client.removeProfileBanner();
    expect(mock.requests.map((r) => [r.operationId, r.verified, r.response.status])).toEqual([
      ['verifyCredentials', true, 200],
      ['showUser', true, 200],
      ['updateProfile', true, 200],
      ['updateProfileImage', true, 200],
      ['updateProfileImage', true, 200],
      ['updateProfileBanner', true, 201],
      ['profileBannerSizes', true, 200],
      ['accountSettings', true, 200],
      ['updateAccountSettings', true, 200],
      ['removeProfileBanner', true, 200],
    ]);
    expect(mock.state).toMatchObject(PROFILE);
  });

  describe('against a server whose clock is an hour ahead', () => {
    let skewed: MockServer;
    beforeAll(async () => {
      skewed = await startMockServer({ clockOffsetSeconds: 3600 });
    });
    afterAll(() => skewed.close());

    it('retries once after 401 / 135 with the offset from the Date header, and succeeds', async () => {
      const client = createClient({ credentials: skewed.credentials, baseUrl: skewed.url });
      expect(client.clockOffsetSeconds).toBe(0);
      const user = await client.verifyCredentials();
      expect(user.screen_name).toBe('TwitterDev');
      expect(skewed.requests.map((r) => [r.verified, r.response.status, (r.response.body as { errors?: { code: number }[] } | undefined)?.errors?.[0]?.code])).toEqual([
        [false, 401, 135],
        [true, 200, undefined],
      ]);
      // The Date header has whole seconds: the learnt offset is 3600 give or take one.
      expect(Math.abs(client.clockOffsetSeconds - 3600)).toBeLessThanOrEqual(1);
      // Learnt once: the next call needs no retry.
      await client.accountSettings();
      expect(skewed.requests.length).toBe(3);
      expect(skewed.requests.at(-1)?.verified).toBe(true);
    });
  });
});
