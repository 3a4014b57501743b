import { describe, expect, it } from 'vitest';
import { TwitterValidationError } from '../src/errors.js';
import {
  checkImage,
  isDefaultProfileImage,
  profileBannerUrls,
  profileImageUrl,
  profileImageVariants,
  type ImageInput,
} from '../src/images.js';
import { PROFILE_BANNER_RULES, PROFILE_BANNER_SIZES, PROFILE_IMAGE_RULES } from '../src/limits.js';
import { thrown } from './helpers/caught.js';
import { ascii, concat, gif, jpeg, noise, png, pngOfSize, type Bytes } from './helpers/images.js';

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
const bytesOf = async (data: Blob | Uint8Array): Promise<Bytes> =>
  data instanceof Blob ? new Uint8Array(await data.arrayBuffer()) : Uint8Array.from(data);
const AVATAR = PROFILE_IMAGE_RULES;
const BANNER = PROFILE_BANNER_RULES;

/** Awaits a refusal: a TwitterValidationError about `field` whose message matches `message`. */
async function expectRefused(result: Promise<unknown>, field: string, message: RegExp): Promise<void> {
  await expect(result).rejects.toThrow(TwitterValidationError);
  await expect(result).rejects.toThrow(message);
  await expect(result).rejects.toMatchObject({ field });
}


// --- checkImage -------------------------------------------------------------------------------------------------------

