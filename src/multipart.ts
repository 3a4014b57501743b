// multipart/form-data bodies. The default, for browsers, Deno, Bun and edge runtimes: FormData, which the runtime
// serialises with its own boundary (browsers cannot stream a request body over HTTP/1.1, so FormData is the way to
// send a file). Node's entry uses ./multipart.node.ts instead, which streams the file without copying it.

/** One field of a multipart body: text, or a file as bytes or a Blob, sent as `type` whatever the Blob says. */
export type Part = { name: string; value: string } | { name: string; filename: string; type: string; data: Uint8Array | Blob };

/** A request body with the headers and init options it needs beyond what the Request works out from it. */
export interface EncodedBody {
  body: BodyInit;
  headers?: Record<string, string>;
  /** Node's fetch refuses a stream body without it. */
  duplex?: 'half';
}

/** Builds a multipart body; called once per attempt, so that a retry sends a fresh body. */
export type EncodeMultipart = (parts: readonly Part[]) => EncodedBody;

/**
 * A file part as a Blob of its type: the caller's Blob when it has that type, else a new Blob around the data. Around
 * a Blob that copies nothing (a Blob part is referenced, measured on Node 20); bytes are copied, as a Blob owns its
 * data, and FormData leaves no other way to send them.
 */
function blobOf(data: Uint8Array | Blob, type: string): Blob {
  return data instanceof Blob && data.type === type ? data : new Blob([data as BlobPart], { type });
}

export function toFormData(parts: readonly Part[]): FormData {
  const form = new FormData();
  for (const part of parts) {
    if ('value' in part) form.append(part.name, part.value);
    else form.append(part.name, blobOf(part.data, part.type), part.filename);
  }
  return form;
}

export const formDataBody: EncodeMultipart = (parts) => ({ body: toFormData(parts) });
