// The emulator's fault injection: what each kind looks like on the wire (raw fetch), what our client makes of it,
// and how count, path and reset() scope a fault.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  createClient,
  signRequest,
  TwitterApiError,
  TwitterNetworkError,
  TwitterTimeoutError,
  type TwitterClient,
} from '../src/index.node.js';
import { startMockServer, type Fault, type MockServer } from '../src/mock/index.js';
import { rejection } from './helpers/caught.js';

let mock: MockServer;
let tw: TwitterClient;

beforeAll(async () => {
  mock = await startMockServer();
});
afterAll(() => mock.close());
beforeEach(() => {
  mock.reset();
  tw = createClient({ credentials: mock.credentials, baseUrl: mock.url, timeoutMs: 2_000 });
});

const VERIFY = 'account/verify_credentials.json';
const SHOW = 'users/show.json?screen_name=TwitterDev';

/** A signed GET with raw fetch (signed by our signer: the faults come before the signature check anyway). */
async function get(path: string, init: RequestInit = {}): Promise<Response> {
  const url = new URL(path, mock.url).href;
  const authorization = await signRequest({ method: 'GET', url }, mock.credentials);
  return fetch(url, { ...init, headers: { authorization } });
}

const faultsLogged = () => mock.requests.map((r) => r.fault);

describe('each kind, as raw fetch sees it and as the client reports it', () => {
  it("'internal-error': 500 / code 131", async () => {
    mock.inject({ kind: 'internal-error' });
    const response = await get(VERIFY);
    expect(response.status).toBe(500);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({ errors: [{ code: 131, message: 'Internal error' }] });

    mock.inject({ kind: 'internal-error' });
    const error = await rejection(tw.verifyCredentials());
    expect(error).toBeInstanceOf(TwitterApiError);
    expect(error).toMatchObject({ status: 500, codes: [131], bodyProblem: undefined });
    expect(faultsLogged()).toEqual(['internal-error', 'internal-error']);
    expect(mock.requests.map((r) => r.response.status)).toEqual([500, 500]);
  });

  it("'over-capacity': 503 / code 130", async () => {
    mock.inject({ kind: 'over-capacity' });
    const response = await get(VERIFY);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ errors: [{ code: 130, message: 'Over capacity' }] });

    mock.inject({ kind: 'over-capacity' });
    const error = await rejection(tw.verifyCredentials());
    expect(error).toBeInstanceOf(TwitterApiError);
    expect(error).toMatchObject({ status: 503, codes: [130] });
    expect(faultsLogged()).toEqual(['over-capacity', 'over-capacity']);
  });

  it("'truncated-json': a 200 whose JSON stops half-way", async () => {
    mock.inject({ kind: 'truncated-json' });
    const response = await get(VERIFY);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const text = await response.text();
    expect(text.length).toBeGreaterThan(0);
    expect(() => JSON.parse(text) as unknown).toThrow(SyntaxError);

    mock.inject({ kind: 'truncated-json' });
    const error = await rejection(tw.verifyCredentials());
    expect(error).toBeInstanceOf(TwitterApiError);
    expect(error).toMatchObject({ status: 200, codes: [], bodyProblem: 'malformed JSON body' });
    expect(faultsLogged()).toEqual(['truncated-json', 'truncated-json']);
    expect(mock.requests.map((r) => r.response.status)).toEqual([200, 200]);
  });

  it("'html-error-page': a 503 with text/html", async () => {
    mock.inject({ kind: 'html-error-page' });
    const response = await get(VERIFY);
    expect(response.status).toBe(503);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await response.text()).toMatch(/^<!DOCTYPE html>.*over capacity/is);

    mock.inject({ kind: 'html-error-page' });
    const error = await rejection(tw.verifyCredentials());
    expect(error).toBeInstanceOf(TwitterApiError);
    expect(error).toMatchObject({ status: 503, codes: [], errors: [], bodyProblem: 'HTML body instead of JSON' });
    expect(faultsLogged()).toEqual(['html-error-page', 'html-error-page']);
  });

  it("'drop-connection': no answer at all", async () => {
    mock.inject({ kind: 'drop-connection' });
    const failure = await rejection(get(VERIFY));
    expect(failure).toBeInstanceOf(TypeError); // undici's "fetch failed"

    mock.inject({ kind: 'drop-connection' });
    const error = await rejection(tw.verifyCredentials());
    expect(error).toBeInstanceOf(TwitterNetworkError);
    expect((error as TwitterNetworkError).request).toEqual({ method: 'GET', url: `${mock.url}${VERIFY}` });
    expect(faultsLogged()).toEqual(['drop-connection', 'drop-connection']);
    expect(mock.requests.map((r) => r.response.status)).toEqual([0, 0]);
    // The server is fine afterwards.
    expect((await get(VERIFY)).status).toBe(200);
  });

  it("'hang' longer than the client waits: a timeout", async () => {
    mock.inject({ kind: 'hang', seconds: 1 });
    const started = Date.now();
    const failure = await rejection(get(VERIFY, { signal: AbortSignal.timeout(200) }));
    expect(failure).toBeInstanceOf(DOMException);
    expect((failure as DOMException).name).toBe('TimeoutError');

    mock.inject({ kind: 'hang', seconds: 1 });
    const client = createClient({ credentials: mock.credentials, baseUrl: mock.url, timeoutMs: 200 });
    const error = await rejection(client.verifyCredentials());
    expect(error).toBeInstanceOf(TwitterTimeoutError);
    expect((error as TwitterTimeoutError).timeoutMs).toBe(200);
    expect(Date.now() - started).toBeLessThan(900);
    expect(faultsLogged()).toEqual(['hang', 'hang']);
  });

  it("'hang' shorter than the client waits: the normal answer, late", async () => {
    mock.inject({ kind: 'hang', seconds: 0.3 });
    let started = Date.now();
    const response = await get(VERIFY, { signal: AbortSignal.timeout(3_000) });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ screen_name: 'TwitterDev' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(280);

    mock.inject({ kind: 'hang', seconds: 0.3 });
    started = Date.now();
    const user = await tw.verifyCredentials();
    expect(user.screen_name).toBe('TwitterDev');
    expect(Date.now() - started).toBeGreaterThanOrEqual(280);
    expect(mock.requests.map((r) => [r.fault, r.verified, r.response.status])).toEqual([
      ['hang', true, 200],
      ['hang', true, 200],
    ]);
  });
});