describe('checkImage accepts', () => {
  const image = png(48, 40);

  it('a Blob, and reports its type, size, width and height', async () => {
    const checked = await checkImage(new Blob([image], { type: 'image/png' }), AVATAR, 'image');
    expect(checked).toMatchObject({ type: 'image/png', size: image.length, width: 48, height: 40 });
  });

  it('a File', async () => {
    const checked = await checkImage(new File([image], 'avatar.png', { type: 'image/png' }), AVATAR, 'image');
    expect(checked).toMatchObject({ type: 'image/png', size: image.length, width: 48, height: 40 });
  });

  it('an ArrayBuffer', async () => {
    const checked = await checkImage(image.slice().buffer, AVATAR, 'image');
    expect(checked).toMatchObject({ type: 'image/png', size: image.length, width: 48, height: 40 });
  });

  it('a Uint8Array', async () => {
    const checked = await checkImage(image, AVATAR, 'image');
    expect(checked).toMatchObject({ type: 'image/png', size: image.length, width: 48, height: 40 });
  });

  it('a Uint8Array view into a larger buffer, reading only the viewed bytes', async () => {
    const larger = concat(ascii('RIFF junk'), image, noise(100));
    const view = new Uint8Array(larger.buffer, 9, image.length);
    const checked = await checkImage(view, AVATAR, 'image');
    expect(checked).toMatchObject({ type: 'image/png', size: image.length, width: 48, height: 40 });
    expect(await bytesOf(checked.data())).toEqual(image);
    expect(await checked.toBase64()).toBe(base64(image));
  });

  it('a Node Buffer that starts inside its ArrayBuffer (as pooled Buffers do)', async () => {
    const buffer = Buffer.concat([Buffer.from('junk'), image]).subarray(4);
    expect(buffer.byteOffset).toBeGreaterThanOrEqual(4);
    const checked = await checkImage(buffer, AVATAR, 'image');
    expect(checked).toMatchObject({ type: 'image/png', size: image.length, width: 48, height: 40 });
    expect(await bytesOf(checked.data())).toEqual(image);
  });

  it('another ArrayBufferView (a DataView)', async () => {
    const larger = concat(noise(5), image);
    const checked = await checkImage(new DataView(larger.buffer, 5), AVATAR, 'image');
    expect(checked).toMatchObject({ type: 'image/png', size: image.length, width: 48, height: 40 });
  });

  it('base64 text, and reports the decoded size', async () => {
    const checked = await checkImage(base64(image), AVATAR, 'image');
    expect(checked).toMatchObject({ type: 'image/png', size: image.length, width: 48, height: 40 });
  });

  it('base64 broken into lines', async () => {
    const lines = (base64(image).match(/.{1,76}/g) ?? []).join('\r\n');
    expect(lines).toContain('\r\n');
    const checked = await checkImage(`${lines}\n`, AVATAR, 'image');
    expect(checked).toMatchObject({ type: 'image/png', size: image.length, width: 48, height: 40 });
    expect(await checked.toBase64()).toBe(base64(image));
  });

  it('a data:image/png;base64, URL, with the prefix stripped', async () => {
    const checked = await checkImage(`data:image/png;base64,${base64(image)}`, AVATAR, 'image');
    expect(checked).toMatchObject({ type: 'image/png', size: image.length, width: 48, height: 40 });
    expect(await checked.toBase64()).toBe(base64(image));
  });

  it.each([
    ['no padding', 3 * 40, ''],
    ['one = of padding', 3 * 40 + 2, '='],
    ['two = of padding', 3 * 40 + 1, '=='],
  ])('base64 with %s, reporting the decoded size', async (_padding, size, padding) => {
    const text = base64(pngOfSize(size));
    expect(text.match(/=*$/)?.[0]).toBe(padding);
    expect((await checkImage(text, AVATAR, 'image')).size).toBe(size);
  });

  it('a GIF, with the size of its logical screen', async () => {
    const image = gif(300, 120);
    const checked = await checkImage(image, BANNER, 'banner');
    expect(checked).toMatchObject({ type: 'image/gif', size: image.length, width: 300, height: 120 });
  });

  it('a JPEG, with the size of its frame', async () => {
    const image = jpeg(13, 9);
    const checked = await checkImage(image, AVATAR, 'image');
    expect(checked).toMatchObject({ type: 'image/jpeg', size: image.length, width: 13, height: 9 });
  });

  it('a JPEG whose frame header comes after large EXIF segments, still with its size', async () => {
    const image = jpeg(1500, 500, [65_533, 30_000]);
    expect(image.length).toBeGreaterThan(95_000);
    expect(await checkImage(image, BANNER, 'banner')).toMatchObject({ type: 'image/jpeg', width: 1500, height: 500 });
    expect(await checkImage(base64(image), BANNER, 'banner')).toMatchObject({ width: 1500, height: 500 });
    expect(await checkImage(new Blob([image]), BANNER, 'banner')).toMatchObject({ width: 1500, height: 500 });
  });

  it('a JPEG whose frame header lies beyond the first 128 KiB, without width and height', async () => {
    const image = jpeg(1500, 500, [65_533, 65_533]);
    const checked = await checkImage(image, AVATAR, 'image');
    expect(checked.type).toBe('image/jpeg');
    expect(checked.width).toBeUndefined();
    expect(checked.height).toBeUndefined();
  });

  it('an avatar of any pixel size: only banners have dimension rules', async () => {
    expect(await checkImage(png(8193, 3), AVATAR, 'image')).toMatchObject({ width: 8193, height: 3 });
  });
});

