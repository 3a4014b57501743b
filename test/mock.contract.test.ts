// The contract between the spec, the emulator and the client: one session hits every operation of the spec with
// successes and error statuses; every answer the emulator logged must be declared by the spec for its operation,
// its body valid against the declared schema (or empty where none is declared), and the rate-limit headers the spec
// declares present once the request was authenticated.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, TwitterApiError, type TwitterClient } from '../src/index.node.js';
import { startMockServer, type MockServer, type RecordedRequest } from '../src/mock/index.js';
import { padded, png, type Bytes } from './helpers/images.js';
import { signedFetch, type RawInit } from './helpers/signedFetch.js';
import { schemaValidator } from './helpers/schemaValidator.js';
import { bundledSpec, operations, type OpenApiDocument, type Operation, type Response } from './helpers/spec.js';

// --- requests -----------------------------------------------------------------------------------------------------

/** The status of a signed raw request. */
async function raw(server: MockServer, method: 'GET' | 'POST', path: string, init: RawInit = {}): Promise<number> {
  return (await signedFetch(server, method, path, init)).status;
}

function multipart(parts: Record<string, string | Bytes>, field = 'image'): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(parts)) {
    if (typeof value === 'string') form.append(name, value);
    else form.append(name, new Blob([value], { type: 'image/png' }), `${field}.png`);
  }
  return form;
}

/**
 * A request each operation accepts, by operationId. Method and path come from the spec; a test below fails when
 * the spec has an operation this table lacks.
 */
const VALID: Record<string, (server: MockServer) => RawInit> = {
  verifyCredentials: () => ({ query: { include_email: 'true', skip_status: 'true' } }),
  updateProfile: () => ({ form: { name: 'Contract Test', url: 'example.com', location: 'Ålesund', description: 'contract 🐦' } }),
  updateProfileImage: () => ({ multipart: multipart({ image: png(64, 64), skip_status: 't' }) }),
  updateProfileBanner: () => ({ multipart: multipart({ banner: png(1500, 500) }, 'banner') }),
  removeProfileBanner: () => ({}),
  profileBannerSizes: (server) => ({ query: { screen_name: server.state.screen_name } }),
  showUser: (server) => ({ query: { user_id: server.state.id_str } }),
  accountSettings: () => ({}),
  updateAccountSettings: () => ({ form: { lang: 'en', sleep_time_enabled: 'true', start_sleep_time: '23', end_sleep_time: '6' } }),
  updateProfileBackgroundImage: () => ({ multipart: multipart({ image: png(64, 64), tile: 'true' }) }),
  updateProfileColors: () => ({ form: { profile_link_color: 'F00' } }),
};

// --- the session --------------------------------------------------------------------------------------------------

interface SpecOperation {
  method: string;
  path: string;
  operation: Operation;
}

let doc: OpenApiDocument;
let validate: ReturnType<typeof schemaValidator>;
let specOps: Map<string, SpecOperation>;
/** Every request both emulators logged, named by the emulator that served it. */
let log: { server: string; request: RecordedRequest }[];
const servers: MockServer[] = [];

function specOp(operationId: string): SpecOperation {
  const op = specOps.get(operationId);
  if (!op) throw new Error(`the spec has no operation ${operationId}`);
  return op;
}

/** Sends `VALID[operationId]` (or `init`) to the operation's method and path. */
function call(server: MockServer, operationId: string, init?: RawInit): Promise<number> {
  const { method, path } = specOp(operationId);
  const build = VALID[operationId];
  if (!build) throw new Error(`no request for operation ${operationId} in VALID`);
  return raw(server, method.toUpperCase() === 'GET' ? 'GET' : 'POST', path, init ?? build(server));
}

async function expectRejection(promise: Promise<unknown>, status: number): Promise<void> {
  const error = await promise.then(
    () => new Error(`expected a rejection with status ${status}`),
    (e: unknown) => e,
  );
  if (!(error instanceof TwitterApiError) || error.status !== status) throw error;
}

/** Requests of the session that did not get the status they were sent for. */
const deviations: string[] = [];
async function want(status: number, what: string, sent: Promise<number>): Promise<void> {
  const got = await sent;
  if (got !== status) deviations.push(`${what}: wanted ${status}, got ${got}`);
}

