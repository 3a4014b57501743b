// The emulator's HTTP server: every request is checked as Twitter would check it — route, OAuth signature, rate
// limit, then the spec's parameter and body schemas — and answered from the account state, with Twitter's statuses
// and error bodies. Faults can be injected, and every request is logged with what the server expected.
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { Faults, type Fault } from './faults.js';
import { loadSpec, violation, type SpecOperation, type SpecViolation } from './spec.js';
import {
  bannerSizes,
  initialState,
  newProfileImageUrl,
  settingsObject,
  settle,
  userObject,
  type ProfileState,
} from './state.js';
import { Verifier, type UserCredentials } from './verify.js';
import { sniff } from '../images.js';

export interface MockServerOptions {
  host?: string;
  port?: number;
  /** The one account the server accepts; random test credentials by default (returned as `credentials`). */
  credentials?: UserCredentials;
  /** The account's profile to start from. */
  profile?: Partial<ProfileState>;
  /** How long an avatar upload takes to show in users/show and verify_credentials. Default 0 ms. */
  profileImageDelayMs?: number;
  /** Requests per window by operationId; by default the spec's x-twitter-rate-limit, else `defaultRateLimit`. */
  rateLimits?: Record<string, number>;
  /** Requests per window of operations without a published limit ("default to 15", Twitter's rate-limit page). */
  defaultRateLimit?: number;
  /** Rate-limit window length; by default the spec's (900 s for every published limit). */
  windowSeconds?: number;
  /** The server's clock minus the real one, in seconds: a way to test clock-skew handling. Default 0. */
  clockOffsetSeconds?: number;
  /**
   * Answer browsers of any origin (CORS, preflights included), for testing browser code. Twitter itself sends no
   * CORS headers: a browser app talks to it through its own server. Default false.
   */
  cors?: boolean;
}

/** What the server saw of one request and what it answered. */
export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  operationId: string | undefined;
  /** The decoded oauth_* parameters of the Authorization header. */
  oauth: Record<string, string>;
  /** Whether the signature verified. */
  verified: boolean;
  /** The base string the server computed from what arrived: what the client should have signed. */
  expectedBaseString: string | undefined;
  contentType: string | undefined;
  /** Form fields, urlencoded or multipart text parts. */
  fields: Record<string, string>;
  /** Multipart file parts. */
  files: Record<string, { filename: string; type: string; size: number }>;
  fault: Fault['kind'] | undefined;
  response: { status: number; headers: Record<string, string>; body: unknown };
}

export interface MockServer {
  /** The base URL to give the client, e.g. `http://127.0.0.1:40123/1.1/`. */
  url: string;
  credentials: UserCredentials;
  state: ProfileState;
  requests: RecordedRequest[];
  /** Makes the next `count` responses (optionally for one path) misbehave. */
  inject(fault: Fault): void;
  /** Forgets the request log, armed faults and rate-limit counts (the account state stays). */
  reset(): void;
  close(): Promise<void>;
}

type Answer = { status: number; body?: unknown };

const error = (status: number, code: number, message: string): Answer => ({ status, body: { errors: [{ code, message }] } });
const legacy = (status: number, path: string, message: string): Answer => ({ status, body: { request: path, error: message } });
const NOT_FOUND = error(404, 34, 'Sorry, that page does not exist');
const OVER_CAPACITY_PAGE =
  '<!DOCTYPE html><html><head><title>Twitter / Over capacity</title></head><body><h1>Twitter is over capacity.</h1></body></html>';
const ON = ['true', 't', '1'];
const FORM = 'application/x-www-form-urlencoded';

/** Whether a Content-Type is of this media type; the type is case-insensitive, its parameters (a boundary) are not. */
function isType(contentType: string | undefined, type: string): boolean {
  return (contentType ?? '').split(';')[0]?.trim().toLowerCase() === type;
}

