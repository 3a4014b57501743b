// OAuth 1.0a verification of an incoming request, with Twitter's answers when it fails: 215 for a missing or
// malformed header, 32 for an unknown consumer or a wrong signature, 89 for an unknown token, 135 for a timestamp
// more than 300 s from the server's clock, 32 for a nonce already used.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { baseStringOf, signingKey, type Pair } from '../signing/oauth.js';

/** The four credentials of one user context the emulator accepts. */
export interface UserCredentials {
  consumerKey: string;
  consumerSecret: string;
  token: string;
  tokenSecret: string;
}

export interface Verified {
  ok: true;
  oauth: Record<string, string>;
  baseString: string;
}

export interface Refused {
  ok: false;
  status: 400 | 401;
  code: 32 | 89 | 135 | 215;
  message: string;
  oauth: Record<string, string>;
  /** The base string the server computed, when it got that far: what the client should have signed. */
  baseString?: string;
}

const REQUIRED = ['oauth_consumer_key', 'oauth_nonce', 'oauth_signature', 'oauth_signature_method', 'oauth_timestamp'];
// One `name="value"` of the header and the comma after it; the value is a quoted-string, commas and all.
const PAIR = /\s*([A-Za-z0-9_.~%-]+)\s*=\s*"((?:[^"\\]|\\.)*)"\s*(,|$)/y;

/** §3.5.1: `OAuth name="value", …`, names and values percent-encoded; undefined when malformed. */
export function parseAuthorization(header: string | undefined): Pair[] | undefined {
  const match = /^OAuth\s+/i.exec(header ?? '');
  if (!match || header === undefined) return undefined;
  const pairs: Pair[] = [];
  PAIR.lastIndex = match[0].length;
  while (PAIR.lastIndex < header.length) {
    const pair = PAIR.exec(header);
    if (!pair?.[1] || pair[2] === undefined) return undefined;
    try {
      pairs.push([decodeURIComponent(pair[1]), decodeURIComponent(pair[2].replace(/\\(.)/g, '$1'))]);
    } catch {
      return undefined;
    }
    if (pair[3] === '') break;
  }
  return pairs.length ? pairs : undefined;
}

export interface VerifyInput {
  method: string;
  url: URL;
  authorization: string | undefined;
  /** The body when it is application/x-www-form-urlencoded; multipart bodies are not signed. */
  formBody: string | undefined;
}

export class Verifier {
  private readonly seen = new Map<string, number>();

  constructor(
    private readonly accounts: readonly UserCredentials[],
    private readonly nowSeconds: () => number,
    private readonly maxSkewSeconds = 300,
  ) {}

  verify(input: VerifyInput): Verified | Refused {
    const pairs = parseAuthorization(input.authorization);
    const oauth = Object.fromEntries(pairs ?? []);
    const refuse = (status: 400 | 401, code: Refused['code'], message: string, baseString?: string): Refused => ({
      ok: false,
      status,
      code,
      message,
      oauth,
      ...(baseString === undefined ? {} : { baseString }),
    });
    if (!pairs || new Set(pairs.map(([n]) => n)).size !== pairs.length || REQUIRED.some((n) => !oauth[n])) {
      return refuse(400, 215, 'Bad authentication data.');
    }
    if (oauth['oauth_signature_method'] !== 'HMAC-SHA1' || (oauth['oauth_version'] ?? '1.0') !== '1.0') {
      return refuse(400, 215, 'Bad authentication data.');
    }
    const consumer = this.accounts.filter((a) => a.consumerKey === oauth['oauth_consumer_key']);
    if (consumer.length === 0) return refuse(401, 32, 'Could not authenticate you.');
    const account = consumer.find((a) => a.token === oauth['oauth_token']);
    if (!account) return refuse(401, 89, 'Invalid or expired token.');
    const timestamp = Number(oauth['oauth_timestamp']);
    if (!/^[0-9]+$/.test(oauth['oauth_timestamp'] ?? '') || Math.abs(this.nowSeconds() - timestamp) > this.maxSkewSeconds) {
      return refuse(401, 135, 'Timestamp out of bounds.');
    }

    const baseString = baseStringOf(input.method, input.url, input.formBody, pairs);
    // Compared as text: a lenient base64 decode would let a changed character through.
    const expected = Buffer.from(createHmac('sha1', signingKey(account.consumerSecret, account.tokenSecret)).update(baseString).digest('base64'));
    const given = Buffer.from(oauth['oauth_signature'] ?? '');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      return refuse(401, 32, 'Could not authenticate you.', baseString);
    }

    const nonce = `${account.consumerKey}\n${account.token}\n${oauth['oauth_nonce']}\n${timestamp}`;
    this.forgetOldNonces();
    if (this.seen.has(nonce)) return refuse(401, 32, 'Could not authenticate you.', baseString);
    this.seen.set(nonce, timestamp);
    return { ok: true, oauth, baseString };
  }

  /** A nonce only has to be remembered as long as its timestamp would still be accepted. */
  private forgetOldNonces(): void {
    const oldest = this.nowSeconds() - this.maxSkewSeconds;
    for (const [nonce, timestamp] of this.seen) if (timestamp < oldest) this.seen.delete(nonce);
  }
}
