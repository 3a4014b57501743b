// The package entry for browsers, browser bundles and edge runtimes: signs with Web Crypto and uploads FormData. Node,
// Bun and Deno resolve ./index.node.ts instead (the "node" export condition); both export the same API.
import { createClientWith, type ClientOptions, type TwitterClient } from './client.js';
import { formDataBody } from './multipart.js';
import { hmacSha1 } from './signing/hmac.js';
import { createSigner } from './signing/oauth.js';

export * from './index.shared.js';

/** Signs a request with OAuth 1.0a HMAC-SHA1 and resolves to its `Authorization` header value. */
export const signRequest = createSigner(hmacSha1);

/** A Twitter v1.1 profile client; see README.md for the methods. */
export function createClient(options: ClientOptions): TwitterClient {
  return createClientWith({ signRequest, encodeMultipart: formDataBody }, options);
}