describe('checkImage refuses', () => {
  it.each([
    ['an empty Blob', new Blob([])],
    ['an empty ArrayBuffer', new ArrayBuffer(0)],
    ['an empty Uint8Array', new Uint8Array(0)],
    ['an empty string', ''],
    ['a string of white space', ' \n\t '],
    ['a data: URL without data', 'data:image/png;base64,'],
  ] satisfies [string, ImageInput][])('%s as empty', async (_what, input) => {
    await expectRefused(checkImage(input, AVATAR, 'image'), 'image', /^image is empty$/);
  });

  it.each([
    ['a WebP', concat(ascii('RIFF'), Uint8Array.from([36, 0, 0, 0]), ascii('WEBPVP8 '), noise(28))],
    ['a BMP', concat(ascii('BM'), noise(60))],
    ['text', ascii('hello, this is not an image')],
    ['a GIF signature of an unknown version', concat(ascii('GIF88a'), noise(20))],
    ['a PNG signature cut short', Uint8Array.from([0x89, 0x50, 0x4e, 0x47])],
  ])('%s as not a GIF, JPEG or PNG', async (_what, bytes) => {
    const message = /^image is not a GIF, JPEG or PNG/;
    await expectRefused(checkImage(bytes, AVATAR, 'image'), 'image', message);
    await expectRefused(checkImage(new Blob([bytes], { type: 'image/png' }), AVATAR, 'image'), 'image', message);
  });

  it('base64 of something that is not an image', async () => {
    await expectRefused(checkImage(base64(ascii('plain text!!')), AVATAR, 'image'), 'image', /not a GIF, JPEG or PNG/);
  });

  it.each([
    'https://pbs.twimg.com/profile_images/1683899100922511378/5lY42eHs_normal.jpg',
    'http://example.com/avatar.png',
    '  HTTPS://EXAMPLE.COM/A.PNG',
    'file:///home/me/avatar.png',
  ])('a URL (%s), saying Twitter takes the image itself', async (url) => {
    await expectRefused(checkImage(url, AVATAR, 'image'), 'image', /^image is a URL: Twitter takes the image itself/);
  });

  it.each([
    ['of another image type', `data:image/webp;base64,${base64(png(1, 1))}`],
    ['of a non-image type', `data:text/plain;base64,${base64(png(1, 1))}`],
    ['that is not base64', 'data:image/png,%89PNG%0D%0A'],
  ])('a data: URL %s', async (_what, url) => {
    const message = /^image is a data: URL that is not a base64 GIF, JPEG or PNG$/;
    await expectRefused(checkImage(url, AVATAR, 'image'), 'image', message);
  });

  it.each([
    ['characters outside the alphabet', `${base64(png(1, 1)).slice(0, -4)}ab!c`],
    ['the URL-safe alphabet', base64(noise(30, 7)).replace(/\+/g, '-').replace(/\//g, '_').replace(/^./, '-')],
    ['a length that is not a multiple of 4', base64(png(1, 1)).slice(0, -1)],
    ['padding in the middle', `iVBO=Rw0KGgo${'A'.repeat(4)}`],
    ['three = of padding', 'iVBORw0KGgoAA===' ],
  ])('malformed base64: %s', async (_what, text) => {
    await expectRefused(checkImage(text, AVATAR, 'image'), 'image', /^image is not valid base64 \(standard alphabet, padded\)$/);
  });

  it('an avatar of exactly the byte limit is accepted, one byte more is refused', async () => {
    const atLimit = pngOfSize(AVATAR.maxBytes);
    expect((await checkImage(atLimit, AVATAR, 'image')).size).toBe(AVATAR.maxBytes);
    const over = pngOfSize(AVATAR.maxBytes + 1);
    const message = new RegExp(`^image is ${AVATAR.maxBytes + 1} bytes; the maximum is ${AVATAR.maxBytes}$`);
    await expectRefused(checkImage(over, AVATAR, 'image'), 'image', message);
  });

  it('the byte limit holds for base64 and Blob avatars too, counted in decoded bytes', async () => {
    const atLimit = pngOfSize(AVATAR.maxBytes);
    const over = pngOfSize(AVATAR.maxBytes + 1);
    expect((await checkImage(base64(atLimit), AVATAR, 'image')).size).toBe(AVATAR.maxBytes);
    expect((await checkImage(new Blob([atLimit]), AVATAR, 'image')).size).toBe(AVATAR.maxBytes);
    const message = new RegExp(`^image is ${AVATAR.maxBytes + 1} bytes`);
    await expectRefused(checkImage(base64(over), AVATAR, 'image'), 'image', message);
    await expectRefused(checkImage(new Blob([over]), AVATAR, 'image'), 'image', message);
  });

  it('a banner one byte over its byte limit', async () => {
    const over = concat(png(1500, 500), new Uint8Array(BANNER.maxBytes + 1 - png(1500, 500).length));
    const message = new RegExp(`^banner is ${BANNER.maxBytes + 1} bytes; the maximum is ${BANNER.maxBytes}$`);
    await expectRefused(checkImage(over, BANNER, 'banner'), 'banner', message);
  });

  it.each([
    [199, 100],
    [200, 99],
    [8193, 100],
    [200, 8193],
    [1, 1],
  ])('a %i×%i PNG banner, naming both sizes', async (width, height) => {
    await expectRefused(
      checkImage(png(width, height), BANNER, 'banner'),
      'banner',
      new RegExp(`^banner is ${width}×${height}; Twitter takes 200×100 to 8192×8192$`),
    );
  });

  it.each([
    ['GIF', gif(199, 100)],
    ['JPEG', jpeg(200, 99)],
    ['JPEG behind EXIF', jpeg(8193, 500, [40_000])],
  ])('an undersized or oversized %s banner', async (_kind, image) => {
    const message = /^banner is \d+×\d+; Twitter takes 200×100 to 8192×8192$/;
    await expectRefused(checkImage(image, BANNER, 'banner'), 'banner', message);
  });

  it.each([
    [200, 100],
    [8192, 8192],
    [1500, 500],
  ])('(but accepts) a %i×%i banner at or within the limits', async (width, height) => {
    expect(await checkImage(png(width, height), BANNER, 'banner')).toMatchObject({ width, height });
  });

  it.each([
    ['a number', 42],
    ['a plain object', { data: 'iVBORw0KGgo=' }],
    ['an array of bytes', [0x89, 0x50, 0x4e, 0x47]],
    ['null', null],
    ['undefined', undefined],
  ])('%s as the wrong kind of input', async (_what, input) => {
    await expectRefused(
      checkImage(input as unknown as ImageInput, AVATAR, 'image'),
      'image',
      /^image must be a Blob, File, ArrayBuffer, Uint8Array or base64 string$/,
    );
  });

  it('naming the field it was given', async () => {
    await expectRefused(checkImage('', BANNER, 'banner'), 'banner', /^banner is empty$/);
  });
});

describe('CheckedImage.data', () => {
  const image = png(10, 10);

  it.each(['image/png', '', 'application/octet-stream', 'image/jpeg'])(
    'is the very Blob it was given, of type "%s", while type says image/png',
    async (blobType) => {
      const blob = new Blob([image], { type: blobType });
      const checked = await checkImage(blob, AVATAR, 'image');
      expect(checked.data()).toBe(blob);
      expect(checked.type).toBe('image/png');
      const file = new File([image], 'a.png', { type: blobType });
      expect((await checkImage(file, AVATAR, 'image')).data()).toBe(file);
    },
  );

  it('is a view of the bytes it was given, not a copy of them', async () => {
    const larger = concat(noise(3), image, noise(3));
    const data = (await checkImage(new Uint8Array(larger.buffer, 3, image.length), AVATAR, 'image')).data();
    expect(data).toBeInstanceOf(Uint8Array);
    expect((data as Uint8Array).buffer).toBe(larger.buffer);
    expect((data as Uint8Array).byteOffset).toBe(3);
    expect(await bytesOf(data)).toEqual(image);
    const buffer = image.slice().buffer;
    expect(((await checkImage(buffer, AVATAR, 'image')).data() as Uint8Array).buffer).toBe(buffer);
  });

  it.each([
    ['base64', () => base64(image)],
    ['a data: URL', () => `data:image/png;base64,${base64(image)}`],
  ] satisfies [string, () => ImageInput][])('is the decoded bytes of %s', async (_what, input) => {
    expect(await bytesOf((await checkImage(input(), AVATAR, 'image')).data())).toEqual(image);
  });
});

describe('CheckedImage.toBase64', () => {
  const pngHead = png(1, 1);
  it.each([
    ['a multiple of 3 bytes', 3 * 40],
    ['3n + 1 bytes', 3 * 40 + 1],
    ['3n + 2 bytes', 3 * 40 + 2],
    ['exactly one encoder chunk (24 KiB)', 3 * 8192],
    ['one byte past the first chunk', 3 * 8192 + 1],
    ['several chunks and a remainder of 2', 5 * 3 * 8192 + 2],
  ])('encodes %s like Buffer does, from bytes and from a Blob', async (_what, size) => {
    const bytes = concat(pngHead, noise(size - pngHead.length));
    expect(bytes.length).toBe(size);
    const expected = Buffer.from(bytes).toString('base64');
    expect(await (await checkImage(bytes, AVATAR, 'image')).toBase64()).toBe(expected);
    expect(await (await checkImage(new Blob([bytes]), AVATAR, 'image')).toBase64()).toBe(expected);
    const fromBuffer = await (await checkImage(bytes.slice().buffer, AVATAR, 'image')).toBase64();
    expect(new Uint8Array(Buffer.from(fromBuffer, 'base64'))).toEqual(bytes);
  });

  it('returns base64 input as it came, without prefix or line breaks', async () => {
    const text = base64(concat(pngHead, noise(500)));
    const wrapped = `data:image/png;base64,${(text.match(/.{1,64}/g) ?? []).join('\n')}`;
    expect(await (await checkImage(wrapped, AVATAR, 'image')).toBase64()).toBe(text);
  });
});

// --- URL helpers --------------------------------------------------------------------------------------------------------

const AVATAR_URL = 'https://pbs.twimg.com/profile_images/1683899100922511378/5lY42eHs_normal.jpg';
const DEFAULT_URL = 'https://abs.twimg.com/sticky/default_profile_images/default_profile_normal.png';
const BANNER_URL = 'https://pbs.twimg.com/profile_banners/1683525829212717057/1690213632';

describe('profileImageUrl and profileImageVariants', () => {
  it.each([
    ['normal', AVATAR_URL],
    ['bigger', 'https://pbs.twimg.com/profile_images/1683899100922511378/5lY42eHs_bigger.jpg'],
    ['mini', 'https://pbs.twimg.com/profile_images/1683899100922511378/5lY42eHs_mini.jpg'],
    ['original', 'https://pbs.twimg.com/profile_images/1683899100922511378/5lY42eHs.jpg'],
  ] as const)('give the %s rendition of a _normal URL', (variant, expected) => {
    expect(profileImageUrl(AVATAR_URL, variant)).toBe(expected);
  });

  it('give all four renditions at once', () => {
    expect(profileImageVariants(AVATAR_URL)).toEqual({
      normal: AVATAR_URL,
      bigger: 'https://pbs.twimg.com/profile_images/1683899100922511378/5lY42eHs_bigger.jpg',
      mini: 'https://pbs.twimg.com/profile_images/1683899100922511378/5lY42eHs_mini.jpg',
      original: 'https://pbs.twimg.com/profile_images/1683899100922511378/5lY42eHs.jpg',
    });
  });

  it('handle a URL without a file extension', () => {
    const url = 'https://pbs.twimg.com/profile_images/1683899100922511378/5lY42eHs_normal';
    expect(profileImageVariants(url)).toEqual({
      normal: url,
      bigger: 'https://pbs.twimg.com/profile_images/1683899100922511378/5lY42eHs_bigger',
      mini: 'https://pbs.twimg.com/profile_images/1683899100922511378/5lY42eHs_mini',
      original: 'https://pbs.twimg.com/profile_images/1683899100922511378/5lY42eHs',
    });
  });

  it('read the URL from a user object', () => {
    const user = { profile_image_url_https: AVATAR_URL, screen_name: 'TwitterDev' };
    expect(profileImageUrl(user, 'bigger')).toBe('https://pbs.twimg.com/profile_images/1683899100922511378/5lY42eHs_bigger.jpg');
    expect(profileImageVariants(user)).toEqual(profileImageVariants(AVATAR_URL));
  });

  it.each([
    'https://pbs.twimg.com/profile_images/1683899100922511378/5lY42eHs_bigger.jpg',
    'https://pbs.twimg.com/profile_images/1683899100922511378/5lY42eHs.jpg',
    'https://pbs.twimg.com/profile_images/1683899100922511378/5lY42eHs_normal.jpg/extra',
  ])('refuse a URL that is not a _normal one: %s', (url) => {
    const error = thrown(() => profileImageUrl(url, 'bigger'));
    expect(error).toBeInstanceOf(TwitterValidationError);
    expect(error).toMatchObject({ field: 'url', message: `${url} is not a "_normal" profile image URL` });
    expect(() => profileImageVariants(url)).toThrow(TwitterValidationError);
  });
});

describe('isDefaultProfileImage', () => {
  it('believes the default_profile_image flag of a user', () => {
    expect(isDefaultProfileImage({ profile_image_url_https: AVATAR_URL, default_profile_image: true })).toBe(true);
    expect(isDefaultProfileImage({ profile_image_url_https: DEFAULT_URL, default_profile_image: false })).toBe(false);
  });

  it('recognises the default avatar by its URL', () => {
    expect(isDefaultProfileImage(DEFAULT_URL)).toBe(true);
    expect(isDefaultProfileImage({ profile_image_url_https: DEFAULT_URL })).toBe(true);
  });

  it('says no for an uploaded avatar', () => {
    expect(isDefaultProfileImage(AVATAR_URL)).toBe(false);
    expect(isDefaultProfileImage({ profile_image_url_https: AVATAR_URL })).toBe(false);
  });
});

describe('profileBannerUrls', () => {
  const expected = Object.fromEntries(Object.keys(PROFILE_BANNER_SIZES).map((v) => [v, `${BANNER_URL}/${v}`]));

  it('gives the nine renditions as <profile_banner_url>/<variant>', () => {
    const urls = profileBannerUrls({ profile_banner_url: BANNER_URL });
    expect(Object.keys(urls ?? {}).sort()).toEqual(Object.keys(PROFILE_BANNER_SIZES).sort());
    expect(Object.keys(urls ?? {})).toHaveLength(9);
    expect(urls).toEqual(expected);
    expect(urls?.['1500x500']).toBe(`${BANNER_URL}/1500x500`);
  });

  it('takes the banner URL itself too', () => {
    expect(profileBannerUrls(BANNER_URL)).toEqual(expected);
  });

  it('does not double a trailing slash', () => {
    expect(profileBannerUrls(`${BANNER_URL}/`)).toEqual(expected);
    expect(profileBannerUrls({ profile_banner_url: `${BANNER_URL}//` })).toEqual(expected);
  });

  it('is undefined for a user without a banner', () => {
    expect(profileBannerUrls({})).toBeUndefined();
    const user: { profile_image_url_https: string; profile_banner_url?: string } = { profile_image_url_https: AVATAR_URL };
    expect(profileBannerUrls(user)).toBeUndefined();
  });
});

describe('checkImage, edge cases of real-world input', () => {
  it('accepts a data: URL with parameters before ;base64, and the common image/jpg spelling', async () => {
    const withCharset = await checkImage(`data:image/png;charset=utf-8;base64,${base64(png(4, 4))}`, AVATAR, 'image');
    expect(withCharset.type).toBe('image/png');
    const jpg = await checkImage(`data:image/jpg;base64,${base64(jpeg(8, 8))}`, AVATAR, 'image');
    expect(jpg.type).toBe('image/jpeg');
  });

  it('refuses a PNG banner too short to state its size, instead of sending it unchecked', async () => {
    await expectRefused(checkImage(png(300, 200).subarray(0, 12), BANNER, 'banner'), 'banner', /^banner is a truncated PNG$/);
  });

  it('gives a TwitterValidationError, not a TypeError, for a relative image URL', () => {
    expect(thrown(() => profileImageUrl('5lY42eHs_normal.jpg', 'bigger'))).toBeInstanceOf(TwitterValidationError);
    expect(thrown(() => isDefaultProfileImage('x.png'))).toBeInstanceOf(TwitterValidationError);
  });
});
