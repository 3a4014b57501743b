// A loopback stand-in for api.x.com used by the client's end-to-end tests. It verifies every signature with
// oauth-sign — an implementation nobody here wrote — parses multipart bodies for real (Response.formData), and
// answers like Twitter, including its errors. Tests can script the next answers (errors, hangs, resets).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import oauthSign from 'oauth-sign';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { createClient, type ClientOptions, type TwitterClient } from '../../src/index.node.js';

export const CREDENTIALS = {
  consumerKey: 'test-consumer-key',
  consumerSecret: 'TEST-CONSUMER-SECRET-5f3a',
  token: '12345-test-token',
  tokenSecret: 'TEST-TOKEN-SECRET-9c1d',
};

export interface Received {
  method: string;
  url: URL;
  headers: IncomingMessage['headers'];
  /** The decoded oauth_* parameters of the Authorization header. */
  oauth: Record<string, string>;
  /** Whether oauth-sign, given what arrived, computes the signature the request carried. */
  verified: boolean;
  /** Form fields (urlencoded or multipart text parts). */
  fields: Record<string, string>;
  /** Multipart file parts. */
  files: Record<string, { name: string; type: string; bytes: Buffer }>;
  raw: Buffer;
}

/** A scripted answer: a status with a body, or a misbehaviour. */
export type Scripted =
  | { status: number; body?: unknown; headers?: Record<string, string> }
  | { hang: true }
  | { hangBody: true }
  | { reset: true };

export interface TwitterServer {
  url: string;
  received: Received[];
  /** The last request received; throws when there is none. */
  last(): Received;
  /** Answers the next requests with these, in order, instead of the normal behaviour. */
  script(...answers: Scripted[]): void;
  /** Forgets what was received and scripted (between tests). */
  reset(): void;
  close(): Promise<void>;
}

const RATE_HEADERS = { 'x-rate-limit-limit': '75', 'x-rate-limit-remaining': '74', 'x-rate-limit-reset': '1900000000' };

function parseAuthorization(header: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (!header?.startsWith('OAuth ')) return out;
  for (const part of header.slice(6).split(',')) {
    const match = /^\s*([^=]+)="([^"]*)"\s*$/.exec(part);
    if (match?.[1] && match[2] !== undefined) out[decodeURIComponent(match[1])] = decodeURIComponent(match[2]);
  }
  return out;
}

function addParam(params: Record<string, string | string[]>, name: string, value: string): void {
  const existing = params[name];
  params[name] = existing === undefined ? value : [...(Array.isArray(existing) ? existing : [existing]), value];
}

function user(state: Record<string, string>) {
  return {
    id: 2244994945,
    id_str: '2244994945',
    name: state['name'] ?? 'Test User',
    screen_name: 'TestUser',
    location: state['location'] ?? null,
    url: state['url'] ?? null,
    description: state['description'] ?? null,
    protected: false,
    verified: false,
    followers_count: 1,
    friends_count: 2,
    listed_count: 0,
    favourites_count: 0,
    statuses_count: 3,
    created_at: 'Sat Dec 14 04:35:55 +0000 2013',
    profile_image_url_https: state['avatar'] ?? 'https://pbs.twimg.com/profile_images/1/old_normal.png',
    default_profile: true,
    default_profile_image: state['avatar'] === undefined,
  };
}

