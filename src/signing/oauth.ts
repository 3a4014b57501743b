// OAuth 1.0a HMAC-SHA1 signing (RFC 5849 §3.4–3.5), pure and runtime-neutral: the HMAC itself is passed in, so the
// browser entry uses Web Crypto and the Node entry node:crypto (see ../index.ts and ../index.node.ts).
import { TwitterValidationError } from '../errors.js';
import { percentEncode } from './percentEncode.js';

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
  /** Fixed nonce (tests); by default 16 random bytes from crypto.getRandomValues, hex-encoded. */
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

// Random bytes are drawn from crypto.getRandomValues 4 KiB at a time: one call per 256 nonces instead of one each.
const randomPool = new Uint8Array(4096);
let poolOffset = randomPool.length;
const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

/** 16 random bytes, hex-encoded: unreserved characters only. */
function randomNonce(): string {
  if (poolOffset + 16 > randomPool.length) {
    crypto.getRandomValues(randomPool);
    poolOffset = 0;
  }
  let nonce = '';
  for (let i = poolOffset; i < poolOffset + 16; i++) nonce += HEX[randomPool[i] ?? 0];
  poolOffset += 16;
  return nonce;
}

/** The oauth_* parameters of the Authorization header, without the signature. */
function protocolParameters(credentials: Omit<Credentials, 'consumerSecret' | 'tokenSecret'>, options: SignOptions): Pair[] {
  requireString(credentials.consumerKey, 'consumerKey');
  const pairs: Pair[] = [
    ['oauth_consumer_key', credentials.consumerKey],
    ['oauth_nonce', options.nonce ?? randomNonce()],
    ['oauth_signature_method', 'HMAC-SHA1'],
    ['oauth_timestamp', String(options.timestamp ?? Math.floor(Date.now() / 1000))],
  ];
  if (credentials.token !== undefined) {
    requireString(credentials.token, 'token');
    pairs.push(['oauth_token', credentials.token]);
  }
  pairs.push(['oauth_version', '1.0']);
  for (const [name, value] of Object.entries(options.oauthParams ?? {})) {
    if (!name.startsWith('oauth_') || name === 'oauth_signature' || pairs.some(([taken]) => taken === name)) {
      throw new TwitterValidationError('oauthParams', `${name} is not an extra OAuth protocol parameter`);
    }
    pairs.push([name, value]);
  }
  return pairs;
}

/** §3.4.1.2: lower-case scheme and host, default port dropped (WHATWG URL does both), no query or fragment. */
function baseStringUri(url: URL): string {
  return `${url.protocol}//${url.host}${url.pathname}`;
}

function bodyParameters(body: SignableRequest['body']): Pair[] {
  if (body === undefined) return [];
  // URLSearchParams drops one leading "?" (a query-string rule); a form parser keeps it, so keep it too.
  if (typeof body === 'string') return [...new URLSearchParams(body.startsWith('?') ? `&${body}` : body)];
  if (body instanceof URLSearchParams) return [...body];
  return Object.entries(body);
}

/** §3.4.1.3.2: encode, sort by encoded name then encoded value (byte order; encoded text is ASCII), join. */
export function normalizeParameters(pairs: readonly Pair[]): string {
  const encoded = pairs.map(([name, value]): Pair => [percentEncode(name), percentEncode(value)]);
  encoded.sort(([a, x], [b, y]) => (a < b ? -1 : a > b ? 1 : x < y ? -1 : x > y ? 1 : 0));
  return encoded.map(([name, value]) => `${name}=${value}`).join('&');
}

/**
 * §3.4.1: the base string of a request from its parts — the query of `url` (decoded as form data), the form body
 * and the protocol parameters. oauth_signature is excluded from every source, realm from the header's.
 */
export function baseStringOf(method: string, url: URL, body: SignableRequest['body'], oauth: readonly Pair[]): string {
  const parameters = [
    ...[...url.searchParams, ...bodyParameters(body)].filter(([name]) => name !== 'oauth_signature'),
    ...oauth.filter(([name]) => name !== 'oauth_signature' && name !== 'realm'),
  ];
  return `${percentEncode(method.toUpperCase())}&${percentEncode(baseStringUri(url))}&${percentEncode(normalizeParameters(parameters))}`;
}

function prepare(request: SignableRequest, credentials: Omit<Credentials, 'consumerSecret' | 'tokenSecret'>, options: SignOptions) {
  requireString(request.method, 'method');
  const oauth = protocolParameters(credentials, options);
  return { baseString: baseStringOf(request.method, new URL(request.url), request.body, oauth), oauth };
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
  return prepare(request, credentials, options).baseString;
}

/** Builds `signRequest` on an HMAC-SHA1 implementation. */
export function createSigner(hmacSha1: HmacSha1): SignRequest {
  return async function signRequest(request, credentials, options = {}) {
    requireString(credentials.consumerSecret, 'consumerSecret');
    if (credentials.token !== undefined) requireString(credentials.tokenSecret, 'tokenSecret');
    const { baseString, oauth } = prepare(request, credentials, options);
    const signature = await hmacSha1(signingKey(credentials.consumerSecret, credentials.tokenSecret), baseString);
    const header = [...oauth, ['oauth_signature', signature] as Pair]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([name, value]) => `${percentEncode(name)}="${percentEncode(value)}"`);
    return `OAuth ${header.join(', ')}`;
  };
}