async function session(main: MockServer, tw: TwitterClient): Promise<void> {
  const me = { screen_name: main.state.screen_name };

  // Successes, through the client.
  await tw.verifyCredentials({ include_email: true });
  await tw.verifyCredentials({ include_entities: false, skip_status: true });
  await tw.updateProfile({ name: "Contract (it's *!) 🐦", url: 'example.com/contract', location: 'Zürich', description: 'Hi 🎉' });
  await tw.showUser(me);
  await tw.showUser({ user_id: main.state.id_str, include_entities: false });
  await expectRejection(tw.profileBannerSizes(me), 404); // no banner yet: 404 / 34
  await tw.updateProfileBanner(png(1500, 500));
  await tw.updateProfileBanner(png(1500, 500), { encoding: 'base64', width: 1500, height: 500, offset_left: 0, offset_top: 0 });
  await tw.profileBannerSizes(me);
  await tw.showUser(me); // with profile_banner_url
  await tw.updateProfileImage(png(64, 64));
  await tw.updateProfileImage(png(64, 64), { encoding: 'base64', include_entities: false });
  await tw.verifyCredentials(); // with the new avatar (profileImageDelayMs 0)
  await tw.accountSettings();
  await tw.updateAccountSettings({ lang: 'it', time_zone: 'Europe/Rome', trend_location_woeid: '23424853', sleep_time_enabled: false });
  await tw.removeProfileBanner();
  // The retired endpoints, correctly signed: 404 / 34.
  await tw.api.POST('/account/update_profile_colors.json', { body: { profile_link_color: '1DA1F2' } });
  await tw.api.POST('/account/update_profile_background_image.json', { body: { image: Buffer.from(png(64, 64)).toString('base64') } });

  // 401 on every operation: a wrong consumer secret (code 32); an unknown token (89) and a wrong client once.
  for (const operationId of specOps.keys()) {
    const init = { ...VALID[operationId]?.(main), credentials: { ...main.credentials, consumerSecret: 'wrong' } };
    await want(401, `${operationId} with a wrong consumer secret`, call(main, operationId, init));
  }
  await want(401, 'an unknown token', call(main, 'verifyCredentials', { credentials: { ...main.credentials, token: '1-unknown-token' } }));
  await expectRejection(createClient({ credentials: { ...main.credentials, tokenSecret: 'wrong' }, baseUrl: main.url }).showUser(me), 401);
  // 400 / 215: no Authorization header.
  await want(400, 'GET settings unsigned', call(main, 'accountSettings', { credentials: null }));
  await want(400, 'update_profile unsigned', call(main, 'updateProfile', { form: { name: 'x' }, credentials: null }));

  // 403 / 38: the user selector or the image missing.
  await want(403, 'users/show without a user', call(main, 'showUser', {}));
  await want(403, 'profile_banner without a user', call(main, 'profileBannerSizes', {}));
  await want(403, 'update_profile_image without image', call(main, 'updateProfileImage', { multipart: multipart({ skip_status: 'true' }) }));
  const cropOnly = multipart({ width: '1500', height: '500', offset_left: '0', offset_top: '0' });
  await want(403, 'update_profile_banner without banner', call(main, 'updateProfileBanner', { multipart: cropOnly }));
  // 403 / 120: a value over its length.
  await want(403, 'name of 51', call(main, 'updateProfile', { form: { name: 'n'.repeat(51) } }));
  await want(403, 'description of 161', call(main, 'updateProfile', { form: { description: 'd'.repeat(161) } }));
  // 404 / 50: someone else.
  await want(404, 'users/show of someone else', call(main, 'showUser', { query: { screen_name: 'someone_else' } }));
  await want(404, 'profile_banner of someone else', call(main, 'profileBannerSizes', { query: { user_id: '12345' } }));
  // 400 / 44 and legacy 400s.
  await want(400, 'user_id abc', call(main, 'showUser', { query: { user_id: 'abc' } }));
  await want(400, 'include_entities maybe', call(main, 'verifyCredentials', { query: { include_entities: 'maybe' } }));
  await want(400, 'a JSON body', call(main, 'updateProfile', { json: { name: 'From JSON' } }));
  await want(400, 'lang English', call(main, 'updateAccountSettings', { form: { lang: 'English' } }));
  await want(200, 'settings without a body (read as an empty form: nothing changes)', call(main, 'updateAccountSettings', {}));
  const onlyWidth = multipart({ banner: png(1500, 500), width: '1000' }, 'banner');
  await want(400, 'crop with only width', call(main, 'updateProfileBanner', { multipart: onlyWidth }));
  const negative = multipart({ banner: png(1500, 500), width: '-1', height: '500', offset_left: '0', offset_top: '0' }, 'banner');
  await want(400, 'crop width -1', call(main, 'updateProfileBanner', { multipart: negative }));
  const text = multipart({ image: new TextEncoder().encode('not an image') });
  await want(400, 'a text file as image', call(main, 'updateProfileImage', { multipart: text }));
  await want(400, 'an avatar of 716,800 bytes', call(main, 'updateProfileImage', { multipart: multipart({ image: padded(png(64, 64), 716_800) }) }));
  await want(400, 'a data: URL as image', call(main, 'updateProfileImage', { form: { image: 'data:image/png;base64,iVBORw0KGgo=' } }));
  // 422: banners too small or too large.
  await want(422, 'a 150×80 banner', call(main, 'updateProfileBanner', { multipart: multipart({ banner: png(150, 80) }, 'banner') }));
  await want(422, 'a 150×80 banner, base64', call(main, 'updateProfileBanner', { form: { banner: Buffer.from(png(150, 80)).toString('base64') } }));
  const huge = multipart({ banner: padded(png(1500, 500), 5_242_880) }, 'banner');
  await want(422, 'a banner of 5,242,880 bytes', call(main, 'updateProfileBanner', { multipart: huge }));
}

