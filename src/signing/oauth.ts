// OAuth 1.0a HMAC-SHA1 signing (RFC 5849 §3.4–3.5), pure and runtime-neutral: the HMAC itself is passed in, so the
// browser entry uses Web Crypto and the Node entry node:crypto (see ../index.ts and ../index.node.ts).
// Every request pays for this: the parameters are encoded once, sorted once and written out by hand.
import { TwitterValidationError } from '../errors.js';
import { formPercentEncode, percentEncode } from './percentEncode.js';

/** The four OAuth 1.0a secrets of a user context. `token` and `tokenSecret` are absent for the request-token step. */
export interface Credentials {
  consumerKey: string;
  consumerSecret: string;
  token?: string | undefined;
  tokenSecret?: string | undefined;
}

/** What is signed: the method, the final URL (with its query) and, for form-urlencoded requests only, the body. */
export interface SignableRequest {
  method: string;
  url: string | URL;
  /** The `application/x-www-form-urlencoded` body. Leave it out for multipart and empty bodies: they are not signed. */
  body?: string | URLSearchParams | Record<string, string> | undefined;
}

export interface SignOptions {
  /** Fixed nonce (tests); by default 32 random hex digits (128 bits) from crypto.getRandomValues. */
  nonce?: string | undefined;
  /** Fixed timestamp in seconds (tests, or a clock corrected by Twitter's `Date`); by default the local clock. */
  timestamp?: number | string | undefined;
  /** Further protocol parameters, such as `oauth_callback` or `oauth_verifier` for a 3-legged login. */
  oauthParams?: Record<string, string> | undefined;
}

/** HMAC-SHA1 of `text` under `key`, base64-encoded. */
export type HmacSha1 = (key: string, text: string) => string | Promise<string>;

export type SignRequest = (request: SignableRequest, credentials: Credentials, options?: SignOptions) => Promise<string>;

export type Pair = [name: string, value: string];

function requireString(value: unknown, field: string): asserts value is string {
  if (typeof value !== 'string' || value === '') {
    throw new TwitterValidationError(field, `${field} must be a non-empty string`);
  }
}

// Nonces are cut from a pool of 8 192 random hex digits, each from the low 4 bits of one byte drawn from
// crypto.getRandomValues (so 32 digits carry 128 random bits). Refilled once per 256 nonces and turned into a string
// with one TextDecoder call, it is several times cheaper than hex-encoding 16 fresh bytes per nonce.
const HEX_DIGITS = '0123456789abcdef';
const randomPool = new Uint8Array(8192);
const ascii = new TextDecoder();
let hexPool = '';
let hexOffset = 0;

/** 32 random hex digits: unreserved characters only, so never percent-encoded. */
function randomNonce(): string {
  if (hexOffset >= hexPool.length) {
    crypto.getRandomValues(randomPool);
    for (let i = 0; i < randomPool.length; i++) randomPool[i] = HEX_DIGITS.charCodeAt((randomPool[i] ?? 0) & 15);
    hexPool = ascii.decode(randomPool);
    hexOffset = 0;
  }
  hexOffset += 32;
  return hexPool.slice(hexOffset - 32, hexOffset);
}

/** The oauth_* parameters of the Authorization header, without the signature: percent-encoded, sorted by name. */
function protocolParameters(credentials: Omit<Credentials, 'consumerSecret' | 'tokenSecret'>, options: SignOptions): Pair[] {
  requireString(credentials.consumerKey, 'consumerKey');
  // The constant names and values need no encoding.
  const pairs: Pair[] = [
    ['oauth_consumer_key', percentEncode(credentials.consumerKey)],
    ['oauth_nonce', options.nonce === undefined ? randomNonce() : percentEncode(options.nonce)],
    ['oauth_signature_method', 'HMAC-SHA1'],
    ['oauth_timestamp', percentEncode(String(options.timestamp ?? Math.floor(Date.now() / 1000)))],
  ];
  if (credentials.token !== undefined) {
    requireString(credentials.token, 'token');
    pairs.push(['oauth_token', percentEncode(credentials.token)]);
  }
  pairs.push(['oauth_version', '1.0']);
  const own = pairs.length;
  for (const [name, value] of Object.entries(options.oauthParams ?? {})) {
    // Compared with the signer's own names only: the extras pushed before it are encoded already.
    if (!name.startsWith('oauth_') || name === 'oauth_signature' || pairs.some(([taken], i) => i < own && taken === name)) {
      throw new TwitterValidationError('oauthParams', `${name} is not an extra OAuth protocol parameter`);
    }
    pairs.push([percentEncode(name), percentEncode(value)]);
  }
  // In name order already unless extras were added: then this sort puts them in place.
  return pairs.sort(byNameThenValue);
}

/** Byte order of the encoded names, then of the encoded values (encoded text is ASCII: code units are bytes). */
function byNameThenValue(p: Pair, q: Pair): number {
  return p[0] < q[0] ? -1 : p[0] > q[0] ? 1 : p[1] < q[1] ? -1 : p[1] > q[1] ? 1 : 0;
}

/** §3.4.1.2: the base string URI (scheme and host lower-cased, no default port, query or fragment) and the query. */
function splitUrl(url: string): [uri: string, query: string] {
  const parsed = new URL(url);
  return [`${parsed.protocol}//${parsed.host}${parsed.pathname}`, parsed.search.slice(1)];
}

