// createClient: openapi-fetch with OAuth 1.0a signing in its onRequest middleware, plus one named method per
// operation that validates its input, states its body encoding, retries on request and returns typed results.
import createOpenApiClient, { type Client, type Middleware } from 'openapi-fetch';
import type { components, operations, paths } from '../generated/schema.js';
import {
  parseErrorBody,
  summarize,
  TwitterApiError,
  TwitterError,
  TwitterNetworkError,
  TwitterTimeoutError,
  TwitterValidationError,
  type RequestSummary,
} from './errors.js';
import { checkImage, IMAGE_EXTENSIONS, type CheckedImage, type ImageInput } from './images.js';
import { PROFILE_BANNER_RULES, PROFILE_IMAGE_RULES, type ImageFormat } from './limits.js';
import { toFormData, type EncodedBody, type EncodeMultipart, type Part } from './multipart.js';
import { attachRateLimit, parseRateLimit, type RateLimit } from './rateLimit.js';
import { clockOffsetSeconds, MAX_TIMER_MS, retryDelay, retryPolicy, sleep as realSleep, type RetryOptions } from './retry.js';
import type { Credentials, SignRequest } from './signing/oauth.js';
import { bannerCrop, defined, flag, hexColor, onlyKnown, profileFields, settingsFields, userSelector } from './validation.js';

type Schemas = components['schemas'];
export type User = Schemas['User'];
export type ProfileBannerSizes = Schemas['ProfileBannerSizes'];
export type AccountSettings = Schemas['AccountSettings'];
export type OperationId = keyof operations;

export const DEFAULT_BASE_URL = 'https://api.x.com/1.1/';

export interface ClientOptions {
  credentials: Credentials;
  /** Default `https://api.x.com/1.1/`; point it at the emulator in tests. */
  baseUrl?: string;
  /** A fetch implementation; default the global one. */
  fetch?: typeof fetch;
  /** Time allowed for each attempt, answer body included. Default 30 000 ms. */
  timeoutMs?: number;
  /** Retry 429 (until the window resets, bounded), 503/130 and 500/131 (back-off). Off by default. */
  retry?: boolean | (RetryOptions & { sleep?: (ms: number, signal?: AbortSignal) => Promise<void> });
}

export interface CallOptions {
  signal?: AbortSignal;
}

export interface UserSelector {
  user_id?: string;
  screen_name?: string;
}

export interface ResponseShape {
  include_entities?: boolean;
  skip_status?: boolean;
}

export interface ProfileFields extends ResponseShape {
  name?: string;
  url?: string;
  location?: string;
  description?: string;
  /** Deprecated by Twitter (2015–2019 only); three or six hex digits. */
  profile_link_color?: string;
}

export interface UploadOptions {
  /** `multipart` (default: the bytes as they are, fields unsigned) or `base64` (a signed form body, a third larger). */
  encoding?: 'multipart' | 'base64';
}

export interface BannerCrop {
  width?: number;
  height?: number;
  offset_left?: number;
  offset_top?: number;
}

export interface SettingsFields {
  sleep_time_enabled?: boolean;
  /** Hour 0–23 in the user's time zone. */
  start_sleep_time?: number;
  end_sleep_time?: number;
  time_zone?: string;
  trend_location_woeid?: string;
  lang?: string;
}

export interface TwitterClient {
  /** The typed openapi-fetch client, signing included, for every operation of the spec (the retired ones too). */
  readonly api: Client<paths>;
  /** The latest rate limit seen per operation — the way to read it for methods that resolve to nothing. */
  readonly rateLimits: ReadonlyMap<OperationId, RateLimit>;
  /** Twitter's clock minus the local one, in seconds, as learnt from a 401 / code 135. */
  readonly clockOffsetSeconds: number;
  verifyCredentials(params?: ResponseShape & { include_email?: boolean }, options?: CallOptions): Promise<User>;
  updateProfile(fields: ProfileFields, options?: CallOptions): Promise<User>;
  updateProfileImage(image: ImageInput, params?: ResponseShape & UploadOptions, options?: CallOptions): Promise<User>;
  updateProfileBanner(banner: ImageInput, params?: BannerCrop & UploadOptions, options?: CallOptions): Promise<void>;
  removeProfileBanner(options?: CallOptions): Promise<void>;
  profileBannerSizes(user: UserSelector, options?: CallOptions): Promise<ProfileBannerSizes>;
  showUser(user: UserSelector & { include_entities?: boolean }, options?: CallOptions): Promise<User>;
  accountSettings(options?: CallOptions): Promise<AccountSettings>;
  updateAccountSettings(fields: SettingsFields, options?: CallOptions): Promise<AccountSettings>;
}

