// Faster routes through the two costliest steps of signing a typical request, for the Node entry only: each is
// exact for the inputs it accepts and leaves every other input (undefined) to the generic route in ./oauth.ts. The
// browser entry goes without them: Web Crypto's HMAC costs far more per signature than they save, and they would
// add about 0.4 kB (gzip) to its bundle.
import type { Shortcuts } from './oauth.js';

// An http(s) URL that the URL parser would only lower-case, so that its base string URI and query are plain
// substrings: a host of ASCII labels whose last starts with a letter (so not an IPv4 address), no port, userinfo
// or backslash, and a path of characters the parser leaves alone.
const PLAIN_URL = /^(https?:\/\/(?:[a-z0-9-]+\.)*[a-z][a-z0-9-]*)(\/[\w\-.~!$&'()*+,;=:@%/]*)?(?:\?([^#]*))?(?:#|$)/i;
// Also left to the URL parser: tabs and newlines (it removes them), a trailing control or space (it trims them),
// dot segments (it resolves them) and IDNA labels (it checks them).
const PARSER_WORK = /[\t\n\r]|[\0- ]$|\/(?:\.|%2e){1,2}(?:[/?#]|$)|xn--/i;

// What the application/x-www-form-urlencoded serializer (URLSearchParams, a Request's form body) writes: A-Z a-z
// 0-9 * - . _ as they are, a space as +, every other byte as upper-case %XX. So: no escape of an unreserved
// character but ~ (%7E), and the escaped bytes are well-formed UTF-8 (no overlong forms, surrogates or values
// above U+10FFFF). Decoding such text and encoding it again by §3.6 only changes +, * and %7E.
const ESCAPED_ASCII = '[01][0-9A-F]|2[0-9A-CF]|3[A-F]|40|5[B-E]|60|7[B-F]';
const CONTINUATION = '%[89AB][0-9A-F]';
const ESCAPED_UTF8 = [
  `(?:C[2-9A-F]|D[0-9A-F])${CONTINUATION}`, // two bytes, none overlong (C0, C1)
  `E0%[AB][0-9A-F]${CONTINUATION}`, // three bytes, none overlong
  `E[1-9A-CEF](?:${CONTINUATION}){2}`,
  `ED%[89][0-9A-F]${CONTINUATION}`, // no surrogates
  `F0%[9AB][0-9A-F](?:${CONTINUATION}){2}`, // four bytes, none overlong
  `F[1-3](?:${CONTINUATION}){3}`,
  `F4%8[0-9A-F](?:${CONTINUATION}){2}`, // nothing above U+10FFFF
].join('|');
const SERIALIZED_FORM = new RegExp(`^(?:[\\w.*+-]|%(?:${ESCAPED_ASCII}|${ESCAPED_UTF8}))*$`);

/** [base string URI, query] of a plain URL, without the URL parser. */
function splitUrl(url: string): [uri: string, query: string] | undefined {
  const plain = PARSER_WORK.test(url) ? null : PLAIN_URL.exec(url);
  if (!plain) return undefined;
  const [, origin = '', path = '/', query = ''] = plain;
  return [origin.toLowerCase() + path, query];
}

/** A serializer's output in §3.6 form, by hand in one pass: + as %20, * as %2A, %7E as ~; the rest is the same. */
function formPercentEncode(text: string): string | undefined {
  if (!SERIALIZED_FORM.test(text)) return undefined;
  let out = '';
  let copied = 0;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    const tilde = code === 37 && text.startsWith('%7E', at);
    if (code !== 43 && code !== 42 && !tilde) continue;
    out += `${text.slice(copied, at)}${code === 43 ? '%20' : code === 42 ? '%2A' : '~'}`;
    copied = tilde ? at + 3 : at + 1;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

export const shortcuts: Shortcuts = { splitUrl, formPercentEncode };