describe('scope', () => {
  it('count: 2 affects exactly two responses, then all is normal', async () => {
    mock.inject({ kind: 'internal-error', count: 2 });
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await get(VERIFY)).status);
    expect(statuses).toEqual([500, 500, 200, 200]);
    expect(faultsLogged()).toEqual(['internal-error', 'internal-error', undefined, undefined]);
  });

  it.each([VERIFY, `/1.1/${VERIFY}`])("path '%s' affects only that path", async (path) => {
    mock.inject({ kind: 'over-capacity', path });
    expect((await get(SHOW)).status).toBe(200);
    expect((await get('account/settings.json')).status).toBe(200);
    expect((await get(VERIFY)).status).toBe(503);
    expect((await get(VERIFY)).status).toBe(200);
    expect(faultsLogged()).toEqual([undefined, undefined, 'over-capacity', undefined]);
  });

  it('faults armed for different paths wait for their own path', async () => {
    mock.inject({ kind: 'internal-error', path: VERIFY });
    mock.inject({ kind: 'over-capacity', path: 'users/show.json' });
    expect((await get(SHOW)).status).toBe(503);
    expect((await get(VERIFY)).status).toBe(500);
    expect((await get(SHOW)).status).toBe(200);
  });

  it('reset() clears armed faults', async () => {
    mock.inject({ kind: 'internal-error', count: 5 });
    mock.inject({ kind: 'drop-connection', path: VERIFY });
    mock.reset();
    expect((await get(VERIFY)).status).toBe(200);
    expect((await get(SHOW)).status).toBe(200);
    expect(faultsLogged()).toEqual([undefined, undefined]);
  });

  it('refuses a count below 1 or an unknown kind, and then affects nothing', async () => {
    expect(() => mock.inject({ kind: 'internal-error', count: 0 })).toThrow(TypeError);
    expect(() => mock.inject({ kind: 'internal-error', count: 1.5 })).toThrow(TypeError);
    expect(() => mock.inject({ kind: 'meltdown' as 'hang' })).toThrow(TypeError);
    expect(() => mock.inject({ kind: 'hang', seconds: 1e7 })).toThrow(TypeError);
    expect((await get(VERIFY)).status).toBe(200);
  });

  it('matches a path given with a query string by its path alone', async () => {
    mock.inject({ kind: 'internal-error', path: 'account/verify_credentials.json?include_email=true' });
    expect((await get(VERIFY)).status).toBe(500);
  });
});

describe('the client with retry', () => {
  it('retries two over-capacity answers through to success', async () => {
    const slept: number[] = [];
    const client = createClient({
      credentials: mock.credentials,
      baseUrl: mock.url,
      retry: {
        sleep: async (ms) => {
          slept.push(ms);
        },
      },
    });
    mock.inject({ kind: 'over-capacity', count: 2 });
    const user = await client.verifyCredentials();
    expect(user.screen_name).toBe('TwitterDev');
    expect(mock.requests.map((r) => [r.fault, r.response.status])).toEqual([
      ['over-capacity', 503],
      ['over-capacity', 503],
      [undefined, 200],
    ]);
    expect(slept).toEqual([1_000, 2_000]);
  });

  it('gives up after its retries when the faults outlast them', async () => {
    const client = createClient({ credentials: mock.credentials, baseUrl: mock.url, retry: { retries: 1, sleep: async () => {} } });
    const fault: Fault = { kind: 'internal-error', count: 3 };
    mock.inject(fault);
    const error = await rejection(client.verifyCredentials());
    expect(error).toMatchObject({ status: 500, codes: [131] });
    expect(mock.requests.length).toBe(2);
  });
});
