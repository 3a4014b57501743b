// One test per RFC 5849 §3.4 (signature base string, HMAC-SHA1) and §3.6 (percent-encoding) rule the signer
// implements, each named for what a caller sees. The worked examples live in ./oauth.vectors.test.ts.
import { createHmac } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as browser from '../src/index.js';
import * as node from '../src/index.node.js';
import { percentEncode, signatureBaseString, signRequest, TwitterValidationError } from '../src/index.js';
import type { Credentials, SignableRequest, SignOptions } from '../src/index.js';
import { normalizeParameters } from '../src/signing/oauth.js';
import { rejection, thrown } from './helpers/caught.js';

const CREDENTIALS = { consumerKey: 'ck', consumerSecret: 'cs', token: 'tk', tokenSecret: 'ts' } satisfies Credentials;
const FIXED = { nonce: 'nonce', timestamp: 1700000000 } satisfies SignOptions;
const ENDPOINT = 'https://api.twitter.com/1.1/account/update_profile.json';

/** The protocol parameters the signer sends with CREDENTIALS and FIXED, in their normalized order. */
const PROTOCOL = [
  'oauth_consumer_key=ck',
  'oauth_nonce=nonce',
  'oauth_signature_method=HMAC-SHA1',
  'oauth_timestamp=1700000000',
  'oauth_token=tk',
  'oauth_version=1.0',
];

afterEach(() => {
  vi.restoreAllMocks();
});

function base(request: SignableRequest, options: SignOptions = FIXED, credentials: Credentials = CREDENTIALS): string {
  return signatureBaseString(request, credentials, options);
}

/** The three `&`-separated parts of a base string, each decoded once. */
function parts(baseString: string): { method: string; uri: string; parameters: string } {
  const split = baseString.split('&');
  expect(split).toHaveLength(3);
  const [method = '', uri = '', parameters = ''] = split.map(decodeURIComponent);
  return { method, uri, parameters };
}

/** The normalized parameter string of a request, minus the protocol parameters every request carries. */
function userParameters(request: SignableRequest): string {
  return parts(base(request))
    .parameters.split('&')
    .filter((pair) => !PROTOCOL.includes(pair))
    .join('&');
}

/** The Authorization header's name/value pairs, percent-decoded, in header order. */
function headerPairs(header: string): [string, string][] {
  expect(header.startsWith('OAuth ')).toBe(true);
  return header
    .slice('OAuth '.length)
    .split(', ')
    .map((item): [string, string] => {
      const match = /^([^=]+)="([^"]*)"$/.exec(item);
      expect(match, item).not.toBeNull();
      return [decodeURIComponent(match?.[1] ?? ''), decodeURIComponent(match?.[2] ?? '')];
    });
}

function headerParam(header: string, name: string): string | undefined {
  return headerPairs(header).find(([n]) => n === name)?.[1];
}

function hmac(key: string, text: string): string {
  return createHmac('sha1', key).update(text).digest('base64');
}



