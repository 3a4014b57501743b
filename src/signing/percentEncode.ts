// RFC 5849 §3.6: UTF-8, then every byte except the unreserved A-Z a-z 0-9 - . _ ~ as %XX with upper-case hex.
// encodeURIComponent already does all of that except for ! ' ( ) *, which it leaves alone — the classic bug behind
// "401 / code 32 whenever the text contains a !".
const LEFT_BY_ENCODE_URI_COMPONENT = /[!'()*]/g;
// A lone surrogate cannot be UTF-8 encoded; URLSearchParams (what goes on the wire) sends U+FFFD for it.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function hex(char: string): string {
  return `%${char.charCodeAt(0).toString(16).toUpperCase()}`;
}

const UNRESERVED_ONLY = /^[A-Za-z0-9._~-]*$/;

/** Percent-encodes a parameter name or value exactly as RFC 5849 §3.6 (and Twitter's signing guide) require. */
export function percentEncode(value: string): string {
  // Most names and many values need nothing: skip the encoder for them (the signer's hottest path).
  if (UNRESERVED_ONLY.test(value)) return value;
  let encoded: string;
  try {
    encoded = encodeURIComponent(value);
  } catch {
    encoded = encodeURIComponent(value.replace(LONE_SURROGATE, '\uFFFD'));
  }
  return encoded.replace(LEFT_BY_ENCODE_URI_COMPONENT, hex);
}