/** Adds one parameter, percent-encoded; §3.4.1.3.1: an oauth_signature among the request's own is not signed. */
function addParameter(pairs: Pair[], name: string, value: string): void {
  // Encoding maps "oauth_signature" to itself and nothing else to it, so the encoded name can be compared.
  if (name !== 'oauth_signature') pairs.push([name, value]);
}

/** Adds the parameters of application/x-www-form-urlencoded text: split on `&`, then on the first `=` of each part. */
function addFormParameters(pairs: Pair[], text: string): void {
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('&', start);
    if (end === -1) end = text.length;
    if (end > start) {
      const equals = text.indexOf('=', start);
      const split = equals === -1 || equals > end ? end : equals;
      const name = text.slice(start, split);
      const value = text.slice(split + 1, end);
      addParameter(pairs, formPercentEncode(name), formPercentEncode(value));
    }
    start = end + 1;
  }
}

function addBodyParameters(pairs: Pair[], body: SignableRequest['body']): void {
  // A form parser keeps a leading "?" as part of the first name (URLSearchParams' constructor would drop it).
  if (typeof body === 'string') addFormParameters(pairs, body);
  else if (body !== undefined) {
    for (const [name, value] of body instanceof URLSearchParams ? body : Object.entries(body)) {
      addParameter(pairs, percentEncode(name), percentEncode(value));
    }
  }
}

/** §3.4.1.3.2 on pairs already encoded: sorted by name then value (byte order), joined by `=` and `&`. */
function joinSorted(encoded: Pair[]): string {
  let parameters = '';
  for (const [name, value] of encoded.sort(byNameThenValue)) parameters += `${parameters === '' ? '' : '&'}${name}=${value}`;
  return parameters;
}

/** §3.4.1.3.2: the normalized parameter string of raw name/value pairs (what the signer builds from a request). */
export function normalizeParameters(pairs: readonly Pair[]): string {
  return joinSorted(pairs.map(([name, value]): Pair => [percentEncode(name), percentEncode(value)]));
}

/** §3.4.1: the base string from the request's parts and its protocol parameters (percent-encoded, any order). */
function baseString(request: SignableRequest, oauth: readonly Pair[]): string {
  const [uri, query] = splitUrl(String(request.url));
  const pairs: Pair[] = [];
  addFormParameters(pairs, query);
  addBodyParameters(pairs, request.body);
  for (const pair of oauth) pairs.push(pair);
  const parameters = joinSorted(pairs);
  // The normalized parameters are unreserved characters, %, = and & only: encodeURIComponent encodes them as §3.6
  // does, without the fix-up percentEncode needs for ! ' ( ) *.
  return `${percentEncode(request.method.toUpperCase())}&${percentEncode(uri)}&${encodeURIComponent(parameters)}`;
}

/**
 * §3.4.1: the base string of a request from its parts — the query of `url` (decoded as form data), the form body
 * and the protocol parameters (as a server reads them from a header: decoded, in any order). oauth_signature is
 * excluded from every source, realm from the header's.
 */
export function baseStringOf(method: string, url: string | URL, body: SignableRequest['body'], oauth: readonly Pair[]): string {
  const protocol = oauth
    .filter(([name]) => name !== 'oauth_signature' && name !== 'realm')
    .map(([name, value]): Pair => [percentEncode(name), percentEncode(value)]);
  return baseString({ method, url, body }, protocol);
}

/** §3.4.2: the HMAC key, "secret&secret", the `&` kept when there is no token secret. */
export function signingKey(consumerSecret: string, tokenSecret: string | undefined): string {
  return `${percentEncode(consumerSecret)}&${percentEncode(tokenSecret ?? '')}`;
}

/**
 * The signature base string of a request (§3.4.1.1): what HMAC-SHA1 signs. Handy for debugging a 401 / code 32
 * against a server's expectation. It contains the consumer key and token, never a secret.
 */
export function signatureBaseString(
  request: SignableRequest,
  credentials: Omit<Credentials, 'consumerSecret' | 'tokenSecret'>,
  options: SignOptions = {},
): string {
  requireString(request.method, 'method');
  return baseString(request, protocolParameters(credentials, options));
}

/** §3.5.1: `OAuth name="value", …`, the (encoded, sorted) protocol parameters with the signature in its place. */
function authorization(oauth: readonly Pair[], signature: string): string {
  const signed = `oauth_signature="${percentEncode(signature)}"`;
  let header = '';
  let pending = true;
  for (const [name, value] of oauth) {
    if (pending && name > 'oauth_signature') {
      header += `${signed}, `;
      pending = false;
    }
    header += `${name}="${value}", `;
  }
  return `OAuth ${pending ? header + signed : header.slice(0, -2)}`;
}

/** Builds `signRequest` on an HMAC-SHA1 implementation. */
export function createSigner(hmacSha1: HmacSha1): SignRequest {
  return async function signRequest(request, credentials, options = {}) {
    requireString(credentials.consumerSecret, 'consumerSecret');
    if (credentials.token !== undefined) requireString(credentials.tokenSecret, 'tokenSecret');
    requireString(request.method, 'method');
    const oauth = protocolParameters(credentials, options);
    const key = signingKey(credentials.consumerSecret, credentials.tokenSecret);
    const signature = hmacSha1(key, baseString(request, oauth));
    // node:crypto's HMAC is synchronous: no await (and no extra microtask) for it.
    return authorization(oauth, typeof signature === 'string' ? signature : await signature);
  };
}
