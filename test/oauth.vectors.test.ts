// The worked examples: X's "Creating a signature" guide (for each URL its versions used) and RFC 5849 §3.4.1.
// Each stage — parameter string, base string, signature, header — is asserted on its own.
import { describe, expect, it } from 'vitest';
import * as browser from '../src/index.js';
import * as node from '../src/index.node.js';
import { normalizeParameters } from '../src/signing/oauth.js';
import { X_EXAMPLE } from './runtime/smoke.js';

// X's inputs are the same in every version of the guide; only the URL changed.
const X = { credentials: X_EXAMPLE.credentials, options: X_EXAMPLE.options, body: X_EXAMPLE.request.body };

const X_PARAMETER_STRING =
  'include_entities=true&oauth_consumer_key=xvz1evFS4wEEPTGEFPHBog&oauth_nonce=kYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg' +
  '&oauth_signature_method=HMAC-SHA1&oauth_timestamp=1318622958&oauth_token=370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb' +
  '&oauth_version=1.0&status=Hello%20Ladies%20%2B%20Gentlemen%2C%20a%20signed%20OAuth%20request%21';

// The three URLs the guide's versions printed, and the signature each really gives.
const X_URLS = [
  ['https://api.twitter.com/1/statuses/update.json', 'tnnArxj06cWHq44gCs1OSKk/jLY='],
  ['https://api.twitter.com/1.1/statuses/update.json', 'hCtSmYh+iHYCEqBWrE7C7hYmtUk='],
  ['https://api.x.com/1.1/statuses/update.json', 'Ls93hJiZbQ3akF3HF3x1Bz8/zU4='],
] as const;

const entries = [
  ['Web Crypto entry', browser.signRequest],
  ['node:crypto entry', node.signRequest],
] as const;

function signatureOf(header: string): string {
  const match = /oauth_signature="([^"]+)"/.exec(header);
  return decodeURIComponent(match?.[1] ?? '');
}

describe("X's worked example", () => {
  it('collects and normalizes the parameters into the guide\'s parameter string', () => {
    const oauth: [string, string][] = [
      ['oauth_consumer_key', X.credentials.consumerKey],
      ['oauth_nonce', X.options.nonce],
      ['oauth_signature_method', 'HMAC-SHA1'],
      ['oauth_timestamp', String(X.options.timestamp)],
      ['oauth_token', X.credentials.token],
      ['oauth_version', '1.0'],
    ];
    const body = [...new URLSearchParams(X.body)];
    expect(normalizeParameters([['include_entities', 'true'], ...oauth, ...body])).toBe(X_PARAMETER_STRING);
  });

  it('gives the guide\'s base string for the api.twitter.com/1.1 URL, with exactly two unencoded ampersands', () => {
    const base = browser.signatureBaseString(
      { method: 'post', url: 'https://api.twitter.com/1.1/statuses/update.json?include_entities=true', body: X.body },
      X.credentials,
      X.options,
    );
    expect(base).toBe(
      `POST&https%3A%2F%2Fapi.twitter.com%2F1.1%2Fstatuses%2Fupdate.json&${encodeURIComponent(X_PARAMETER_STRING)}`,
    );
    expect(base.split('&')).toHaveLength(3);
  });

  describe.each(entries)('signed with the %s', (_name, signRequest) => {
    it.each(X_URLS)('%s gives %s', async (url, signature) => {
      const header = await signRequest({ method: 'POST', url: `${url}?include_entities=true`, body: X.body }, X.credentials, X.options);
      expect(signatureOf(header)).toBe(signature);
    });

    it('writes the guide\'s Authorization header, parameters sorted and percent-encoded', async () => {
      const header = await signRequest(
        { method: 'POST', url: 'https://api.twitter.com/1/statuses/update.json?include_entities=true', body: X.body },
        X.credentials,
        X.options,
      );
      expect(header).toBe(
        'OAuth oauth_consumer_key="xvz1evFS4wEEPTGEFPHBog", oauth_nonce="kYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg", ' +
          'oauth_signature="tnnArxj06cWHq44gCs1OSKk%2FjLY%3D", oauth_signature_method="HMAC-SHA1", ' +
          'oauth_timestamp="1318622958", oauth_token="370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb", oauth_version="1.0"',
      );
    });
  });
});

describe('RFC 5849 §3.4.1 example', () => {
  const request = {
    method: 'POST',
    url: 'http://example.com/request?b5=%3D%253D&a3=a&c%40=&a2=r%20b',
    body: 'c2&a3=2+q',
  };
  const credentials = {
    consumerKey: '9djdj82h48djs9d2',
    consumerSecret: 'j49sk3j29djd',
    token: 'kkk9d7dh3k39sjv7',
    tokenSecret: 'dh893hdasih9',
  };
  // The RFC's example leaves oauth_version out; a signer only signs the parameters it sends.
  const NORMALIZED =
    'a2=r%20b&a3=2%20q&a3=a&b5=%3D%253D&c%40=&c2=&oauth_consumer_key=9djdj82h48djs9d2&oauth_nonce=7d8f3e4a' +
    '&oauth_signature_method=HMAC-SHA1&oauth_timestamp=137131201&oauth_token=kkk9d7dh3k39sjv7';
  const BASE_STRING =
    'POST&http%3A%2F%2Fexample.com%2Frequest&a2%3Dr%2520b%26a3%3D2%2520q%26a3%3Da%26b5%3D%253D%25253D%26c%2540%3D%26c2%3D' +
    '%26oauth_consumer_key%3D9djdj82h48djs9d2%26oauth_nonce%3D7d8f3e4a%26oauth_signature_method%3DHMAC-SHA1' +
    '%26oauth_timestamp%3D137131201%26oauth_token%3Dkkk9d7dh3k39sjv7';

  it('normalizes the parameters as §3.4.1.3.2 prints them', () => {
    const url = new URL(request.url);
    const pairs: [string, string][] = [
      ...url.searchParams,
      ...new URLSearchParams(request.body),
      ['oauth_consumer_key', credentials.consumerKey],
      ['oauth_token', credentials.token],
      ['oauth_signature_method', 'HMAC-SHA1'],
      ['oauth_timestamp', '137131201'],
      ['oauth_nonce', '7d8f3e4a'],
    ];
    expect(normalizeParameters(pairs)).toBe(NORMALIZED);
  });

  it('gives the base string of §3.4.1.1 once oauth_version is left out', () => {
    // The signer always sends oauth_version=1.0; removing that one pair must give the RFC's text exactly.
    const base = browser.signatureBaseString(request, credentials, { nonce: '7d8f3e4a', timestamp: 137131201 });
    expect(base.replace('%26oauth_version%3D1.0', '')).toBe(BASE_STRING);
  });

  it('signs that base string as r6/TJjbCOr97/+UU0NsvSne7s5g= (the RFC prints a signature its base string does not give)', async () => {
    const { createHmac } = await import('node:crypto');
    const key = 'j49sk3j29djd&dh893hdasih9';
    expect(createHmac('sha1', key).update(BASE_STRING).digest('base64')).toBe('r6/TJjbCOr97/+UU0NsvSne7s5g=');
    const { hmacSha1 } = await import('../src/signing/hmac.js');
    expect(await hmacSha1(key, BASE_STRING)).toBe('r6/TJjbCOr97/+UU0NsvSne7s5g=');
  });
});