describe('parameter sources (§3.4.1.3.1)', () => {
  it('decodes query parameters as form data: + is a space, %2B a plus', () => {
    expect(userParameters({ method: 'GET', url: `${ENDPOINT}?q=a+b%2Bc%20d` })).toBe('q=a%20b%2Bc%20d');
  });

  it('percent-decodes query parameter names too, then encodes them again', () => {
    expect(userParameters({ method: 'GET', url: `${ENDPOINT}?na%6De=1&a+b=2&%C3%A9=3&x%2a=4` })).toBe(
      '%C3%A9=3&a%20b=2&name=1&x%2A=4',
    );
  });

  it('signs a query parameter that has no = as an empty value', () => {
    expect(userParameters({ method: 'GET', url: `${ENDPOINT}?flag&x=` })).toBe('flag=&x=');
  });

  it('signs the form body, whether given as a string, URLSearchParams or a record', () => {
    const asString = userParameters({ method: 'POST', url: ENDPOINT, body: 'name=J%C3%BCrgen+K&description=a%21' });
    const asParams = userParameters({
      method: 'POST',
      url: ENDPOINT,
      body: new URLSearchParams([['name', 'Jürgen K'], ['description', 'a!']]),
    });
    const asRecord = userParameters({ method: 'POST', url: ENDPOINT, body: { name: 'Jürgen K', description: 'a!' } });
    expect(asString).toBe('description=a%21&name=J%C3%BCrgen%20K');
    expect(asParams).toBe(asString);
    expect(asRecord).toBe(asString);
  });

  it('signs body parameters only when they are passed as body (a multipart body is left out)', () => {
    const withBody = userParameters({ method: 'POST', url: `${ENDPOINT}?skip_status=true`, body: { image: 'AAAA' } });
    const withoutBody = userParameters({ method: 'POST', url: `${ENDPOINT}?skip_status=true` });
    expect(withBody).toBe('image=AAAA&skip_status=true');
    expect(withoutBody).toBe('skip_status=true');
  });

  it('keeps query and body parameters of the same name, both signed', () => {
    expect(userParameters({ method: 'POST', url: `${ENDPOINT}?a=2&a=1`, body: 'a=3&a=1' })).toBe('a=1&a=1&a=2&a=3');
  });

  it('includes every oauth_* protocol parameter it sends in the base string', () => {
    expect(parts(base({ method: 'GET', url: ENDPOINT })).parameters).toBe(PROTOCOL.join('&'));
  });

  it('never puts its own oauth_signature in the base string', async () => {
    const request = { method: 'POST', url: `${ENDPOINT}?a=1`, body: 'b=2' };
    const header = await signRequest(request, CREDENTIALS, FIXED);
    const signature = headerParam(header, 'oauth_signature') ?? '';
    expect(signature).not.toBe('');
    const baseString = base(request);
    expect(baseString).not.toContain('oauth_signature%3D');
    expect(baseString).not.toContain(percentEncode(percentEncode(signature)));
  });

  // §3.4.1.3.1: "The oauth_signature parameter MUST be excluded from the signature base string if present".
  it('leaves an oauth_signature parameter in the query out of the base string', () => {
    expect(parts(base({ method: 'GET', url: `${ENDPOINT}?oauth_signature=stale&a=1` })).parameters).toBe(
      ['a=1', ...PROTOCOL].join('&'),
    );
  });

  // A form parser reads "?a=b" as the name "?a" (URLSearchParams' constructor would strip the "?").
  it('signs a string body that begins with "?" as the server reads it (name "?a")', () => {
    expect(userParameters({ method: 'POST', url: ENDPOINT, body: '?a=b' })).toBe('%3Fa=b');
  });
});

describe('parameter normalization (§3.4.1.3.2)', () => {
  it('keeps duplicate names and sorts them by value: a=b&a=a signs as a=a&a=b', () => {
    expect(userParameters({ method: 'GET', url: `${ENDPOINT}?a=b&a=a` })).toBe('a=a&a=b');
  });

  it('sorts by name first, then value — a=z comes before a1=a, although "a1=a" < "a=z" as text', () => {
    expect(userParameters({ method: 'GET', url: `${ENDPOINT}?a1=a&a=z` })).toBe('a=z&a1=a');
  });

  it('sorts names in byte order, upper case before lower case: A, Z, _, a, a1, b, ~', () => {
    expect(userParameters({ method: 'GET', url: `${ENDPOINT}?b=1&a1=1&~=1&a=1&_=1&Z=1&A=1` })).toBe(
      'A=1&Z=1&_=1&a=1&a1=1&b=1&~=1',
    );
  });

  it('sorts by the encoded name, so "ä" (%C3%A4) comes before "z" and " " (%20) before "-"', () => {
    expect(normalizeParameters([['z', '1'], ['ä', '1'], ['-', '1'], [' ', '1']])).toBe('%20=1&%C3%A4=1&-=1&z=1');
  });

  it('sorts by encoded UTF-8 bytes, not UTF-16 code units: "ﬁ" (U+FB01) before "😀" (U+1F600)', () => {
    // As UTF-16 the emoji's high surrogate 0xD83D sorts before 0xFB01; as UTF-8, EF AC 81 comes before F0 9F 98 80.
    expect(normalizeParameters([['😀', '1'], ['ﬁ', '1']])).toBe('%EF%AC%81=1&%F0%9F%98%80=1');
  });

  it('sorts equal names by the encoded value, in byte order', () => {
    expect(normalizeParameters([['a', 'b'], ['a', 'B'], ['a', 'ä'], ['a', ''], ['a', '!']])).toBe(
      'a=&a=%21&a=%C3%A4&a=B&a=b',
    );
  });

  it('keeps empty values as name=', () => {
    expect(userParameters({ method: 'POST', url: `${ENDPOINT}?a=`, body: { b: '' } })).toBe('a=&b=');
  });
});

