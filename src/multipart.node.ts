// Node's multipart body: a stream that is never copied whole, with its exact Content-Length. Node 20's fetch copies a
// FormData file up to three times (Blob, Blob.stream(), and undici's FormData serialiser), and a Blob or bytes body
// at least once; a stream of views into the caller's bytes goes to the socket as it is. The Content-Length keeps the
// request what FormData sent, fixed-length: without it undici would use chunked transfer coding.
import { randomBytes } from 'node:crypto';
import type { EncodeMultipart, Part } from './multipart.js';

/** Bytes per chunk of the file: few enough chunks to keep per-chunk work small, little held for a Blob read. */
export const CHUNK_BYTES = 256 * 1024;

const CRLF = '\r\n';
const encoder = new TextEncoder();

// As the HTML standard's multipart/form-data encoding (and undici's FormData): line breaks in names and values become
// CRLF, and in the quoted name and filename CR, LF and " are percent-escaped.
const crlfLines = (text: string) => text.replace(/\r\n|\r|\n/g, CRLF);
const quoted = (text: string) => text.replace(/\r/g, '%0D').replace(/\n/g, '%0A').replace(/"/g, '%22');

/** The file bytes: views of the caller's array, or slices of its Blob read one at a time, never the whole at once. */
async function* chunksOf(data: Uint8Array | Blob): AsyncGenerator<Uint8Array> {
  if (!(data instanceof Blob)) {
    for (let offset = 0; offset < data.byteLength; offset += CHUNK_BYTES) yield data.subarray(offset, offset + CHUNK_BYTES);
    return;
  }
  for (let offset = 0; offset < data.size; offset += CHUNK_BYTES) {
    // A slice's stream() copies its bytes once; its arrayBuffer() twice (Node 20), and the garbage adds up until a GC.
    const reader = data.slice(offset, offset + CHUNK_BYTES).stream().getReader();
    for (let next = await reader.read(); !next.done; next = await reader.read()) yield next.value;
  }
}

/** Text runs (encoded up front, a few hundred bytes) as single chunks, files in slices, in order. */
type Segment = { text: Uint8Array } | { file: Uint8Array | Blob };

async function* pieces(segments: readonly Segment[]): AsyncGenerator<Uint8Array> {
  for (const segment of segments) {
    if ('text' in segment) yield segment.text;
    else yield* chunksOf(segment.file);
  }
}

const sizeOf = (segment: Segment) =>
  'text' in segment ? segment.text.byteLength : segment.file instanceof Blob ? segment.file.size : segment.file.byteLength;

export const streamedMultipartBody: EncodeMultipart = (parts: readonly Part[]) => {
  const boundary = `----twitter-profile-openapi-${randomBytes(16).toString('hex')}`;
  const segments: Segment[] = [];
  let text = '';
  for (const part of parts) {
    text += `--${boundary}${CRLF}Content-Disposition: form-data; name="${quoted(crlfLines(part.name))}"`;
    if ('value' in part) {
      text += `${CRLF}${CRLF}${crlfLines(part.value)}${CRLF}`;
    } else {
      text += `; filename="${quoted(part.filename)}"${CRLF}Content-Type: ${part.type}${CRLF}${CRLF}`;
      segments.push({ text: encoder.encode(text) }, { file: part.data });
      text = CRLF;
    }
  }
  segments.push({ text: encoder.encode(`${text}--${boundary}--${CRLF}`) });
  const length = segments.reduce((sum, segment) => sum + sizeOf(segment), 0);

  const source = pieces(segments);
  const body = new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const next = await source.next();
        if (next.done) controller.close();
        else controller.enqueue(next.value);
      },
      async cancel() {
        await source.return(undefined);
      },
    },
    // Nothing read ahead: a chunk exists only once fetch asks for it. (A default stream, not a byte stream, whose
    // enqueue would transfer, that is detach, the caller's ArrayBuffer.)
    { highWaterMark: 0 },
  );
  return {
    body,
    headers: { 'Content-Type': `multipart/form-data; boundary=${boundary}`, 'Content-Length': String(length) },
    duplex: 'half',
  };
};