type Body = Record<string, string | Blob | undefined>;

function entries(body: Body): [string, string | Blob][] {
  return Object.entries(body).filter((e): e is [string, string | Blob] => e[1] !== undefined);
}

/** application/x-www-form-urlencoded: URLSearchParams, whose Request sets the Content-Type. */
function formBody(body: Body): URLSearchParams {
  return new URLSearchParams(entries(body).map(([k, v]) => [k, String(v)]));
}

/** A file part named after its field, with the extension of its type. */
function filePart(name: string, type: string, data: Uint8Array | Blob): Part {
  return { name, filename: `${name}.${IMAGE_EXTENSIONS[type as ImageFormat] ?? 'bin'}`, type, data };
}

/** Multipart parts: text as it is, files as file parts. */
function parts(body: Body): Part[] {
  return entries(body).map(([name, value]) => (typeof value === 'string' ? { name, value } : filePart(name, value.type, value)));
}

/**
 * For `api` callers: a plain object in the only two encodings this API takes, chosen by whether a field holds bytes;
 * any other body (a string, URLSearchParams, FormData, a Blob …) as it is. Multipart is FormData here in every
 * runtime: a body serialiser cannot add the headers a streamed body needs.
 */
function anyBody(body: unknown): BodyInit {
  const prototype: unknown = typeof body === 'object' && body !== null ? Object.getPrototypeOf(body) : undefined;
  if (prototype !== Object.prototype && prototype !== null) return body as BodyInit;
  const record = body as Body;
  return Object.values(record).some((v) => v instanceof Blob) ? toFormData(parts(record)) : formBody(record);
}

function isFormRequest(request: Request): boolean {
  return (request.headers.get('content-type') ?? '').startsWith('application/x-www-form-urlencoded');
}

/** The named methods' plumbing around one openapi-fetch call. */
interface Call {
  operationId: OperationId;
  method: 'get' | 'post';
  path: keyof paths;
  query?: Record<string, string | undefined>;
  /** Built again for every attempt, so that each sends a fresh body (a stream can be read only once). */
  body?: () => EncodedBody;
  /** The success body: JSON, or nothing (the banner endpoints answer with an empty body). */
  empty?: boolean;
  options?: CallOptions | undefined;
}

/** What differs between the entries: the HMAC the signer uses, and how a multipart upload is sent. */
export interface ClientRuntime {
  signRequest: SignRequest;
  encodeMultipart: EncodeMultipart;
}

