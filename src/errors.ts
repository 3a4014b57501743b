// The errors this package throws. None of them holds a secret, a signature or the Authorization header: they are
// built from the method, the URL (credentials stripped) and the response — never from the signed request.
import type { RateLimit } from './rateLimit.js';

/** The request an error is about. */
export interface RequestSummary {
  method: string;
  url: string;
}

/** One `{code, message}` of Twitter's error body. The legacy `{request, error}` shape has no code. */
export interface TwitterErrorDetail {
  code?: number;
  message: string;
}

/** Base class of every error this package throws. */
export class TwitterError extends Error {
  override name = 'TwitterError';
}

/** Bad input, refused before any byte went on the wire. `field` names the argument at fault. */
export class TwitterValidationError extends TwitterError {
  override name = 'TwitterValidationError';
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

/** The request never got an answer: connection refused or reset, DNS failure … `cause` is the underlying error. */
export class TwitterNetworkError extends TwitterError {
  override name = 'TwitterNetworkError';
  constructor(
    readonly request: RequestSummary,
    cause: unknown,
  ) {
    super(`${request.method} ${request.url} failed: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
}

/** No complete answer within the time allowed (`timeoutMs`, or `waitForProfileImage`'s `timeoutMs`). */
export class TwitterTimeoutError extends TwitterError {
  override name = 'TwitterTimeoutError';
  constructor(
    readonly request: RequestSummary,
    readonly timeoutMs: number,
    what = 'got no complete answer',
  ) {
    super(`${request.method} ${request.url} ${what} within ${timeoutMs} ms`);
  }
}

const AUTH_CODES = [32, 89, 135, 215];
const HINTS: Record<number, string> = {
  32: 'The signature did not match: check that the consumer and token secrets belong to their keys, and compare signatureBaseString() with what the server expected.',
  89: 'The access token is invalid, expired or revoked: authorize the user again to get a new token pair.',
  135: "The request's timestamp is too far from Twitter's clock: sync the local clock (the client retries once with the offset read from Twitter's Date header).",
  215: 'The Authorization header is missing or malformed.',
  88: 'Rate limit exceeded: wait until rateLimit.reset (epoch seconds) or enable retry.',
  453: "The app's access level does not include this endpoint: it needs a different X API plan.",
  130: 'Twitter is over capacity: retry later with back-off (enable retry).',
  131: 'Twitter had an internal error: retry later with back-off (enable retry).',
};

/** Twitter answered with an error status, or with a body that cannot be read. */
export class TwitterApiError extends TwitterError {
  override name = 'TwitterApiError';
  /** A one-line hint of what to do, for the codes that have one. */
  readonly hint: string | undefined;

  constructor(
    readonly status: number,
    readonly errors: readonly TwitterErrorDetail[],
    readonly request: RequestSummary,
    readonly rateLimit: RateLimit | undefined,
    /** Why the body could not be read, when it could not. */
    readonly bodyProblem?: string,
  ) {
    const codes = errors.map((e) => e.code).filter((c): c is number => c !== undefined);
    const hint = HINTS[codes.find((c) => c in HINTS) ?? (status === 429 ? 88 : 0)];
    const detail = errors.length
      ? errors.map((e) => (e.code === undefined ? e.message : `[${e.code}] ${e.message}`)).join('; ')
      : (bodyProblem ?? 'no error details');
    super(`Twitter API ${status} on ${request.method} ${request.url}: ${detail}${hint ? ` — ${hint}` : ''}`);
    this.hint = hint;
  }

  /** The error codes of the body, in order. */
  get codes(): number[] {
    return this.errors.map((e) => e.code).filter((c): c is number => c !== undefined);
  }

  /** Authentication failed: 32 (signature), 89 (token), 135 (timestamp), 215 (header), or a bare 401. */
  get isAuthError(): boolean {
    return this.status === 401 || this.codes.some((c) => AUTH_CODES.includes(c));
  }

  /** The rate-limit window is spent (429 / code 88). */
  get isRateLimited(): boolean {
    return this.status === 429 || this.codes.includes(88);
  }

  /** The app's access level does not include this endpoint (code 453). */
  get isAccessLevelError(): boolean {
    return this.codes.includes(453);
  }

  toJSON() {
    return {
      name: this.name,
      message: this.message,
      status: this.status,
      errors: this.errors,
      request: this.request,
      rateLimit: this.rateLimit,
      hint: this.hint,
    };
  }
}

/**
 * Reads Twitter's error body in either shape, from its text or its already parsed JSON; empty, HTML and malformed
 * bodies give no details and a reason.
 */
export function parseErrorBody(raw: unknown): { errors: TwitterErrorDetail[]; problem?: string } {
  let body = raw;
  if (typeof raw === 'string') {
    if (raw.trim() === '') return { errors: [], problem: 'empty body' };
    try {
      body = JSON.parse(raw);
    } catch {
      return { errors: [], problem: /^\s*</.test(raw) ? 'HTML body instead of JSON' : 'malformed JSON body' };
    }
  }
  if (typeof body === 'object' && body !== null) {
    const { errors, error } = body as { errors?: unknown; error?: unknown };
    if (Array.isArray(errors)) {
      const details = errors.flatMap((e: { code?: unknown; message?: unknown }): TwitterErrorDetail[] =>
        typeof e === 'object' && e !== null && typeof e.message === 'string'
          ? [typeof e.code === 'number' ? { code: e.code, message: e.message } : { message: e.message }]
          : [],
      );
      if (details.length) return { errors: details };
    }
    if (typeof error === 'string') return { errors: [{ message: error }] };
  }
  return { errors: [], problem: 'JSON body without Twitter error details' };
}

/** The URL of a request as errors show it: no user-info, nothing else removed. */
export function summarize(method: string, url: string): RequestSummary {
  const parsed = new URL(url);
  parsed.username = '';
  parsed.password = '';
  return { method, url: parsed.href };
}