/** Every operation limited to one request per window: the first answer is the normal one, the second 429 / 88. */
async function rateLimitedSession(limited: MockServer): Promise<void> {
  for (const operationId of specOps.keys()) {
    await call(limited, operationId);
    await want(429, `${operationId} a second time in its window of 1`, call(limited, operationId));
  }
}

beforeAll(async () => {
  doc = await bundledSpec();
  validate = schemaValidator(doc);
  specOps = new Map(operations(doc).map((o) => [o.operation.operationId, o]));

  const main = await startMockServer({ host: '127.0.0.1', profileImageDelayMs: 0 });
  servers.push(main);
  const limited = await startMockServer({
    host: '127.0.0.1',
    rateLimits: Object.fromEntries([...specOps.keys()].map((id) => [id, 1])),
  });
  servers.push(limited);

  await session(main, createClient({ credentials: main.credentials, baseUrl: main.url }));
  await rateLimitedSession(limited);
  log = [
    ...main.requests.map((request) => ({ server: 'main', request })),
    ...limited.requests.map((request) => ({ server: 'rate-limited', request })),
  ];
});
afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()));
});

// --- checks -------------------------------------------------------------------------------------------------------

/** The spec's response for a status: exact, then `4XX`-style ranges, then `default`. */
function declared(operation: Operation, status: number): Response | undefined {
  const { responses } = operation;
  return responses[String(status)] ?? responses[`${String(status).charAt(0)}XX`] ?? responses['default'];
}

function where({ server, request }: { server: string; request: RecordedRequest }): string {
  return `(${request.operationId ?? 'no operation'}, ${request.response.status}) [${server}: ${request.method} ${request.path}]`;
}

const isAnswerWithLimits = (status: number) => (status >= 200 && status < 300) || (status >= 400 && status < 500);

