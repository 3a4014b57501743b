// The fixed inputs every benchmark shares: credentials, the realistic update_profile request, a fixed nonce and
// timestamp for cross-checking signers, the User JSON the local server answers with, and the banner image.

/** X's documented example credentials (docs "Creating a signature"); any non-empty strings would do. */
export const CREDENTIALS = Object.freeze({
  consumerKey: 'xvz1evFS4wEEPTGEFPHBog',
  consumerSecret: 'kAcSOqF21Fu85e7zjz7ZN2U4ZRhfV3WpwPAoE3Z7kBw',
  token: '370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb',
  tokenSecret: 'LswwdoUaIvS8ltyTt5jkRh4J50vUPVVHtR2YPi5kE',
});

/** The same four secrets as twitter-api-v2 names them. */
export const TWITTER_API_V2_TOKENS = Object.freeze({
  appKey: CREDENTIALS.consumerKey,
  appSecret: CREDENTIALS.consumerSecret,
  accessToken: CREDENTIALS.token,
  accessSecret: CREDENTIALS.tokenSecret,
});

export const METHOD = 'POST';
export const BASE_URI = 'https://api.x.com/1.1/account/update_profile.json';
export const QUERY = Object.freeze({ include_entities: 'true', skip_status: 't' });
export const URL_WITH_QUERY = `${BASE_URI}?include_entities=true&skip_status=t`;

/** Four form body parameters with reserved characters, a non-ASCII letter and an astral-plane emoji. */
export const BODY = Object.freeze({
  name: "Sean (it's me!) 🐦",
  url: 'https://example.com/~sean?tab=posts&lang=en',
  location: 'Zürich, CH',
  description: 'Maths + code * coffee ~ 100% & more',
});

/** The body as it goes on the wire (and as our client signs it: read back from the Request). */
export const BODY_STRING = new URLSearchParams(BODY).toString();

/** For cross-checking: every signer is given these instead of its own nonce and clock. */
export const FIXED_NONCE = 'kYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg';
export const FIXED_TIMESTAMP = 1318622958;

/** The profile fields passed to updateProfile / updateAccountProfile in the request benchmark. */
export const PROFILE_FIELDS = Object.freeze({ ...BODY });

/** A fixed User object, shaped like the spec's User (taken from the emulator's account when dist/ has it). */
export async function userJson() {
  try {
    const { initialState, userObject } = await import('../dist/mock/state.js');
    const state = initialState({ name: BODY.name, location: BODY.location, description: BODY.description, url: BODY.url });
    return JSON.stringify(userObject(state, { includeEmail: false, includeEntities: true }));
  } catch {
    return JSON.stringify({ id: 2244994945, id_str: '2244994945', name: BODY.name, screen_name: 'TwitterDev' });
  }
}

export const BANNER_BYTES = 5_000_000;

/**
 * A banner our client's checks accept: the PNG signature and an IHDR chunk for 1500×500 (within the 200×100 …
 * 8192×8192 the spec allows), padded with pseudo-random bytes to `size` bytes (incompressible, as real images are).
 */
export function bannerPng(size = BANNER_BYTES) {
  const bytes = new Uint8Array(size);
  const header = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];
  bytes.set(header, 0);
  const view = new DataView(bytes.buffer);
  view.setUint32(16, 1500);
  view.setUint32(20, 500);
  bytes.set([8, 6, 0, 0, 0], 24); // bit depth, colour type RGBA, compression, filter, interlace
  let x = 0x9e3779b9;
  for (let i = 33; i < size; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    bytes[i] = x & 0xff;
  }
  return bytes;
}
