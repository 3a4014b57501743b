// Image uploads: the accepted inputs, checked before sending (format by magic bytes, size, banner dimensions),
// handed over as bytes for a multipart part or as a base64 string; and the URL helpers of the profile-images guide.
import { TwitterValidationError } from './errors.js';
import { IMAGE_FORMATS, PROFILE_BANNER_SIZES, type ImageFormat, type ImageRules, type ProfileBannerVariant } from './limits.js';

/**
 * An image as callers have it: bytes (Blob, File, ArrayBuffer, Uint8Array or another view) or base64 text.
 * A `data:image/…;base64,` prefix is stripped (Twitter itself refuses it with "media type unrecognized.").
 */
export type ImageInput = Blob | ArrayBuffer | ArrayBufferView | string;

/** The file extension of each format, for multipart file names and avatar URLs. */
export const IMAGE_EXTENSIONS: Record<ImageFormat, string> = { 'image/gif': 'gif', 'image/jpeg': 'jpg', 'image/png': 'png' };

/** An image that passed the checks. */
export interface CheckedImage {
  type: ImageFormat;
  size: number;
  width?: number;
  height?: number;
  /**
   * The bytes for a multipart part, copied nowhere: a view of the caller's bytes, the caller's Blob (whatever type it
   * states; the part is sent as `type`), or, from base64, the decoded bytes.
   */
  data(): Uint8Array | Blob;
  /** The bytes in base64: what a form body carries. */
  toBase64(): Promise<string>;
}

// Enough of the file to find a JPEG's frame header behind its EXIF block.
export const HEAD_BYTES = 128 * 1024;
// data:<type>[;param=value…][;base64], — the format is still read from the bytes.
const DATA_URL = /^data:([^;,]*)((?:;[^;,]*)*),/i;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

export function sniff(head: Uint8Array): ImageFormat | undefined {
  const starts = (...bytes: number[]) => bytes.every((b, i) => head[i] === b);
  if (starts(0x47, 0x49, 0x46, 0x38) && (head[4] === 0x37 || head[4] === 0x39) && head[5] === 0x61) return 'image/gif';
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  return undefined;
}

/** Width and height from the file header; undefined when the header does not reach them. */
export function dimensions(type: ImageFormat, b: Uint8Array): { width: number; height: number } | undefined {
  const u16be = (i: number) => ((b[i] ?? 0) << 8) | (b[i + 1] ?? 0);
  const u32be = (i: number) => u16be(i) * 65536 + u16be(i + 2);
  if (type === 'image/png') return b.length >= 24 ? { width: u32be(16), height: u32be(20) } : undefined;
  if (type === 'image/gif') {
    return b.length >= 10 ? { width: (b[6] ?? 0) | ((b[7] ?? 0) << 8), height: (b[8] ?? 0) | ((b[9] ?? 0) << 8) } : undefined;
  }
  // JPEG: walk the marker segments to the first start-of-frame (SOF0–SOF15 but DHT, JPG and DAC).
  let i = 2;
  while (i + 9 < b.length && b[i] === 0xff) {
    const marker = b[i + 1] ?? 0;
    if (marker === 0xff) {
      i += 1;
      continue;
    }
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: u16be(i + 5), width: u16be(i + 7) };
    }
    i += marker >= 0xd0 && marker <= 0xd9 ? 2 : 2 + u16be(i + 2);
  }
  return undefined;
}

function bytesToBase64(bytes: Uint8Array): string {
  let out = '';
  // btoa takes a binary string; go in chunks small enough for String.fromCharCode's argument limit and a multiple
  // of 3 bytes long, so that no chunk but the last is padded.
  const chunk = 3 * 8192;
  for (let i = 0; i < bytes.length; i += chunk) {
    out += btoa(String.fromCharCode(...bytes.subarray(i, i + chunk)));
  }
  return out;
}

function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Base64 text without its data: prefix and line breaks, or a validation error saying what is wrong with it. */
function cleanBase64(input: string, field: string): string {
  let text = input.trim();
  const dataUrl = DATA_URL.exec(text);
  if (dataUrl) {
    const declared = (dataUrl[1] ?? '').toLowerCase().replace('image/jpg', 'image/jpeg');
    if (!/;base64$/i.test(dataUrl[2] ?? '') || !(IMAGE_FORMATS as readonly string[]).includes(declared)) {
      throw new TwitterValidationError(field, `${field} is a data: URL that is not a base64 GIF, JPEG or PNG`);
    }
    text = text.slice(dataUrl[0].length);
  } else if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) {
    throw new TwitterValidationError(field, `${field} is a URL: Twitter takes the image itself, not a link to it`);
  }
  text = text.replace(/\s+/g, '');
  if (text.length % 4 !== 0 || !BASE64.test(text)) {
    throw new TwitterValidationError(field, `${field} is not valid base64 (standard alphabet, padded)`);
  }
  return text;
}

/**
 * Checks an image against the rules of its field before anything is sent: not empty, GIF/JPEG/PNG by its magic
 * bytes, under the byte limit, and within the pixel dimensions when the field has them (banners).
 */