describe('the contract between spec, emulator and client', () => {
  it('each request of the session got the status it was sent for', () => {
    expect(deviations).toEqual([]);
  });

  it('the request table covers exactly the operations of the spec', () => {
    expect(Object.keys(VALID).sort()).toEqual([...specOps.keys()].sort());
  });

  it("the session hit every operation of the spec (all eleven) and nothing else", () => {
    const seen = new Set(log.map(({ request }) => request.operationId ?? `unknown: ${request.method} ${request.path}`));
    expect([...seen].sort()).toEqual([...specOps.keys()].sort());
    expect(specOps.size).toBe(11);
    // The log holds each request with the method and path of its operation.
    const misrouted = log
      .filter(({ request }) => {
        const op = request.operationId === undefined ? undefined : specOps.get(request.operationId);
        return !op || op.method.toUpperCase() !== request.method || `/1.1${op.path}` !== request.path;
      })
      .map(where);
    expect(misrouted).toEqual([]);
  });

  it('the session met successes and the error statuses 400, 401, 403, 404, 422 and 429', () => {
    const statuses = new Map<string, Set<number>>();
    for (const { request } of log) {
      const id = request.operationId ?? '?';
      statuses.set(id, (statuses.get(id) ?? new Set()).add(request.response.status));
    }
    const problems: string[] = [];
    for (const [id, { operation }] of specOps) {
      const got = statuses.get(id) ?? new Set<number>();
      if (!operation.deprecated && ![...got].some((s) => s >= 200 && s < 300)) problems.push(`${id}: no 2xx`);
      if (operation.deprecated && !got.has(404)) problems.push(`${id}: retired, but no 404`);
      for (const status of [401, 429]) if (!got.has(status)) problems.push(`${id}: no ${status}`);
    }
    expect(problems).toEqual([]);
    const all = new Set(log.map(({ request }) => request.response.status));
    for (const status of [200, 201, 400, 401, 403, 404, 422, 429]) expect(all, `status ${status}`).toContain(status);
  });

  it('every status the emulator answered is declared in the spec for that operation', () => {
    const undeclared = log
      .filter(({ request }) => {
        const op = request.operationId === undefined ? undefined : specOps.get(request.operationId);
        return request.fault !== undefined || !op || !declared(op.operation, request.response.status);
      })
      .map((entry) => `${where(entry)}: status not declared${entry.request.fault ? ` (fault ${entry.request.fault})` : ''}`);
    expect(undeclared).toEqual([]);
  });

  it("every answer's body is valid against the spec's schema for its operation and status (empty where none is declared)", () => {
    const mismatches: string[] = [];
    for (const entry of log) {
      const { request } = entry;
      const op = request.operationId === undefined ? undefined : specOps.get(request.operationId);
      const response = op && declared(op.operation, request.response.status);
      if (!response) continue; // the test above reports it
      const { body, headers } = request.response;
      const media = response.content?.['application/json'];
      const otherMedia = Object.keys(response.content ?? {}).filter((type) => type !== 'application/json');
      if (otherMedia.length > 0) mismatches.push(`${where(entry)}: the spec declares ${otherMedia.join(', ')}, not checked here`);
      if (media) {
        if (!headers['content-type']?.startsWith('application/json')) {
          mismatches.push(`${where(entry)}: content-type ${headers['content-type'] ?? '(none)'}, the spec declares application/json`);
        }
        if (body === undefined) mismatches.push(`${where(entry)}: empty body, the spec declares application/json`);
        else for (const error of validate(media.schema, body)) mismatches.push(`${where(entry)}: ${error}`);
      } else if (body !== undefined || headers['content-length'] !== '0') {
        mismatches.push(`${where(entry)}: a body (${JSON.stringify(body)}) where the spec declares none`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('the rate-limit headers the spec declares are present and valid on 2xx/4xx answers after authentication', () => {
    const mismatches: string[] = [];
    let checked = 0;
    for (const entry of log) {
      const { request } = entry;
      const op = request.operationId === undefined ? undefined : specOps.get(request.operationId);
      const response = op && declared(op.operation, request.response.status);
      if (!response || !request.verified || !isAnswerWithLimits(request.response.status)) continue;
      const names = Object.keys(response.headers ?? {}).filter((name) => /^x-rate-limit-/i.test(name));
      if (names.length === 0) mismatches.push(`${where(entry)}: the spec declares no rate-limit header`);
      for (const name of names) {
        checked += 1;
        const value = request.response.headers[name.toLowerCase()];
        const schema = response.headers?.[name]?.schema ?? {};
        if (value === undefined) mismatches.push(`${where(entry)}: ${name} missing`);
        else if (!/^[0-9]+$/.test(value)) mismatches.push(`${where(entry)}: ${name} = ${JSON.stringify(value)} is not an integer`);
        else for (const error of validate(schema, Number(value))) mismatches.push(`${where(entry)}: ${name} ${error}`);
      }
    }
    expect(mismatches).toEqual([]);
    expect(checked).toBeGreaterThan(0);
  });

  it('the rate-limit headers say what happened: remaining counts down, 429 comes with remaining 0', () => {
    const problems: string[] = [];
    for (const entry of log.filter((e) => e.server === 'rate-limited')) {
      const { status, headers } = entry.request.response;
      if (!entry.request.verified) continue;
      if (headers['x-rate-limit-limit'] !== '1') problems.push(`${where(entry)}: x-rate-limit-limit ${headers['x-rate-limit-limit']}`);
      if (headers['x-rate-limit-remaining'] !== '0') problems.push(`${where(entry)}: x-rate-limit-remaining ${headers['x-rate-limit-remaining']}`);
      if (status === 429 && JSON.stringify(entry.request.response.body) !== JSON.stringify({ errors: [{ code: 88, message: 'Rate limit exceeded' }] })) {
        problems.push(`${where(entry)}: 429 without code 88`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('answers before authentication carry no rate-limit headers (the spec: sent "once the request was authenticated and counted")', () => {
    const withHeaders = log
      .filter(({ request }) => !request.verified && Object.keys(request.response.headers).some((h) => h.startsWith('x-rate-limit-')))
      .map(where);
    expect(withHeaders).toEqual([]);
    expect(log.some(({ request }) => !request.verified)).toBe(true);
  });
});
