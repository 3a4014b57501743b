// Multipart uploads from the Node entry: streamed with a fixed Content-Length, the bytes never copied whole, the
// format what FormData would have sent. Checked against the oauth-sign server (which keeps the raw body) and the
// emulator (which validates against the spec), every input kind, and a retry.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockServer, type MockServer } from '../src/mock/index.js';
import { toFormData, type Part } from '../src/multipart.js';
import { CHUNK_BYTES, streamedMultipartBody } from '../src/multipart.node.js';
import * as webEntry from '../src/index.js';
import { createClient } from '../src/index.node.js';
import { concat, noise, png } from './helpers/images.js';
import { CREDENTIALS, type Received, useTwitterServer } from './helpers/twitterServer.js';

// A banner over several chunks, not a whole number of them, of bytes that are not all alike.
const BANNER = concat(png(1500, 500), noise(3 * CHUNK_BYTES + 12_345));
const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

const env = useTwitterServer();

const boundaryOf = (request: Received) => /boundary=(.+)$/.exec(request.headers['content-type'] ?? '')?.[1] ?? '';

describe('a multipart upload from the Node entry', () => {
  it('is sent with a fixed Content-Length, not chunked', async () => {
    await env.tw.updateProfileBanner(BANNER);
    const request = env.server.last();
    expect(request.headers['transfer-encoding']).toBeUndefined();
    expect(request.headers['content-length']).toBe(String(request.raw.length));
    expect(request.raw.length).toBeGreaterThan(BANNER.length);
  });

  it.each([
    ['a Uint8Array', () => BANNER],
    ['an ArrayBuffer', () => BANNER.slice().buffer],
    ['a Buffer inside a larger ArrayBuffer', () => Buffer.concat([Buffer.from('junk'), BANNER]).subarray(4)],
    ['a Blob of the right type', () => new Blob([BANNER], { type: 'image/png' })],
    ['a Blob of another type', () => new Blob([BANNER], { type: 'application/octet-stream' })],
    ['a Blob without a type', () => new Blob([BANNER])],
    ['a File named otherwise', () => new File([BANNER], 'holiday.jpeg', { type: 'image/jpeg' })],
    ['base64', () => base64(BANNER)],
  ])('delivers %s unchanged, as banner.png of type image/png, signed', async (_what, input) => {
    await env.tw.updateProfileBanner(input(), { width: 1000, height: 500, offset_left: 10, offset_top: 0 });
    const request = env.server.last();
    expect(request.verified).toBe(true);
    expect(request.files['banner']?.name).toBe('banner.png');
    expect(request.files['banner']?.type).toBe('image/png');
    expect(request.files['banner']?.bytes.equals(BANNER)).toBe(true);
    expect(request.fields).toEqual({ width: '1000', height: '500', offset_left: '10', offset_top: '0' });
    expect(request.headers['content-length']).toBe(String(request.raw.length));
  });

  it('has the exact layout of multipart/form-data: CRLFs, part headers, closing boundary', async () => {
    const avatar = png(64, 64);
    await env.tw.updateProfileImage(avatar, { skip_status: true });
    const request = env.server.last();
    const boundary = boundaryOf(request);
    const head =
      `--${boundary}\r\nContent-Disposition: form-data; name="image"; filename="image.png"\r\nContent-Type: image/png\r\n\r\n`;
    const tail = `\r\n--${boundary}\r\nContent-Disposition: form-data; name="skip_status"\r\n\r\ntrue\r\n--${boundary}--\r\n`;
    expect(request.raw.equals(Buffer.concat([Buffer.from(head), avatar, Buffer.from(tail)]))).toBe(true);
  });

  it('takes a new random boundary for every request', async () => {
    await env.tw.updateProfileImage(png(8, 8));
    await env.tw.updateProfileImage(png(8, 8));
    const [first, second] = env.server.received.map(boundaryOf);
    expect(first).toMatch(/^[-0-9A-Za-z]{40,70}$/);
    expect(second).toMatch(/^[-0-9A-Za-z]{40,70}$/);
    expect(first).not.toBe(second);
  });

  it('sends the whole body again when it retries after a 503', async () => {
    const retrying = createClient({ credentials: CREDENTIALS, baseUrl: env.server.url, retry: { sleep: async () => {} } });
    env.server.script({ status: 503, body: { errors: [{ code: 130, message: 'Over capacity' }] } });
    await retrying.updateProfileBanner(new Blob([BANNER]));
    expect(env.server.received).toHaveLength(2);
    for (const request of env.server.received) {
      expect(request.files['banner']?.bytes.equals(BANNER)).toBe(true);
      expect(request.headers['content-length']).toBe(String(request.raw.length));
    }
    expect(env.server.received[1]?.verified).toBe(true);
    expect(env.server.received[1]?.oauth['oauth_nonce']).not.toBe(env.server.received[0]?.oauth['oauth_nonce']);
  });

  it('parses to the same fields and files as the Web Crypto entry’s FormData', async () => {
    const web = webEntry.createClient({ credentials: CREDENTIALS, baseUrl: env.server.url });
    const input = () => new Blob([BANNER], { type: 'image/gif' });
    await env.tw.updateProfileBanner(input(), { width: 1000, height: 500, offset_left: 0, offset_top: 0 });
    await web.updateProfileBanner(input(), { width: 1000, height: 500, offset_left: 0, offset_top: 0 });
    const [node, browser] = env.server.received;
    expect(node?.fields).toEqual(browser?.fields);
    const [ours, theirs] = [node?.files['banner'], browser?.files['banner']];
    expect([ours?.name, ours?.type]).toEqual([theirs?.name, theirs?.type]);
    expect(theirs?.type).toBe('image/png');
    expect(ours?.bytes.equals(theirs?.bytes ?? Buffer.alloc(0))).toBe(true);
  });
});