export async function checkImage(input: ImageInput, rules: ImageRules, field: string): Promise<CheckedImage> {
  let size: number;
  let head: Uint8Array;
  let blob: Blob | undefined;
  let bytes: Uint8Array | undefined;
  let base64: string | undefined;

  if (typeof input === 'string') {
    base64 = cleanBase64(input, field);
    const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
    size = (base64.length / 4) * 3 - padding;
    head = base64ToBytes(base64.slice(0, Math.floor(HEAD_BYTES / 3) * 4));
  } else if (input instanceof Blob) {
    blob = input;
    size = input.size;
    head = new Uint8Array(await input.slice(0, HEAD_BYTES).arrayBuffer());
  } else if (input instanceof ArrayBuffer || ArrayBuffer.isView(input)) {
    bytes = input instanceof ArrayBuffer ? new Uint8Array(input) : new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
    size = bytes.byteLength;
    head = bytes.subarray(0, HEAD_BYTES);
  } else {
    throw new TwitterValidationError(field, `${field} must be a Blob, File, ArrayBuffer, Uint8Array or base64 string`);
  }

  if (size === 0) throw new TwitterValidationError(field, `${field} is empty`);
  const type = sniff(head);
  if (!type) throw new TwitterValidationError(field, `${field} is not a GIF, JPEG or PNG (checked by its first bytes)`);
  if (size > rules.maxBytes) {
    throw new TwitterValidationError(field, `${field} is ${size} bytes; the maximum is ${rules.maxBytes}`);
  }
  const dims = dimensions(type, head);
  // A PNG or GIF states its size in its first bytes; one too short to is broken. A JPEG's frame header may lie
  // beyond the bytes read: then the size is not checked here, and Twitter judges it.
  if (!dims && type !== 'image/jpeg') throw new TwitterValidationError(field, `${field} is a truncated ${type.slice(6).toUpperCase()}`);
  if (dims) {
    const { width, height } = dims;
    const { minWidth = 0, minHeight = 0, maxWidth = Infinity, maxHeight = Infinity } = rules;
    if (width < minWidth || height < minHeight || width > maxWidth || height > maxHeight) {
      throw new TwitterValidationError(
        field,
        `${field} is ${width}×${height}; Twitter takes ${minWidth}×${minHeight} to ${maxWidth}×${maxHeight}`,
      );
    }
  }

  return {
    type,
    size,
    ...dims,
    data() {
      return blob ?? bytes ?? base64ToBytes(base64 ?? '');
    },
    async toBase64() {
      if (base64 !== undefined) return base64;
      return bytesToBase64(bytes ?? new Uint8Array(await (blob ?? new Blob()).arrayBuffer()));
    },
  };
}

// --- URLs of the profile-images guide -----------------------------------------------------------------------------

/** The avatar renditions: `normal` 48×48 (what the API returns), `bigger` 73×73, `mini` 24×24, `original` as uploaded. */
export const PROFILE_IMAGE_SIZES = { normal: 48, bigger: 73, mini: 24 } as const;
export type ProfileImageVariant = keyof typeof PROFILE_IMAGE_SIZES | 'original';

const NORMAL_SUFFIX = /_normal(\.[A-Za-z0-9]+)?$/;
const DEFAULT_IMAGE = '/sticky/default_profile_images/';

function imageUrlOf(userOrUrl: string | { profile_image_url_https: string }): URL {
  const url = typeof userOrUrl === 'string' ? userOrUrl : userOrUrl.profile_image_url_https;
  if (!URL.canParse(url)) throw new TwitterValidationError('url', `${url} is not an absolute URL`);
  return new URL(url);
}

/** The URL of one avatar rendition, from a user or its `profile_image_url_https` (which is the `normal` one). */
export function profileImageUrl(
  userOrUrl: string | { profile_image_url_https: string },
  variant: ProfileImageVariant,
): string {
  const url = imageUrlOf(userOrUrl);
  if (!NORMAL_SUFFIX.test(url.pathname)) {
    throw new TwitterValidationError('url', `${url.href} is not a "_normal" profile image URL`);
  }
  url.pathname = url.pathname.replace(NORMAL_SUFFIX, (_, ext: string | undefined) =>
    variant === 'original' ? (ext ?? '') : `_${variant}${ext ?? ''}`,
  );
  return url.href;
}

/** All four avatar renditions. */
export function profileImageVariants(
  userOrUrl: string | { profile_image_url_https: string },
): Record<ProfileImageVariant, string> {
  const variants: ProfileImageVariant[] = ['normal', 'bigger', 'mini', 'original'];
  return Object.fromEntries(variants.map((v) => [v, profileImageUrl(userOrUrl, v)])) as Record<ProfileImageVariant, string>;
}

/** Whether a user still has Twitter's default avatar (by the flag, or by the default image's URL). */
export function isDefaultProfileImage(
  userOrUrl: string | { profile_image_url_https: string; default_profile_image?: boolean },
): boolean {
  if (typeof userOrUrl !== 'string' && userOrUrl.default_profile_image !== undefined) return userOrUrl.default_profile_image;
  return imageUrlOf(userOrUrl).pathname.includes(DEFAULT_IMAGE);
}

/**
 * The URLs of the nine banner renditions, from a user or its `profile_banner_url`; undefined for a user without a
 * banner. Each is the banner URL followed by `/` and the variant name.
 */
export function profileBannerUrls(
  userOrUrl: string | { profile_banner_url?: string },
): Record<ProfileBannerVariant, string> | undefined {
  const base = typeof userOrUrl === 'string' ? userOrUrl : userOrUrl.profile_banner_url;
  if (base === undefined) return undefined;
  const root = base.replace(/\/+$/, '');
  return Object.fromEntries(Object.keys(PROFILE_BANNER_SIZES).map((v) => [v, `${root}/${v}`])) as Record<
    ProfileBannerVariant,
    string
  >;
}
