// The signers compared: ours, three peers called the way a real request would call them, a hand-written lower
// bound (this request's base string built on every call) and, for information, the HMAC and nonce alone. Each
// factory takes an optional { nonce, timestamp } (for cross-checking) and returns () => header, which is a Promise
// for ours (signRequest is async) and a string for the others.
import { createHmac, randomFillSync, randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import querystring from 'node:querystring';
import { BASE_URI, BODY, BODY_STRING, CREDENTIALS, METHOD, QUERY, URL_WITH_QUERY } from './fixtures.mjs';

const require = createRequire(import.meta.url);
const { consumerKey, consumerSecret, token, tokenSecret } = CREDENTIALS;
const hmac = (base, key) => createHmac('sha1', key).update(base).digest('base64');
/** RFC 5849 §3.6 percent-encoding, as short as it gets: encodeURIComponent plus the five characters it leaves. */
const enc = (s) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

// The hand-written signers' nonce: 4 KiB from randomFillSync turned into hex once, then 32 hex characters (16
// random bytes) sliced off per call, about 70 ns. (randomBytes(16).toString('hex') per call cost several µs here.)
const RANDOM_POOL = Buffer.allocUnsafe(4096);
let hexPool = '';
let hexOffset = 0;
function nonceFromPool() {
  if (hexOffset + 32 > hexPool.length) {
    hexPool = randomFillSync(RANDOM_POOL).toString('hex');
    hexOffset = 0;
  }
  hexOffset += 32;
  return hexPool.slice(hexOffset - 32, hexOffset);
}

export async function loadSigners() {
  const { signRequest, percentEncode } = await import('../dist/index.node.js');
  const OAuth = require('oauth-1.0a');
  const oauthSign = require('oauth-sign');
  // twitter-api-v2 signs in ClientRequestMaker.writeAuthHeaders (client-mixins/request-maker.mixin.js): its URL
  // without the query, and the query and url-encoded body merged by mergeQueryAndBodyForOAuth, go to
  // OAuth1Helper.authorize, whose result goes to toHeader.
  const { OAuth1Helper } = require('twitter-api-v2/dist/cjs/client-mixins/oauth1.helper.js');
  const { default: RequestParamHelpers } = require('twitter-api-v2/dist/cjs/client-mixins/request-param.helper.js');

  return [
    {
      name: 'ours',
      async: true,
      make(fixed) {
        const request = { method: METHOD, url: URL_WITH_QUERY, body: BODY };
        const options = fixed ? { nonce: fixed.nonce, timestamp: fixed.timestamp } : undefined;
        return () => signRequest(request, CREDENTIALS, options);
      },
    },
    {
      // What the middleware signs for an `api` call: the body read back from the Request as text.
      name: 'ours (body as form string)',
      async: true,
      informational: true,
      make(fixed) {
        const request = { method: METHOD, url: URL_WITH_QUERY, body: BODY_STRING };
        const options = fixed ? { nonce: fixed.nonce, timestamp: fixed.timestamp } : undefined;
        return () => signRequest(request, CREDENTIALS, options);
      },
    },
    {
      name: 'oauth-1.0a',
      make(fixed) {
        const oauth = OAuth({ consumer: { key: consumerKey, secret: consumerSecret }, signature_method: 'HMAC-SHA1', hash_function: hmac });
        if (fixed) {
          oauth.getNonce = () => fixed.nonce;
          oauth.getTimeStamp = () => fixed.timestamp;
        }
        const tokenPair = { key: token, secret: tokenSecret };
        const data = { ...BODY };
        return () => oauth.toHeader(oauth.authorize({ url: URL_WITH_QUERY, method: METHOD, data }, tokenPair)).Authorization;
      },
    },
    {
      // oauth-sign only signs; the rest is what the `request` library did around it (lib/oauth.js): a nonce from a
      // UUID, the clock, the query parsed from the URL merged with the form and the oauth_* parameters, and the
      // header with rfc3986-encoded values.
      name: 'oauth-sign',
      make(fixed) {
        const form = { ...BODY };
        return () => {
          const oa = {
            oauth_consumer_key: consumerKey,
            oauth_nonce: fixed ? fixed.nonce : randomUUID().replace(/-/g, ''),
            oauth_signature_method: 'HMAC-SHA1',
            oauth_timestamp: String(fixed ? fixed.timestamp : Math.floor(Date.now() / 1000)),
            oauth_token: token,
            oauth_version: '1.0',
          };
          const q = URL_WITH_QUERY.indexOf('?');
          const baseUri = q === -1 ? URL_WITH_QUERY : URL_WITH_QUERY.slice(0, q);
          const params = { ...(q === -1 ? {} : querystring.parse(URL_WITH_QUERY.slice(q + 1))), ...form, ...oa };
          oa.oauth_signature = oauthSign.hmacsign(METHOD, baseUri, params, consumerSecret, tokenSecret);
          return `OAuth ${Object.keys(oa)
            .sort()
            .map((k) => `${k}="${oauthSign.rfc3986(oa[k])}"`)
            .join(', ')}`;
        };
      },
    },
    {
      name: 'twitter-api-v2',
      make(fixed) {
        const helper = new OAuth1Helper({ consumerKeys: { key: consumerKey, secret: consumerSecret } });
        if (fixed) {
          helper.getNonce = () => fixed.nonce;
          helper.getTimestamp = () => fixed.timestamp;
        }
        const accessTokens = { key: token, secret: tokenSecret };
        const query = { ...QUERY };
        const body = { ...BODY };
        return () => {
          const data = RequestParamHelpers.mergeQueryAndBodyForOAuth(query, body);
          return helper.toHeader(helper.authorize({ url: BASE_URI, method: METHOD, data }, accessTokens)).Authorization;
        };
      },
    },
    {
      // The lower bound: the minimum work any signer must do for this request, written by hand for it alone. On
      // every call it percent-encodes every name and value, joins them in the request's known sorted order (no
      // parsing, no sorting), encodes that for the base string, signs it with node:crypto and writes the header.
      // Its nonce comes from nonceFromPool (below), the cheapest honest source we know of, and it encodes with the
      // fastest exact encoder we know of: the package's own percentEncode for names and values, and plain
      // encodeURIComponent for the normalized string (exact there: it holds no ! ' ( ) *).
      name: 'lower bound',
      bound: true,
      make(fixed) {
        const enc = percentEncode;
        const data = { ...BODY };
        const query = { ...QUERY };
        return () => {
          const nonce = fixed ? fixed.nonce : nonceFromPool();
          const timestamp = String(fixed ? fixed.timestamp : Math.floor(Date.now() / 1000));
          const params =
            `description=${enc(data.description)}&include_entities=${enc(query.include_entities)}&location=${enc(data.location)}` +
            `&name=${enc(data.name)}&oauth_consumer_key=${enc(consumerKey)}&oauth_nonce=${enc(nonce)}` +
            `&oauth_signature_method=HMAC-SHA1&oauth_timestamp=${timestamp}&oauth_token=${enc(token)}&oauth_version=1.0` +
            `&skip_status=${enc(query.skip_status)}&url=${enc(data.url)}`;
          const key = `${enc(consumerSecret)}&${enc(tokenSecret)}`;
          const signature = createHmac('sha1', key).update(`${METHOD}&${enc(BASE_URI)}&${encodeURIComponent(params)}`).digest('base64');
          return (
            `OAuth oauth_consumer_key="${enc(consumerKey)}", oauth_nonce="${enc(nonce)}", oauth_signature="${enc(signature)}", ` +
            `oauth_signature_method="HMAC-SHA1", oauth_timestamp="${timestamp}", oauth_token="${enc(token)}", oauth_version="1.0"`
          );
        };
      },
    },
    {
      // Informational, and not a bound: the base string of this one request written out once as constants, so that
      // a header costs only a nonce, the clock, one HMAC-SHA1 and concatenation. It computes no base string at all.
      name: 'HMAC + nonce only (no base string)',
      informational: true,
      make(fixed) {
        const key = `${enc(consumerSecret)}&${enc(tokenSecret)}`;
        // Parameters in byte order of their encoded names: description, include_entities, location, name, oauth_*,
        // skip_status, url. Everything up to the nonce, between nonce and timestamp, and after the timestamp.
        const head =
          `POST&${enc(BASE_URI)}&` +
          enc(
            `description=${enc(BODY.description)}&include_entities=true&location=${enc(BODY.location)}` +
              `&name=${enc(BODY.name)}&oauth_consumer_key=${consumerKey}&oauth_nonce=`,
          );
        const middle = enc('&oauth_signature_method=HMAC-SHA1&oauth_timestamp=');
        const tail = enc(`&oauth_token=${enc(token)}&oauth_version=1.0&skip_status=t&url=${enc(BODY.url)}`);
        const h1 = `OAuth oauth_consumer_key="${consumerKey}", oauth_nonce="`;
        const h3 = `", oauth_signature_method="HMAC-SHA1", oauth_timestamp="`;
        const h4 = `", oauth_token="${enc(token)}", oauth_version="1.0"`;
        return () => {
          const nonce = fixed ? fixed.nonce : nonceFromPool();
          const timestamp = fixed ? fixed.timestamp : Math.floor(Date.now() / 1000);
          const signature = createHmac('sha1', key).update(`${head}${nonce}${middle}${timestamp}${tail}`).digest('base64');
          return `${h1}${nonce}", oauth_signature="${encodeURIComponent(signature)}${h3}${timestamp}${h4}`;
        };
      },
    },
  ];
}

/** The parameters of an `OAuth k="v", …` header, decoded. */
export function parseHeader(header) {
  if (typeof header !== 'string' || !header.startsWith('OAuth ')) throw new Error(`not an OAuth header: ${header}`);
  const params = {};
  for (const [, k, v] of header.slice(6).matchAll(/\s*([^=,\s]+)="([^"]*)"\s*,?/g)) params[decodeURIComponent(k)] = decodeURIComponent(v);
  return params;
}