describe('a multipart upload from the Node entry, against the emulator', () => {
  let mock: MockServer;
  beforeAll(async () => {
    mock = await startMockServer();
  });
  afterAll(() => mock.close());

  it.each([
    ['a Uint8Array', () => BANNER],
    ['a Blob of another type', () => new Blob([BANNER], { type: 'text/plain' })],
    ['base64', () => base64(BANNER)],
  ])('passes the emulator’s checks with %s as the banner', async (_what, input) => {
    const client = createClient({ credentials: mock.credentials, baseUrl: mock.url });
    await client.updateProfileBanner(input(), { width: 1000, height: 500, offset_left: 0, offset_top: 0 });
    const request = mock.requests.at(-1);
    expect(request?.verified).toBe(true);
    expect(request?.response.status).toBeLessThan(300);
    expect(request?.files).toEqual({ banner: { filename: 'banner.png', type: 'image/png', size: BANNER.length } });
    expect(request?.fields).toEqual({ width: '1000', height: '500', offset_left: '0', offset_top: '0' });
  });

  it('changes the avatar, sent from a Blob', async () => {
    const client = createClient({ credentials: mock.credentials, baseUrl: mock.url });
    const before = mock.state.profile_image_url_https;
    await client.updateProfileImage(new Blob([png(400, 400)], { type: 'image/png' }));
    expect(mock.requests.at(-1)?.files['image']).toMatchObject({ filename: 'image.png', type: 'image/png' });
    expect(mock.state.profile_image_url_https).not.toBe(before);
  });
});

describe('the streamed multipart body', () => {
  const read = async (body: BodyInit): Promise<Uint8Array[]> => {
    const chunks: Uint8Array[] = [];
    const reader = (body as ReadableStream<Uint8Array>).getReader();
    for (let next = await reader.read(); !next.done; next = await reader.read()) chunks.push(next.value);
    return chunks;
  };

  it('sends views of the caller’s bytes, never a copy, in chunks of at most CHUNK_BYTES', async () => {
    const parts: Part[] = [{ name: 'banner', filename: 'banner.png', type: 'image/png', data: BANNER }];
    const { body, headers } = streamedMultipartBody(parts);
    const chunks = await read(body);
    const views = chunks.filter((c) => c.buffer === BANNER.buffer);
    expect(views.reduce((n, c) => n + c.byteLength, 0)).toBe(BANNER.length);
    expect(Math.max(...chunks.map((c) => c.byteLength))).toBeLessThanOrEqual(CHUNK_BYTES);
    expect(headers?.['Content-Length']).toBe(String(chunks.reduce((n, c) => n + c.byteLength, 0)));
  });

  it('reads as FormData would have written it, names escaped and line breaks made CRLF', async () => {
    const parts: Part[] = [
      { name: 'say "hi"\nthere', value: 'one\ntwo\rthree\r\nfour 🐦' },
      { name: 'file', filename: 'a "b".png', type: 'image/png', data: new Blob([png(2, 2)], { type: 'text/plain' }) },
      { name: 'after', value: '' },
    ];
    const streamed = streamedMultipartBody(parts);
    const raw = concat(...(await read(streamed.body)));
    expect(Buffer.from(raw).toString()).toContain('name="say %22hi%22%0D%0Athere"\r\n\r\none\r\ntwo\r\nthree\r\nfour 🐦\r\n');
    expect(Buffer.from(raw).toString()).toContain('; filename="a %22b%22.png"\r\nContent-Type: image/png\r\n');
    const ours = await new Response(raw, { headers: streamed.headers ?? {} }).formData();
    const reference = await new Response(toFormData(parts)).formData();
    const entries = async (form: FormData) =>
      Promise.all(
        [...form].map(async ([k, v]) =>
          typeof v === 'string' ? [k, v] : [k, v.name, v.type, Buffer.from(await v.arrayBuffer()).toString('hex')],
        ),
      );
    expect(await entries(ours)).toEqual(await entries(reference));
  });
});