describe('base string URI (§3.4.1.2) and method (§3.4.1.1)', () => {
  it('lower-cases the scheme and host, and keeps the path as it is', () => {
    expect(parts(base({ method: 'GET', url: 'HTTPS://API.Twitter.COM/1.1/Users/Show.json' })).uri).toBe(
      'https://api.twitter.com/1.1/Users/Show.json',
    );
  });

  it.each([
    ['https://api.twitter.com:443/1.1/x.json', 'https://api.twitter.com/1.1/x.json'],
    ['http://example.com:80/r%20v/X', 'http://example.com/r%20v/X'],
  ])('drops the default port: %s → %s', (url, uri) => {
    expect(parts(base({ method: 'GET', url })).uri).toBe(uri);
  });

  it.each([
    ['https://www.example.net:8080/', 'https://www.example.net:8080/'],
    ['https://example.com:80/a', 'https://example.com:80/a'],
    ['http://example.com:443/a', 'http://example.com:443/a'],
  ])('keeps any other port: %s → %s', (url, uri) => {
    expect(parts(base({ method: 'GET', url })).uri).toBe(uri);
  });

  it('leaves the query and the fragment out of the base string URI', () => {
    const baseString = base({ method: 'GET', url: `${ENDPOINT}?a=1#section` });
    expect(parts(baseString).uri).toBe(ENDPOINT);
    expect(baseString).not.toContain('section');
  });

  it('gives "/" as the path of a URL without one', () => {
    expect(parts(base({ method: 'GET', url: 'https://API.X.com' })).uri).toBe('https://api.x.com/');
  });

  it('accepts a URL object as well as a string', () => {
    expect(base({ method: 'GET', url: new URL(`${ENDPOINT}?a=1`) })).toBe(base({ method: 'GET', url: `${ENDPOINT}?a=1` }));
  });

  it.each(['post', 'Post', 'POST'])('upper-cases the method: %s → POST', (method) => {
    expect(parts(base({ method, url: ENDPOINT })).method).toBe('POST');
  });

  it('encodes method, URI and parameters, so that exactly two raw & remain and % becomes %25', () => {
    const baseString = base({ method: 'POST', url: `${ENDPOINT}?a=1&b=%26`, body: 'c=%25' });
    expect(baseString.split('&')).toHaveLength(3);
    expect(baseString).toContain('b%3D%2526');
    expect(baseString).toContain('c%3D%2525');
  });
});

describe('percent-encoding (§3.6)', () => {
  const UNRESERVED = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~';

  it('leaves the unreserved characters A-Z a-z 0-9 - . _ ~ untouched', () => {
    expect(percentEncode(UNRESERVED)).toBe(UNRESERVED);
  });

  it('encodes every other ASCII character as %XX with upper-case hex', () => {
    for (let code = 0; code < 128; code++) {
      const char = String.fromCharCode(code);
      if (UNRESERVED.includes(char)) continue;
      expect(percentEncode(char), `U+${code.toString(16)}`).toBe(`%${code.toString(16).toUpperCase().padStart(2, '0')}`);
    }
  });

  it("encodes !*'() as %21%2A%27%28%29 (which encodeURIComponent leaves alone)", () => {
    expect(percentEncode("!*'()")).toBe('%21%2A%27%28%29');
  });

  it('encodes a space as %20, never +, and a plus as %2B', () => {
    expect(percentEncode('Ladies + Gentlemen')).toBe('Ladies%20%2B%20Gentlemen');
  });

  it.each([
    ['é', '%C3%A9'],
    ['☃', '%E2%98%83'],
    ['😀', '%F0%9F%98%80'],
    ['👍🏽', '%F0%9F%91%8D%F0%9F%8F%BD'],
  ])('encodes %s as its UTF-8 bytes: %s', (text, encoded) => {
    expect(percentEncode(text)).toBe(encoded);
  });

  it('encodes a lone surrogate as U+FFFD (%EF%BF%BD), as URLSearchParams sends it', () => {
    expect(percentEncode('a\uD800b')).toBe('a%EF%BF%BDb');
    expect(percentEncode('\uDC00')).toBe('%EF%BF%BD');
    expect(percentEncode('\uD800\uD83D\uDE00')).toBe('%EF%BF%BD%F0%9F%98%80');
    expect(new URLSearchParams([['a', '\uD800']]).toString()).toBe('a=%EF%BF%BD');
  });

  it('signs a lone surrogate in a record body as the %EF%BF%BD the wire carries', () => {
    const wire = new URLSearchParams({ ['n\uDC00']: 'v\uD800' }).toString();
    expect(userParameters({ method: 'POST', url: ENDPOINT, body: { ['n\uDC00']: 'v\uD800' } })).toBe(wire);
    expect(wire).toBe('n%EF%BF%BD=v%EF%BF%BD');
  });

  it('encodes the parameters of the base string with these rules', () => {
    expect(userParameters({ method: 'POST', url: ENDPOINT, body: { 'a b': "x!*'()~ é☃" } })).toBe(
      'a%20b=x%21%2A%27%28%29~%20%C3%A9%E2%98%83',
    );
  });
});