export function createClientWith({ signRequest, encodeMultipart }: ClientRuntime, options: ClientOptions): TwitterClient {
  const { credentials, baseUrl = DEFAULT_BASE_URL, timeoutMs = 30_000 } = options;
  if (typeof credentials !== 'object' || credentials === null) {
    throw new TwitterValidationError('credentials', 'credentials must be { consumerKey, consumerSecret, token, tokenSecret }');
  }
  const base = URL.canParse(baseUrl) ? new URL(baseUrl) : undefined;
  if (!base || !/^https?:$/.test(base.protocol) || base.username || base.password) {
    throw new TwitterValidationError('baseUrl', 'baseUrl must be an http(s) URL without user name or password');
  }
  // setTimeout's limit: beyond it timers fire at once.
  if (!Number.isInteger(timeoutMs) || timeoutMs < 1 || timeoutMs > MAX_TIMER_MS) {
    throw new TwitterValidationError('timeoutMs', `timeoutMs must be a whole number of milliseconds from 1 to ${MAX_TIMER_MS}`);
  }
  const policy = retryPolicy(options.retry);
  const sleep = (typeof options.retry === 'object' && options.retry.sleep) || realSleep;
  const rateLimits = new Map<OperationId, RateLimit>();
  let clockOffset = 0;
  const now = () => Date.now() + clockOffset * 1000;

  // A form body, known without reading it back from the Request (a clone, which tees the body stream): named methods
  // build theirs, so they leave it under the call's `params` (the signer reads its pairs without decoding them);
  // once signed, its text is kept under the Request, and fetch gets it again as the body (fetch(request) alone
  // pipes the body through a second stream). Multipart and empty bodies are not signed.
  const formOfParams = new WeakMap<object, URLSearchParams>();
  const signedFormText = new WeakMap<Request, string>();

  const signing: Middleware = {
    async onRequest({ request, params }) {
      // Sign what is sent: the finished URL and the form body.
      const body = formOfParams.get(params) ?? (isFormRequest(request) ? await request.clone().text() : undefined);
      const authorization = await signRequest({ method: request.method, url: request.url, body }, credentials, {
        timestamp: Math.floor(now() / 1000),
      });
      request.headers.set('Authorization', authorization);
      if (body !== undefined) signedFormText.set(request, body.toString());
      return request;
    },
  };

  const baseFetch = options.fetch ?? globalThis.fetch;
  const api = createOpenApiClient<paths>({
    baseUrl,
    // The headers (Content-Type included) and every other property still come from the Request. A Request that a
    // later middleware put in place is not in the map, and goes as it is.
    fetch: (request: Request) => {
      const body = signedFormText.get(request);
      return body !== undefined && !request.bodyUsed ? baseFetch(request, { body }) : baseFetch(request);
    },
    // openapi-fetch labels every body JSON; null lets each Request take the type its body gives it.
    headers: { 'Content-Type': null },
    bodySerializer: anyBody,
  });
  api.use(signing);

  // The request an error is about, worked out only when there is an error to report.
  const apiRoot = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  const describe = (call: Call, url?: string): RequestSummary =>
    summarize(call.method.toUpperCase(), url || new URL(call.path.slice(1), apiRoot).href);

  async function attempt(call: Call): Promise<{ response: Response; text: string }> {
    // One controller per attempt, aborted by the timer or by the caller's signal; the timer and the listener go in
    // `finally`, so that no 30-second timer outlives a request (AbortSignal.timeout's would, one per call).
    const controller = new AbortController();
    const callerSignal = call.options?.signal;
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort(new DOMException(`no answer within ${timeoutMs} ms`, 'TimeoutError'));
    }, timeoutMs);
    const onCallerAbort = () => controller.abort(callerSignal?.reason);
    if (callerSignal?.aborted) onCallerAbort();
    else callerSignal?.addEventListener('abort', onCallerAbort, { once: true });
    const signal = controller.signal;
    try {
      const encoded = call.body?.();
      const params = { query: call.query ? defined(call.query) : undefined };
      if (encoded?.body instanceof URLSearchParams) formOfParams.set(params, encoded.body);
      const init = {
        // body, and for a stream its headers and duplex: openapi-fetch merges the headers into the Request's and
        // passes options it does not know (duplex) on to the Request's init.
        ...encoded,
        params,
        bodySerializer: (body: unknown) => body,
        parseAs: 'text' as const,
        signal,
      };
      // The path and method are those of `call`; openapi-fetch's per-path typing cannot follow a variable path.
      const result = (await api.request(call.method, call.path as never, init as never)) as {
        data?: string;
        error?: unknown;
        response: Response;
      };
      // openapi-fetch hands over an empty error body as undefined, a JSON one parsed; errors.ts reads both as text.
      const { data, error } = result;
      const text = result.response.ok ? (data ?? '') : error === undefined ? '' : typeof error === 'string' ? error : JSON.stringify(error);
      return { response: result.response, text };
    } catch (error) {
      if (error instanceof TwitterError) throw error;
      if (timedOut) throw new TwitterTimeoutError(describe(call), timeoutMs);
      if (callerSignal?.aborted) throw callerSignal.reason;
      throw new TwitterNetworkError(describe(call), error);
    } finally {
      clearTimeout(timer);
      callerSignal?.removeEventListener('abort', onCallerAbort);
    }
  }

  async function send<T>(call: Call): Promise<T> {
    let skewRetried = false;
    for (let attemptNumber = 0; ; attemptNumber++) {
      const { response, text } = await attempt(call);
      const rateLimit = parseRateLimit(response.headers);
      if (rateLimit) rateLimits.set(call.operationId, rateLimit);
      if (response.ok) {
        if (call.empty) return undefined as T;
        try {
          return attachRateLimit(JSON.parse(text) as T, rateLimit);
        } catch {
          const { problem } = parseErrorBody(text);
          throw new TwitterApiError(response.status, [], describe(call, response.url), rateLimit, problem);
        }
      }

      const { errors, problem } = parseErrorBody(text);
      const error = new TwitterApiError(response.status, errors, describe(call, response.url), rateLimit, problem);
      if (error.codes.includes(135) && !skewRetried) {
        const offset = clockOffsetSeconds(response.headers, Date.now());
        if (offset !== undefined) {
          clockOffset = offset;
          skewRetried = true;
          continue;
        }
      }
      const delay = retryDelay(error, attemptNumber + 1, policy, now());
      if (delay === undefined) throw error;
      await sleep(delay, call.options?.signal);
    }
  }

  async function upload(
    operationId: 'updateProfileImage' | 'updateProfileBanner',
    field: 'image' | 'banner',
    image: CheckedImage,
    encoding: UploadOptions['encoding'],
    fields: Record<string, string | undefined>,
    callOptions: CallOptions | undefined,
  ): Promise<unknown> {
    if (encoding !== undefined && encoding !== 'multipart' && encoding !== 'base64') {
      throw new TwitterValidationError('encoding', 'encoding must be "multipart" or "base64"');
    }
    const base64 = encoding === 'base64' ? await image.toBase64() : undefined;
    const textParts = parts(fields);
    return send({
      operationId,
      method: 'post',
      path: operationId === 'updateProfileImage' ? '/account/update_profile_image.json' : '/account/update_profile_banner.json',
      body: () => (base64 === undefined ? encodeMultipart([filePart(field, image.type, image.data()), ...textParts]) : { body: formBody({ [field]: base64, ...fields }) }),
      empty: operationId === 'updateProfileBanner',
      options: callOptions,
    });
  }

  const shape = (params: ResponseShape | undefined) => ({
    include_entities: flag(params?.include_entities, 'include_entities'),
    skip_status: flag(params?.skip_status, 'skip_status'),
  });

  return {
    api,
    rateLimits,
    get clockOffsetSeconds() {
      return clockOffset;
    },

    async verifyCredentials(params = {}, callOptions) {
      onlyKnown(params, ['include_entities', 'skip_status', 'include_email'], 'verifyCredentials');
      const query = { ...shape(params), include_email: flag(params.include_email, 'include_email') };
      return send({ operationId: 'verifyCredentials', method: 'get', path: '/account/verify_credentials.json', query, options: callOptions });
    },

    async updateProfile(fields, callOptions) {
      onlyKnown(fields ?? {}, ['name', 'url', 'location', 'description', 'profile_link_color', 'include_entities', 'skip_status'], 'updateProfile');
      const changes = { ...profileFields(fields), profile_link_color: hexColor(fields.profile_link_color, 'profile_link_color') };
      if (Object.values(changes).every((v) => v === undefined)) {
        throw new TwitterValidationError('name', 'updateProfile needs at least one of name, url, location, description');
      }
      const body = { ...changes, ...shape(fields) };
      return send({ operationId: 'updateProfile', method: 'post', path: '/account/update_profile.json', body: () => ({ body: formBody(body) }), options: callOptions });
    },

    async updateProfileImage(image, params = {}, callOptions) {
      onlyKnown(params, ['include_entities', 'skip_status', 'encoding'], 'updateProfileImage');
      const fields = shape(params);
      const checked = await checkImage(image, PROFILE_IMAGE_RULES, 'image');
      return upload('updateProfileImage', 'image', checked, params.encoding, fields, callOptions) as Promise<User>;
    },

    async updateProfileBanner(banner, params = {}, callOptions) {
      onlyKnown(params, ['width', 'height', 'offset_left', 'offset_top', 'encoding'], 'updateProfileBanner');
      const crop = bannerCrop(params);
      const checked = await checkImage(banner, PROFILE_BANNER_RULES, 'banner');
      await upload('updateProfileBanner', 'banner', checked, params.encoding, crop, callOptions);
    },

    async removeProfileBanner(callOptions) {
      await send({
        operationId: 'removeProfileBanner',
        method: 'post',
        path: '/account/remove_profile_banner.json',
        empty: true,
        options: callOptions,
      });
    },

    async profileBannerSizes(user, callOptions) {
      onlyKnown(user ?? {}, ['user_id', 'screen_name'], 'profileBannerSizes');
      const query = userSelector(user);
      return send({ operationId: 'profileBannerSizes', method: 'get', path: '/users/profile_banner.json', query, options: callOptions });
    },

    async showUser(user, callOptions) {
      onlyKnown(user ?? {}, ['user_id', 'screen_name', 'include_entities'], 'showUser');
      const query = { ...userSelector(user), include_entities: flag(user.include_entities, 'include_entities') };
      return send({ operationId: 'showUser', method: 'get', path: '/users/show.json', query, options: callOptions });
    },

    async accountSettings(callOptions) {
      return send({ operationId: 'accountSettings', method: 'get', path: '/account/settings.json', options: callOptions });
    },

    async updateAccountSettings(fields, callOptions) {
      onlyKnown(fields ?? {}, ['sleep_time_enabled', 'start_sleep_time', 'end_sleep_time', 'time_zone', 'trend_location_woeid', 'lang'], 'updateAccountSettings');
      const body = settingsFields(fields);
      if (Object.values(body).every((v) => v === undefined)) {
        throw new TwitterValidationError('lang', 'updateAccountSettings needs at least one setting to change');
      }
      return send({ operationId: 'updateAccountSettings', method: 'post', path: '/account/settings.json', body: () => ({ body: formBody(body) }), options: callOptions });
    },
  };
}
