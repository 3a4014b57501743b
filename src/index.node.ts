// The package entry for Node (the "node" export condition): signs with node:crypto, several times faster per
// signature than Web Crypto, and streams multipart uploads with a Content-Length instead of copying them into FormData
// (./multipart.node.ts). Everything else is ./index.ts, and both export the same API.
import { createClientWith, type ClientOptions, type TwitterClient } from './client.js';
import { formDataBody } from './multipart.js';
import { streamedMultipartBody } from './multipart.node.js';
import { hmacSha1 } from './signing/hmac.node.js';
import { createSigner } from './signing/oauth.js';

export * from './index.shared.js';

/** Signs a request with OAuth 1.0a HMAC-SHA1 and resolves to its `Authorization` header value. */
export const signRequest = createSigner(hmacSha1);

// Bun and Deno resolve the "node" condition too, but their fetch sends a stream chunked whatever its Content-Length
// says (and Bun 1.3 streams a Blob slice on to the end of the Blob): they keep FormData. Node's fetch is undici.
const encodeMultipart = typeof process.versions['undici'] === 'string' ? streamedMultipartBody : formDataBody;

/** A Twitter v1.1 profile client; see README.md for the methods. */
export function createClient(options: ClientOptions): TwitterClient {
  return createClientWith({ signRequest, encodeMultipart }, options);
}