describe('signing key and signature (§3.4.2)', () => {
  it('signs the base string with HMAC-SHA1 under "encoded consumer secret&encoded token secret"', async () => {
    const credentials = { consumerKey: 'ck', consumerSecret: 'c s&+é', token: 'tk', tokenSecret: 't/=%!' };
    const request = { method: 'POST', url: `${ENDPOINT}?a=1`, body: 'b=2' };
    const header = await signRequest(request, credentials, FIXED);
    const key = 'c%20s%26%2B%C3%A9&t%2F%3D%25%21';
    expect(headerParam(header, 'oauth_signature')).toBe(hmac(key, signatureBaseString(request, credentials, FIXED)));
  });

  it('keeps the trailing & of the key when there is no token (request-token step), and sends no oauth_token', async () => {
    const credentials = { consumerKey: 'ck', consumerSecret: 'cs' };
    const request = { method: 'POST', url: 'https://api.twitter.com/oauth/request_token' };
    const options = { ...FIXED, oauthParams: { oauth_callback: 'oob' } };
    const header = await signRequest(request, credentials, options);
    const baseString = signatureBaseString(request, credentials, options);
    expect(headerPairs(header).map(([name]) => name)).not.toContain('oauth_token');
    expect(baseString).not.toContain('oauth_token');
    expect(headerParam(header, 'oauth_signature')).toBe(hmac('cs&', baseString));
  });

  it('writes the header as OAuth name="value" pairs, sorted, encoded, joined by ", "', async () => {
    const header = await signRequest({ method: 'GET', url: ENDPOINT }, CREDENTIALS, FIXED);
    const signature = hmac('cs&ts', base({ method: 'GET', url: ENDPOINT }));
    expect(header).toBe(
      `OAuth oauth_consumer_key="ck", oauth_nonce="nonce", oauth_signature="${percentEncode(signature)}", ` +
        'oauth_signature_method="HMAC-SHA1", oauth_timestamp="1700000000", oauth_token="tk", oauth_version="1.0"',
    );
  });
});