export async function startTwitterServer(): Promise<TwitterServer> {
  const received: Received[] = [];
  const scripted: Scripted[] = [];
  const sockets = new Set<Socket>();
  const state: Record<string, string> = {};

  async function handle(req: IncomingMessage, res: ServerResponse, raw: Buffer): Promise<void> {
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
    const oauth = parseAuthorization(req.headers.authorization);
    const contentType = req.headers['content-type'] ?? '';
    const fields: Record<string, string> = {};
    const files: Received['files'] = {};
    const params: Record<string, string | string[]> = {};
    for (const [k, v] of url.searchParams) addParam(params, k, v);
    for (const [k, v] of Object.entries(oauth)) if (k !== 'oauth_signature') addParam(params, k, v);
    if (contentType.startsWith('application/x-www-form-urlencoded')) {
      for (const [k, v] of new URLSearchParams(raw.toString('utf8'))) {
        fields[k] = v;
        addParam(params, k, v);
      }
    } else if (contentType.startsWith('multipart/form-data')) {
      const form = await new Response(Uint8Array.from(raw), { headers: { 'content-type': contentType } }).formData();
      for (const [k, v] of form) {
        if (typeof v === 'string') fields[k] = v;
        else files[k] = { name: v.name, type: v.type, bytes: Buffer.from(await v.arrayBuffer()) };
      }
    }
    const expected = oauthSign.hmacsign(
      req.method ?? 'GET',
      `${url.protocol}//${url.host}${url.pathname}`,
      params,
      CREDENTIALS.consumerSecret,
      CREDENTIALS.tokenSecret,
    );
    const verified = oauth['oauth_consumer_key'] === CREDENTIALS.consumerKey && oauth['oauth_signature'] === expected;
    received.push({ method: req.method ?? '', url, headers: req.headers, oauth, verified, fields, files, raw });

    const next = scripted.shift();
    if (next && 'reset' in next) return void req.socket.destroy();
    if (next && 'hang' in next) return;
    if (next && 'hangBody' in next) {
      res.writeHead(200, { 'content-type': 'application/json' });
      return void res.write('{"id":');
    }
    const answer = (status: number, body?: unknown, headers: Record<string, string> = {}) => {
      const text = body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body);
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...RATE_HEADERS, ...headers }).end(text);
    };
    if (next) return answer(next.status, next.body, next.headers);
    if (!verified) return answer(401, { errors: [{ code: 32, message: 'Could not authenticate you.' }] });

    const route = `${req.method} ${url.pathname}`;
    switch (route) {
      case 'GET /1.1/account/verify_credentials.json':
        return answer(200, { ...user(state), ...(url.searchParams.get('include_email') === 'true' ? { email: 'test@example.com' } : {}) });
      case 'GET /1.1/users/show.json':
        return answer(200, user(state));
      case 'POST /1.1/account/update_profile.json':
        Object.assign(state, fields);
        return answer(200, user(state));
      case 'POST /1.1/account/update_profile_image.json':
        state['avatar'] = `https://pbs.twimg.com/profile_images/${received.length}/new_normal.png`;
        return answer(200, user({ ...state, avatar: user({}).profile_image_url_https }));
      case 'POST /1.1/account/update_profile_banner.json':
        return answer(201);
      case 'POST /1.1/account/remove_profile_banner.json':
        return answer(200);
      case 'GET /1.1/users/profile_banner.json':
        return answer(200, { sizes: { web: { w: 520, h: 260, url: 'https://pbs.twimg.com/profile_banners/1/2/web' } } });
      case 'GET /1.1/account/settings.json':
      case 'POST /1.1/account/settings.json':
        return answer(200, { screen_name: 'TestUser', protected: false, language: fields['lang'] ?? 'en', sleep_time: { enabled: false, start_time: null, end_time: null } });
      default:
        return answer(404, { errors: [{ code: 34, message: 'Sorry, that page does not exist' }] });
    }
  }

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      handle(req, res, Buffer.concat(chunks)).catch((error: unknown) => {
        res.writeHead(500).end(String(error));
      });
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/1.1/`,
    received,
    last: () => {
      const request = received.at(-1);
      if (!request) throw new Error('the server received nothing');
      return request;
    },
    script: (...answers) => scripted.push(...answers),
    reset: () => {
      received.length = 0;
      scripted.length = 0;
    },
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/**
 * A test file's server and client: the server starts before the file's tests and closes after them; before each
 * test it forgets what it received, and a fresh client of the Node entry is made on it with `clientOptions`.
 */
export function useTwitterServer(clientOptions: Omit<ClientOptions, 'credentials' | 'baseUrl'> = {}): {
  readonly server: TwitterServer;
  readonly tw: TwitterClient;
} {
  let server: TwitterServer | undefined;
  let tw: TwitterClient | undefined;
  beforeAll(async () => {
    server = await startTwitterServer();
  });
  afterAll(() => server?.close());
  beforeEach(() => {
    server?.reset();
    tw = createClient({ ...clientOptions, credentials: CREDENTIALS, baseUrl: server?.url ?? '' });
  });
  const ready = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('useTwitterServer: used outside a test');
    return value;
  };
  return {
    get server() {
      return ready(server);
    },
    get tw() {
      return ready(tw);
    },
  };
}
