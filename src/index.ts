// The package entry for browsers, Deno, Bun, edge runtimes and bundlers: signs with Web Crypto. Node resolves
// ./index.node.ts instead (the "node" export condition), which signs with node:crypto; both export the same API.
import { createClientWith, type ClientOptions, type TwitterClient } from './client.js';
import { hmacSha1 } from './signing/hmac.js';
import { createSigner } from './signing/oauth.js';

export * from './index.shared.js';

/** Signs a request with OAuth 1.0a HMAC-SHA1 and resolves to its `Authorization` header value. */
export const signRequest = createSigner(hmacSha1);

/** A Twitter v1.1 profile client; see README.md for the methods. */
export function createClient(options: ClientOptions): TwitterClient {
  return createClientWith(signRequest, options);
}