function randomCredentials(): UserCredentials {
  const token = (n: number) => randomBytes(n).toString('base64url');
  return { consumerKey: token(18), consumerSecret: token(30), token: `2244994945-${token(20)}`, tokenSecret: token(30) };
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** The body as the spec's schemas see it: fields as text, file parts as one latin1 char per byte. */
async function parseBody(contentType: string, raw: Buffer, record: RecordedRequest): Promise<Record<string, string> | undefined> {
  if (isType(contentType, FORM)) {
    const fields = Object.fromEntries(new URLSearchParams(raw.toString('utf8')));
    record.fields = fields;
    return fields;
  }
  if (isType(contentType, 'multipart/form-data')) {
    const form = await new Response(Uint8Array.from(raw), { headers: { 'content-type': contentType } }).formData().catch(() => undefined);
    if (!form) return undefined;
    const values: Record<string, string> = {};
    for (const [name, value] of form) {
      if (typeof value === 'string') {
        record.fields[name] = value;
        values[name] = value;
      } else {
        const bytes = Buffer.from(await value.arrayBuffer());
        record.files[name] = { filename: value.name, type: value.type, size: bytes.length };
        values[name] = bytes.toString('latin1');
      }
    }
    return values;
  }
  return undefined;
}

/** Twitter's answer to a request the spec refuses. */
function refusal(op: SpecOperation, path: string, v: SpecViolation): Answer {
  const image = v.field === 'image' || v.field === 'banner';
  if (v.keyword === 'required') return error(403, 38, `${v.field} parameter is missing.`);
  if (image && (v.keyword === 'maxLength' || v.keyword === 'x-max-bytes')) {
    return op.operationId === 'updateProfileBanner'
      ? legacy(422, path, 'The image could not be resized, or is too large.')
      : legacy(400, path, 'Image file is too large.');
  }
  if (image && v.keyword === 'x-image-dimensions') {
    return legacy(422, path, 'Image validation failed with errors: Image dimensions must be between 200x100 and 8192x8192.');
  }
  if (image) return legacy(400, path, 'media type unrecognized.');
  if (op.operationId === 'updateProfile' && v.keyword === 'maxLength') {
    const name = v.field.charAt(0).toUpperCase() + v.field.slice(1);
    return error(403, 120, `Account update failed: ${name} is too long (maximum is ${String(v.params['limit'])} characters).`);
  }
  if (v.keyword === 'dependentRequired') {
    return error(400, 44, 'width, height, offset_left and offset_top parameters must be given together.');
  }
  return error(400, 44, `${v.field} parameter is invalid.`);
}

export async function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const { host = '127.0.0.1', port = 0, profileImageDelayMs = 0, defaultRateLimit = 15 } = options;
  const credentials = options.credentials ?? randomCredentials();
  const spec = loadSpec();
  const now = () => Date.now() + (options.clockOffsetSeconds ?? 0) * 1000;
  const verifier = new Verifier([credentials], () => Math.floor(now() / 1000));
  const faults = new Faults();
  const state = initialState(options.profile);
  const requests: RecordedRequest[] = [];
  const windows = new Map<string, { reset: number; used: number }>();
  const sockets = new Set<Socket>();

  function rateLimit(op: SpecOperation, token: string) {
    const limit = options.rateLimits?.[op.operationId] ?? op.rateLimit?.user ?? defaultRateLimit;
    const length = options.windowSeconds ?? op.rateLimit?.window ?? 900;
    const key = `${token}\n${op.operationId}`;
    let window = windows.get(key);
    if (!window || window.reset * 1000 <= now()) {
      window = { reset: Math.ceil(now() / 1000) + length, used: 0 };
      windows.set(key, window);
    }
    const allowed = window.used < limit;
    if (allowed) window.used += 1;
    const headers = {
      'x-rate-limit-limit': String(limit),
      'x-rate-limit-remaining': String(limit - window.used),
      'x-rate-limit-reset': String(window.reset),
    };
    return { allowed, headers };
  }

  function selectUser(query: Record<string, string>): Answer | undefined {
    const { user_id, screen_name } = query;
    // The spec marks both optional; its descriptions say one is needed (403 / 38 without).
    if (user_id === undefined && screen_name === undefined) return error(403, 38, 'user_id or screen_name parameter is missing.');
    const match = user_id !== undefined ? user_id === state.id_str : screen_name?.toLowerCase() === state.screen_name.toLowerCase();
    return match ? undefined : error(404, 50, 'User not found.');
  }

  function handle(op: SpecOperation, query: Record<string, string>, body: Record<string, string>, multipart: boolean): Answer {
    const flags = { ...query, ...body };
    const user = () => ({
      status: 200,
      body: userObject(state, {
        includeEmail: op.operationId === 'verifyCredentials' && ON.includes(flags['include_email'] ?? ''),
        includeEntities: flags['include_entities'] !== 'false',
      }),
    });
    switch (op.operationId) {
      case 'verifyCredentials':
        return user();
      case 'updateProfile':
        for (const field of ['name', 'location', 'description'] as const) if (body[field] !== undefined) state[field] = body[field];
        if (body['url'] !== undefined) state.url = body['url'] === '' || /^[a-z]+:\/\//i.test(body['url']) ? body['url'] : `http://${body['url']}`;
        return user();
      case 'updateProfileImage': {
        // The spec's x-image-formats already admitted the image; its head says which format it is.
        const image = body['image'] ?? '';
        const head = multipart ? image.slice(0, 16) : atob(image.slice(0, 24));
        const type = sniff(Uint8Array.from(head, (c) => c.charCodeAt(0))) ?? 'image/png';
        // Processed asynchronously: the answer still shows the old URL.
        state.pendingImage = { url: newProfileImageUrl(type), readyAt: Date.now() + profileImageDelayMs };
        return user();
      }
      case 'updateProfileBanner':
        state.profile_banner_url = `https://pbs.twimg.com/profile_banners/${state.id_str}/${Math.floor(now() / 1000)}`;
        return { status: 201 };
      case 'removeProfileBanner':
        delete state.profile_banner_url;
        return { status: 200 };
      case 'profileBannerSizes':
        return selectUser(query) ?? (state.profile_banner_url ? { status: 200, body: bannerSizes(state) } : NOT_FOUND);
      case 'showUser':
        return selectUser(query) ?? user();
      case 'accountSettings':
        return { status: 200, body: settingsObject(state) };
      case 'updateAccountSettings': {
        const s = state.settings;
        if (body['lang'] !== undefined) s.language = body['lang'];
        if (body['time_zone'] !== undefined) s.time_zone = { name: body['time_zone'], tzinfo_name: body['time_zone'], utc_offset: 0 };
        if (body['sleep_time_enabled'] !== undefined) s.sleep_time.enabled = ON.includes(body['sleep_time_enabled']);
        if (body['start_sleep_time'] !== undefined) s.sleep_time.start_time = Number(body['start_sleep_time']);
        if (body['end_sleep_time'] !== undefined) s.sleep_time.end_time = Number(body['end_sleep_time']);
        if (body['trend_location_woeid'] !== undefined) s.trend_location_woeid = Number(body['trend_location_woeid']);
        return { status: 200, body: settingsObject(state) };
      }
      default:
        // The retired endpoints (update_profile_background_image, update_profile_colors) answer as Twitter does.
        return NOT_FOUND;
    }
  }

  async function respond(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req);
    // The Host header names the base URI the client signed; a malformed one falls back to the listening address.
    const origin = `http://${req.headers.host ?? ''}`;
    const url = new URL(req.url ?? '/', URL.canParse(origin) ? origin : `http://${host}:${port}`);
    const contentType = req.headers['content-type'];
    const query = Object.fromEntries(url.searchParams);
    const op = url.pathname.startsWith('/1.1/') ? spec.find(req.method ?? '', url.pathname.slice(4)) : undefined;
    const record: RecordedRequest = {
      method: req.method ?? '',
      path: url.pathname,
      query,
      operationId: op?.operationId,
      oauth: {},
      verified: false,
      expectedBaseString: undefined,
      contentType,
      fields: {},
      files: {},
      fault: undefined,
      response: { status: 0, headers: {}, body: undefined },
    };
    const cors: Record<string, string> = options.cors
      ? {
          'access-control-allow-origin': req.headers.origin ?? '*',
          'access-control-expose-headers': 'date, x-rate-limit-limit, x-rate-limit-remaining, x-rate-limit-reset',
        }
      : {};
    if (options.cors && req.method === 'OPTIONS') {
      // A preflight is the browser's, not a request of the API: answered, not logged.
      return void res
        .writeHead(204, {
          ...cors,
          'access-control-allow-methods': 'GET, POST',
          'access-control-allow-headers': 'authorization, content-type',
          'access-control-max-age': '600',
        })
        .end();
    }
    requests.push(record);

    const sendText = (status: number, type: string | undefined, text: string, headers: Record<string, string> = {}, body?: unknown) => {
      const all: Record<string, string> = {
        date: new Date(now()).toUTCString(),
        ...(type ? { 'content-type': type } : {}),
        'content-length': String(Buffer.byteLength(text)),
        ...cors,
        ...headers,
      };
      record.response = { status, headers: all, body };
      res.writeHead(status, all).end(text);
    };
    const send = ({ status, body }: Answer, headers: Record<string, string> = {}) =>
      body === undefined
        ? sendText(status, undefined, '', headers)
        : sendText(status, 'application/json; charset=utf-8', JSON.stringify(body), headers, body);

    try {
      await answerRequest();
    } catch (failure) {
      // An emulator bug answers like Twitter's own internal error, and is logged like any answer.
      if (res.headersSent) res.destroy();
      else send(error(500, 131, `Internal error (emulator: ${String(failure)})`));
    }

    async function answerRequest(): Promise<void> {
      const fault = faults.take(url.pathname);
      if (fault) {
        record.fault = fault.kind;
        switch (fault.kind) {
          case 'internal-error':
            return send(error(500, 131, 'Internal error'));
          case 'over-capacity':
            return send(error(503, 130, 'Over capacity'));
          case 'drop-connection':
            record.response.status = 0;
            return void req.socket.destroy();
          case 'truncated-json':
            return sendText(200, 'application/json; charset=utf-8', '{"id":2244994945,"id_str":"2244');
          case 'html-error-page':
            return sendText(503, 'text/html; charset=utf-8', OVER_CAPACITY_PAGE);
          case 'hang':
            await new Promise((resolve) => setTimeout(resolve, fault.seconds * 1000).unref());
            if (req.socket.destroyed) return;
        }
      }

      if (!op) return send(NOT_FOUND);
      const form = isType(contentType, FORM) ? raw.toString('utf8') : undefined;
      const verdict = verifier.verify({ method: record.method, url, authorization: req.headers.authorization, formBody: form });
      record.oauth = verdict.oauth;
      record.expectedBaseString = verdict.baseString;
      if (!verdict.ok) return send(error(verdict.status, verdict.code, verdict.message));
      record.verified = true;

      const limit = rateLimit(op, credentials.token);
      if (!limit.allowed) return send(error(429, 88, 'Rate limit exceeded'), limit.headers);
      if (op.deprecated) return send(NOT_FOUND, limit.headers);

      for (const parameter of op.parameters) {
        const value = query[parameter.name];
        if (value === undefined) continue;
        if (!parameter.validate(value)) return send(refusal(op, url.pathname, violation(parameter.validate.errors, parameter.name)), limit.headers);
      }
      let body: Record<string, string> = {};
      if (op.bodies.size > 0) {
        // No body reads as an empty form; Twitter also takes POST parameters from the query (its newer pages print
        // them there), so those join the body's.
        const empty = raw.length === 0;
        const media = empty ? FORM : [...op.bodies.keys()].find((type) => isType(contentType, type));
        const validate = media && op.bodies.get(media);
        if (!validate) {
          return send(error(400, 44, `The body must be ${[...op.bodies.keys()].join(' or ')}.`), limit.headers);
        }
        const parsed = empty ? {} : await parseBody(contentType ?? '', raw, record);
        if (!parsed) return send(legacy(400, url.pathname, 'The body could not be read as multipart/form-data.'), limit.headers);
        body = { ...query, ...parsed };
        // Ajv coerces in place (crop sizes to numbers); validate a copy and keep the text.
        if (!validate({ ...body })) return send(refusal(op, url.pathname, violation(validate.errors, 'body')), limit.headers);
      }

      // Uploads whose processing time has passed show now; one made by this request shows once its delay has passed
      // (at once with no delay), while its own answer still carries the old URL.
      settle(state, Date.now());
      const answer = handle(op, query, body, isType(contentType, 'multipart/form-data'));
      settle(state, Date.now());
      send(answer, limit.headers);
    }
  }

  const server = createServer((req, res) => {
    // respond() answers its own failures; what is left is a request that could not even be read.
    respond(req, res).catch(() => res.destroy());
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const address = server.address() as AddressInfo;
  const hostInUrl = address.family === 'IPv6' ? `[${address.address}]` : address.address;

  return {
    url: `http://${hostInUrl}:${address.port}/1.1/`,
    credentials,
    state,
    requests,
    inject: (fault) => faults.inject(fault),
    reset() {
      requests.length = 0;
      faults.clear();
      windows.clear();
    },
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