describe('nonce and timestamp', () => {
  it('draws the nonce from crypto.getRandomValues and never calls Math.random', async () => {
    const getRandomValues = vi.spyOn(globalThis.crypto, 'getRandomValues');
    const random = vi.spyOn(Math, 'random');
    // Nonces are drawn from a pool of random bytes refilled by getRandomValues: 300 signatures refill it.
    let header = '';
    for (let i = 0; i < 300; i++) header = await signRequest({ method: 'GET', url: ENDPOINT }, CREDENTIALS);
    expect(getRandomValues).toHaveBeenCalled();
    expect(random).not.toHaveBeenCalled();
    expect(headerParam(header, 'oauth_nonce')).toMatch(/^[0-9a-f]{32}$/);
  });

  it('gives two signatures of the same request different nonces', async () => {
    const request = { method: 'GET', url: ENDPOINT };
    const [first, second] = await Promise.all([signRequest(request, CREDENTIALS), signRequest(request, CREDENTIALS)]);
    expect(headerParam(first, 'oauth_nonce')).not.toBe(headerParam(second, 'oauth_nonce'));
    const nonces = new Set<string | undefined>();
    for (let i = 0; i < 1000; i++) nonces.add(headerParam(await signRequest(request, CREDENTIALS), 'oauth_nonce'));
    expect(nonces.size).toBe(1000);
    expect(headerParam(first, 'oauth_signature')).not.toBe(headerParam(second, 'oauth_signature'));
  });

  it('uses an injected nonce and timestamp, in the header and the base string', async () => {
    const options = { nonce: 'abc 123', timestamp: '42' };
    const header = await signRequest({ method: 'GET', url: ENDPOINT }, CREDENTIALS, options);
    expect(headerParam(header, 'oauth_nonce')).toBe('abc 123');
    expect(headerParam(header, 'oauth_timestamp')).toBe('42');
    expect(parts(base({ method: 'GET', url: ENDPOINT }, options)).parameters).toContain('oauth_nonce=abc%20123');
  });

  it('takes the timestamp from the clock, in whole seconds, by default', async () => {
    vi.spyOn(Date, 'now').mockReturnValue(1_700_000_123_999);
    const header = await signRequest({ method: 'GET', url: ENDPOINT }, CREDENTIALS);
    expect(headerParam(header, 'oauth_timestamp')).toBe('1700000123');
  });
});

describe('extra protocol parameters (oauthParams)', () => {
  it('signs oauth_callback and oauth_verifier and puts them in the header', async () => {
    const oauthParams = { oauth_callback: 'https://app.example/cb?x=1&y=é', oauth_verifier: 'v!er' };
    const request = { method: 'POST', url: 'https://api.twitter.com/oauth/access_token' };
    const options = { ...FIXED, oauthParams };
    const header = await signRequest(request, CREDENTIALS, options);
    expect(headerParam(header, 'oauth_callback')).toBe(oauthParams.oauth_callback);
    expect(headerParam(header, 'oauth_verifier')).toBe('v!er');
    expect(header).toContain('oauth_callback="https%3A%2F%2Fapp.example%2Fcb%3Fx%3D1%26y%3D%C3%A9"');
    const baseString = signatureBaseString(request, CREDENTIALS, options);
    expect(parts(baseString).parameters).toContain('oauth_callback=https%3A%2F%2Fapp.example%2Fcb%3Fx%3D1%26y%3D%C3%A9');
    expect(parts(baseString).parameters).toContain('oauth_verifier=v%21er');
    expect(headerParam(header, 'oauth_signature')).toBe(hmac('cs&ts', baseString));
  });

  it.each(['realm', 'callback', 'status'])('refuses %s in oauthParams with a TwitterValidationError', async (name) => {
    const error = await rejection(
      signRequest({ method: 'GET', url: ENDPOINT }, CREDENTIALS, { ...FIXED, oauthParams: { [name]: 'x' } }),
    );
    expect(error).toBeInstanceOf(TwitterValidationError);
    expect(error).toMatchObject({ field: 'oauthParams' });
  });

  it('refuses oauth_signature in oauthParams with a TwitterValidationError', async () => {
    const options = { ...FIXED, oauthParams: { oauth_signature: 'forged' } };
    const error = await rejection(signRequest({ method: 'GET', url: ENDPOINT }, CREDENTIALS, options));
    expect(error).toBeInstanceOf(TwitterValidationError);
    expect(error).toMatchObject({ field: 'oauthParams' });
    expect(() => signatureBaseString({ method: 'GET', url: ENDPOINT }, CREDENTIALS, options)).toThrow(TwitterValidationError);
  });

  it.each(['oauth_nonce', 'oauth_timestamp', 'oauth_version'])('refuses %s in oauthParams, which the signer already sends once', async (name) => {
    const error = await rejection(
      signRequest({ method: 'GET', url: ENDPOINT }, CREDENTIALS, { ...FIXED, oauthParams: { [name]: 'again' } }),
    );
    expect(error).toMatchObject({ field: 'oauthParams' });
  });

  it('takes two extras whose names read alike once one of them is percent-encoded', async () => {
    const options = { ...FIXED, oauthParams: { 'oauth_a b': '1', 'oauth_a%20b': '2' } };
    const parameters = parts(signatureBaseString({ method: 'GET', url: ENDPOINT }, CREDENTIALS, options)).parameters;
    expect(parameters).toContain('oauth_a%20b=1');
    expect(parameters).toContain('oauth_a%2520b=2');
  });
});

