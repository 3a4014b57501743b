// The package entry for Node (the "node" export condition): signs with node:crypto, several times faster per
// signature than Web Crypto, and takes the signer's faster routes for plain URLs and serialized forms (which the
// browser bundle goes without). Everything else is ./index.ts, and both export the same API.
import { createClientWith, type ClientOptions, type TwitterClient } from './client.js';
import { hmacSha1 } from './signing/hmac.node.js';
import { createSigner } from './signing/oauth.js';
import { shortcuts } from './signing/shortcuts.js';

export * from './index.shared.js';

/** Signs a request with OAuth 1.0a HMAC-SHA1 and resolves to its `Authorization` header value. */
export const signRequest = createSigner(hmacSha1, shortcuts);

/** A Twitter v1.1 profile client; see README.md for the methods. */
export function createClient(options: ClientOptions): TwitterClient {
  return createClientWith(signRequest, options);
}
