// Opt-in retries: 429 waits for the window to reset (bounded), 503/130 and 500/131 back off, and every attempt is
// signed afresh. A 401 / code 135 is retried once with Twitter's clock.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createClient, TwitterApiError } from '../src/index.node.js';
import { png as makePng } from './helpers/images.js';
import { CREDENTIALS, startTwitterServer, type TwitterServer } from './helpers/twitterServer.js';

let server: TwitterServer;
let waits: number[];
const sleep = async (ms: number) => {
  waits.push(ms);
};

beforeAll(async () => {
  server = await startTwitterServer();
});
afterAll(() => server.close());
beforeEach(() => {
  server.reset();
  waits = [];
});

const overCapacity = { status: 503, body: { errors: [{ code: 130, message: 'Over capacity' }] } };
const internal = { status: 500, body: { errors: [{ code: 131, message: 'Internal error' }] } };
function rateLimited(resetInSeconds: number) {
  const reset = String(Math.floor(Date.now() / 1000) + resetInSeconds);
  return {
    status: 429,
    body: { errors: [{ code: 88, message: 'Rate limit exceeded' }] },
    headers: { 'x-rate-limit-limit': '75', 'x-rate-limit-remaining': '0', 'x-rate-limit-reset': reset },
  };
}

describe('retries', () => {
  it('are off by default: one attempt, and the error', async () => {
    const tw = createClient({ credentials: CREDENTIALS, baseUrl: server.url });
    server.script(overCapacity);
    await expect(tw.verifyCredentials()).rejects.toMatchObject({ status: 503, codes: [130] });
    expect(server.received).toHaveLength(1);
  });

  it('wait for a 429 until x-rate-limit-reset, then succeed', async () => {
    const tw = createClient({ credentials: CREDENTIALS, baseUrl: server.url, retry: { sleep } });
    server.script(rateLimited(30));
    await expect(tw.verifyCredentials()).resolves.toMatchObject({ screen_name: 'TestUser' });
    expect(server.received).toHaveLength(2);
    expect(waits).toHaveLength(1);
    expect(waits[0]).toBeGreaterThan(29_000);
    expect(waits[0]).toBeLessThanOrEqual(31_000);
  });

  it('give up at once on a 429 whose window resets later than maxWaitMs', async () => {
    const tw = createClient({ credentials: CREDENTIALS, baseUrl: server.url, retry: { sleep, maxWaitMs: 10_000 } });
    server.script(rateLimited(600));
    const error = await tw.verifyCredentials().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TwitterApiError);
    expect((error as TwitterApiError).isRateLimited).toBe(true);
    expect((error as TwitterApiError).rateLimit?.remaining).toBe(0);
    expect(waits).toEqual([]);
    expect(server.received).toHaveLength(1);
  });

  it('back off exponentially on 503 / 130 and 500 / 131', async () => {
    const tw = createClient({ credentials: CREDENTIALS, baseUrl: server.url, retry: { sleep, retries: 3, baseDelayMs: 200 } });
    server.script(overCapacity, internal, overCapacity);
    await expect(tw.showUser({ screen_name: 'TestUser' })).resolves.toMatchObject({ id_str: '2244994945' });
    expect(waits).toEqual([200, 400, 800]);
    expect(server.received).toHaveLength(4);
  });

  it('stop after `retries` more attempts and reject with the last error', async () => {
    const tw = createClient({ credentials: CREDENTIALS, baseUrl: server.url, retry: { sleep, retries: 2 } });
    server.script(internal, internal, internal, internal);
    await expect(tw.verifyCredentials()).rejects.toMatchObject({ status: 500, codes: [131] });
    expect(server.received).toHaveLength(3);
  });

  it('never retry a client error such as 403', async () => {
    const tw = createClient({ credentials: CREDENTIALS, baseUrl: server.url, retry: { sleep } });
    server.script({ status: 403, body: { errors: [{ code: 261, message: 'Application cannot perform write actions.' }] } });
    await expect(tw.updateProfile({ name: 'x' })).rejects.toMatchObject({ status: 403 });
    expect(server.received).toHaveLength(1);
  });

  it('sign every attempt afresh: new nonce and timestamp, each verified', async () => {
    const tw = createClient({ credentials: CREDENTIALS, baseUrl: server.url, retry: { sleep } });
    server.script(overCapacity, overCapacity);
    await tw.updateProfile({ description: "retry me (it's fine!)" });
    const nonces = server.received.map((r) => r.oauth['oauth_nonce']);
    expect(new Set(nonces).size).toBe(3);
    expect(server.received.every((r) => r.verified)).toBe(true);
  });

  it('send the whole upload again on each attempt', async () => {
    const tw = createClient({ credentials: CREDENTIALS, baseUrl: server.url, retry: { sleep } });
    const png = makePng(300, 200);
    server.script(internal);
    await tw.updateProfileBanner(new Blob([png], { type: 'image/png' }));
    expect(server.received).toHaveLength(2);
    for (const request of server.received) expect(request.files['banner']?.bytes.equals(Buffer.from(png))).toBe(true);
  });
});

describe('clock skew', () => {
  it("retries a 401 / code 135 once, signed with the offset read from Twitter's Date header", async () => {
    const tw = createClient({ credentials: CREDENTIALS, baseUrl: server.url });
    const twitterTime = Date.now() + 3_600_000;
    server.script({
      status: 401,
      body: { errors: [{ code: 135, message: 'Timestamp out of bounds.' }] },
      headers: { date: new Date(twitterTime).toUTCString() },
    });
    await expect(tw.verifyCredentials()).resolves.toMatchObject({ screen_name: 'TestUser' });
    expect(tw.clockOffsetSeconds).toBeGreaterThan(3_590);
    expect(tw.clockOffsetSeconds).toBeLessThan(3_610);
    const [first, second] = server.received.map((r) => Number(r.oauth['oauth_timestamp']));
    expect((second ?? 0) - (first ?? 0)).toBeGreaterThan(3_590);
    expect(Math.abs((second ?? 0) - twitterTime / 1000)).toBeLessThan(10);
  });

  it('keeps the learnt offset for later calls, and does not retry a second 135 in the same call', async () => {
    const tw = createClient({ credentials: CREDENTIALS, baseUrl: server.url });
    const skewed = {
      status: 401,
      body: { errors: [{ code: 135, message: 'Timestamp out of bounds.' }] },
      headers: { date: new Date(Date.now() - 600_000).toUTCString() },
    };
    server.script(skewed, skewed);
    await expect(tw.verifyCredentials()).rejects.toMatchObject({ codes: [135] });
    expect(server.received).toHaveLength(2);
    await tw.verifyCredentials();
    const timestamp = Number(server.received.at(-1)?.oauth['oauth_timestamp']);
    expect(Math.abs(timestamp - (Date.now() - 600_000) / 1000)).toBeLessThan(10);
  });
});
