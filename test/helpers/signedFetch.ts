// A request signed with the package's signRequest and sent with plain fetch: past every check of the client, to
// see what the emulator itself answers.
import { signRequest, type Credentials } from '../../src/index.node.js';
import type { MockServer } from '../../src/mock/index.js';

export interface RawInit {
  query?: Record<string, string>;
  /** A form-urlencoded body; the same string is signed and sent. */
  form?: Record<string, string>;
  multipart?: FormData;
  json?: unknown;
  /** A body sent as it is, with this content type; signed as a form body when `signed`. */
  bodyText?: { contentType: string; text: string; signed?: boolean };
  /** Other credentials to sign with; `null` sends no Authorization header. */
  credentials?: Credentials | null;
}

export interface RawAnswer {
  status: number;
  headers: Headers;
  /** The parsed JSON body, the text when it is not JSON, or undefined when empty. */
  body: unknown;
}

export async function signedFetch(server: MockServer, method: 'GET' | 'POST', path: string, init: RawInit = {}): Promise<RawAnswer> {
  const url = new URL(path.replace(/^\//, ''), server.url);
  for (const [name, value] of Object.entries(init.query ?? {})) url.searchParams.set(name, value);
  const headers: Record<string, string> = {};
  let body: string | FormData | undefined;
  let signedBody: string | undefined;
  if (init.form) {
    body = signedBody = new URLSearchParams(init.form).toString();
    headers['content-type'] = 'application/x-www-form-urlencoded';
  } else if (init.multipart) {
    body = init.multipart;
  } else if (init.json !== undefined) {
    body = JSON.stringify(init.json);
    headers['content-type'] = 'application/json';
  } else if (init.bodyText) {
    body = init.bodyText.text;
    if (init.bodyText.signed) signedBody = body;
    headers['content-type'] = init.bodyText.contentType;
  }
  const credentials = init.credentials === undefined ? server.credentials : init.credentials;
  if (credentials) headers['authorization'] = await signRequest({ method, url: url.href, body: signedBody }, credentials);
  const response = await fetch(url, { method, headers, ...(body === undefined ? {} : { body }) });
  const text = await response.text();
  let parsed: unknown = text === '' ? undefined : text;
  try {
    parsed = text === '' ? undefined : (JSON.parse(text) as unknown);
  } catch {
    // not JSON: keep the text
  }
  return { status: response.status, headers: response.headers, body: parsed };
}