describe('secrets and credential checks', () => {
  const SECRETS = { consumerKey: 'ck', consumerSecret: 'CONSUMER-SECRET-q7Zx', token: 'tk', tokenSecret: 'TOKEN-SECRET-w9Kp' };

  it('never puts the consumer secret or the token secret in the base string or the header', async () => {
    const request = { method: 'POST', url: `${ENDPOINT}?a=1`, body: 'b=2' };
    const baseString = signatureBaseString(request, SECRETS, FIXED);
    const header = await signRequest(request, SECRETS, FIXED);
    for (const text of [baseString, decodeURIComponent(baseString), header]) {
      expect(text).not.toContain('CONSUMER-SECRET');
      expect(text).not.toContain('TOKEN-SECRET');
    }
  });

  it.each([
    ['consumerKey', { ...SECRETS, consumerKey: '' }],
    ['consumerSecret', { ...SECRETS, consumerSecret: '' }],
    ['tokenSecret', { ...SECRETS, tokenSecret: '' }],
  ])('refuses an empty %s with a TwitterValidationError whose message holds no secret', async (field, credentials) => {
    const error = await rejection(signRequest({ method: 'GET', url: ENDPOINT }, credentials, FIXED));
    expect(error).toBeInstanceOf(TwitterValidationError);
    expect(error).toMatchObject({ field });
    const message = error instanceof Error ? `${error.message} ${error.stack ?? ''}` : '';
    expect(message).toContain(field);
    expect(message).not.toContain('CONSUMER-SECRET');
    expect(message).not.toContain('TOKEN-SECRET');
  });

  it('refuses an empty consumerKey in signatureBaseString too', () => {
    const error = thrown(() => signatureBaseString({ method: 'GET', url: ENDPOINT }, { ...SECRETS, consumerKey: '' }, FIXED));
    expect(error).toBeInstanceOf(TwitterValidationError);
    expect(error).toMatchObject({ field: 'consumerKey' });
  });

  it('refuses an empty method with a TwitterValidationError', async () => {
    const error = await rejection(signRequest({ method: '', url: ENDPOINT }, SECRETS, FIXED));
    expect(error).toBeInstanceOf(TwitterValidationError);
    expect(error).toMatchObject({ field: 'method' });
  });
});

describe('the Web Crypto and node:crypto entries', () => {
  const cases: [string, SignableRequest, Credentials, SignOptions][] = [
    ['a GET with a query', { method: 'get', url: `${ENDPOINT}?screen_name=jack&include_entities=true` }, CREDENTIALS, FIXED],
    [
      'a POST with a form body of reserved and unicode text',
      { method: 'POST', url: ENDPOINT, body: { description: "Hi! *(it's)* ☃ 😀 a+b=c&d", name: '' } },
      { consumerKey: 'k', consumerSecret: 'sé&cret', token: 't', tokenSecret: 'to ken' },
      { nonce: 'n0nce', timestamp: 1 },
    ],
    [
      'the request-token step, without a token',
      { method: 'POST', url: 'https://api.x.com/oauth/request_token' },
      { consumerKey: 'k', consumerSecret: 's' },
      { ...FIXED, oauthParams: { oauth_callback: 'https://example.com/cb?a=1' } },
    ],
    [
      'an upper-case host with a non-default port and duplicate names',
      { method: 'PUT', url: 'HTTP://Example.COM:8080/a%20b/?a=2&a=1#f', body: 'a=0&b=%F0%9F%98%80' },
      CREDENTIALS,
      FIXED,
    ],
    ['a lone surrogate', { method: 'POST', url: ENDPOINT, body: { ['x\uD800']: '\uDFFF' } }, CREDENTIALS, FIXED],
  ];

  it.each(cases)('write the same header for %s', async (_name, request, credentials, options) => {
    const fromBrowser = await browser.signRequest(request, credentials, options);
    const fromNode = await node.signRequest(request, credentials, options);
    expect(fromBrowser).toBe(fromNode);
    const key = `${percentEncode(credentials.consumerSecret)}&${percentEncode(credentials.tokenSecret ?? '')}`;
    expect(headerParam(fromNode, 'oauth_signature')).toBe(hmac(key, signatureBaseString(request, credentials, options)));
  });
});
