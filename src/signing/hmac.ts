// HMAC-SHA1 on Web Crypto: available in browsers, Deno, Bun, edge runtimes and Node, and adds nothing to a bundle.
import type { HmacSha1 } from './oauth.js';

const encoder = new TextEncoder();

export const hmacSha1: HmacSha1 = async (key, text) => {
  const cryptoKey = await crypto.subtle.importKey('raw', encoder.encode(key), { name: 'HMAC', hash: 'SHA-1' }, false, [
    'sign',
  ]);
  // A SHA-1 digest is 20 bytes: few enough to pass as arguments.
  return btoa(String.fromCharCode(...new Uint8Array(await crypto.subtle.sign('HMAC', cryptoKey, encoder.encode(text)))));
};
