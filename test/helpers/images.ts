// Images made byte by byte for the tests (each of these decodes in Chromium).
import { crc32, deflateSync } from 'node:zlib';

export type Bytes = Uint8Array<ArrayBuffer>;

export function concat(...parts: Uint8Array[]): Bytes {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

export const ascii = (text: string): Bytes => Uint8Array.from(text, (c) => c.charCodeAt(0));
const u16be = (n: number) => [(n >>> 8) & 0xff, n & 0xff];
const u32be = (n: number) => [(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];

function pngChunk(type: string, data: Uint8Array): Bytes {
  const typed = concat(ascii(type), data);
  return concat(Uint8Array.from(u32be(data.length)), typed, Uint8Array.from(u32be(crc32(typed))));
}

/** A valid black PNG, 1-bit greyscale so that even 8192×8192 stays a few kilobytes. */
export function png(width: number, height: number): Bytes {
  const ihdr = Uint8Array.from([...u32be(width), ...u32be(height), 1, 0, 0, 0, 0]);
  const rows = new Uint8Array((Math.ceil(width / 8) + 1) * height); // filter byte 0 + pixels, all zero
  return concat(
    Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', deflateSync(rows)),
    pngChunk('IEND', new Uint8Array()),
  );
}

/** A valid GIF89a: a `width`×`height` logical screen holding one 1×1 image. */
export function gif(width: number, height: number): Bytes {
  return concat(
    ascii('GIF89a'),
    Uint8Array.from([width & 0xff, width >>> 8, height & 0xff, height >>> 8, 0x80, 0, 0]),
    Uint8Array.from([0, 0, 0, 0xff, 0xff, 0xff]), // global colour table: black, white
    Uint8Array.from([0x2c, 0, 0, 0, 0, 1, 0, 1, 0, 0, 0x02, 0x02, 0x44, 0x01, 0x00, 0x3b]),
  );
}

function jpegSegment(marker: number, payload: Uint8Array): Bytes {
  return concat(Uint8Array.from([0xff, marker, ...u16be(payload.length + 2)]), payload);
}

/**
 * A valid baseline greyscale JPEG (mid-grey: every block's DC difference 0, then end-of-block), optionally with
 * EXIF-like APPn segments of the given payload sizes (at most 65 533 bytes each) before its frame header.
 */
export function jpeg(width: number, height: number, appSizes: number[] = []): Bytes {
  const apps = appSizes.map((size, i) =>
    jpegSegment(0xe1 + i, concat(ascii('Exif\0\0MM\0*'), Uint8Array.from([0, 0, 0, 8, 0, 0]), new Uint8Array(size - 16))),
  );
  // One code of length 1 for symbol 0: DC "difference 0", AC "end of block".
  const huffman = (tableClass: number) =>
    jpegSegment(0xc4, Uint8Array.from([tableClass, 1, ...new Array<number>(15).fill(0), 0]));
  const blocks = Math.ceil(width / 8) * Math.ceil(height / 8);
  const scan = new Uint8Array(Math.ceil((2 * blocks) / 8)); // two 0 bits a block, padded with 1 bits
  const padding = scan.length * 8 - 2 * blocks;
  if (padding) scan[scan.length - 1] = (1 << padding) - 1;
  return concat(
    Uint8Array.from([0xff, 0xd8]),
    ...apps,
    jpegSegment(0xdb, concat(Uint8Array.from([0]), new Uint8Array(64).fill(1))),
    jpegSegment(0xc0, Uint8Array.from([8, ...u16be(height), ...u16be(width), 1, 1, 0x11, 0])),
    huffman(0x00),
    huffman(0x10),
    jpegSegment(0xda, Uint8Array.from([1, 1, 0, 0, 63, 0])),
    scan,
    Uint8Array.from([0xff, 0xd9]),
  );
}

/** `length` bytes that are not all alike (so that a wrong offset or chunk boundary shows in the base64). */
export function noise(length: number, seed = 1): Bytes {
  const out = new Uint8Array(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

/** A valid PNG header followed by padding: exactly `size` bytes. */
export function pngOfSize(size: number): Bytes {
  const head = png(1, 1);
  return concat(head, new Uint8Array(size - head.length));
}


/** `bytes` followed by zeros: exactly `size` bytes (trailing data after a PNG's end still sniffs as that PNG). */
export function padded(bytes: Uint8Array, size: number): Bytes {
  return concat(bytes, new Uint8Array(size - bytes.length));
}
