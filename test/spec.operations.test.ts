import { beforeAll, describe, expect, it } from 'vitest';
import { schemaValidator } from './helpers/schemaValidator.js';
import { bundledSpec, operations, type OpenApiDocument, type Operation } from './helpers/spec.js';

const FORM = 'application/x-www-form-urlencoded';
const MULTIPART = 'multipart/form-data';

// operationId → method, path and the request media types the client relies on.
const EXPECTED: [string, string, string, string[]][] = [
  ['updateProfileImage', 'post', '/account/update_profile_image.json', [MULTIPART, FORM]],
  ['updateProfileBanner', 'post', '/account/update_profile_banner.json', [MULTIPART, FORM]],
  ['removeProfileBanner', 'post', '/account/remove_profile_banner.json', []],
  ['profileBannerSizes', 'get', '/users/profile_banner.json', []],
  ['updateProfile', 'post', '/account/update_profile.json', [FORM]],
  ['showUser', 'get', '/users/show.json', []],
  ['verifyCredentials', 'get', '/account/verify_credentials.json', []],
  ['accountSettings', 'get', '/account/settings.json', []],
  ['updateAccountSettings', 'post', '/account/settings.json', [FORM]],
  ['updateProfileBackgroundImage', 'post', '/account/update_profile_background_image.json', [MULTIPART, FORM]],
  ['updateProfileColors', 'post', '/account/update_profile_colors.json', [FORM]],
];

let doc: OpenApiDocument;
let validate: ReturnType<typeof schemaValidator>;
beforeAll(async () => {
  doc = await bundledSpec();
  validate = schemaValidator(doc);
});

function operation(id: string): Operation {
  const found = operations(doc).find(({ operation }) => operation.operationId === id);
  if (!found) throw new Error(`no operation ${id}`);
  return found.operation;
}

function schema(name: string): Record<string, unknown> {
  return { $ref: `#/components/schemas/${name}` };
}

describe('operations', () => {
  it('are exactly the eleven the client names, at their documented method and path', () => {
    const actual = operations(doc).map(({ method, path, operation }) => [operation.operationId, method, path]);
    expect(actual.sort()).toEqual(EXPECTED.map(([id, method, path]) => [id, method, path]).sort());
  });

  it.each(EXPECTED)('%s takes its body in the media types Twitter accepts', (id, _m, _p, mediaTypes) => {
    expect(Object.keys(operation(id).requestBody?.content ?? {})).toEqual(mediaTypes);
  });

  it('upload images as multipart binary parts limited to GIF, JPEG and PNG', () => {
    for (const [id, field] of [
      ['updateProfileImage', 'image'],
      ['updateProfileBanner', 'banner'],
    ] as const) {
      const media = operation(id).requestBody?.content[MULTIPART];
      expect(media?.encoding?.[field]?.contentType).toBe('image/gif, image/jpeg, image/png');
    }
    expect(doc.components.schemas['ProfileImageBinary']).toMatchObject({ format: 'binary', maxLength: 716799 });
    expect(doc.components.schemas['ProfileImageBase64']).toMatchObject({ contentEncoding: 'base64' });
  });

  it('mark the two retired endpoints deprecated and describe their 404 / code 34', () => {
    for (const id of ['updateProfileBackgroundImage', 'updateProfileColors']) {
      const op = operation(id);
      expect(op.deprecated).toBe(true);
      const examples = op.responses['404']?.content?.['application/json']?.examples ?? {};
      expect(Object.values(examples).map((e) => (e.value as { errors: { code: number }[] }).errors[0]?.code)).toContain(34);
    }
    const live = operations(doc).filter(({ operation }) => operation.deprecated);
    expect(live).toHaveLength(2);
  });

  it('answer the banner upload with 200, 201 or 202 and an empty body', () => {
    const responses = operation('updateProfileBanner').responses;
    for (const status of ['200', '201', '202']) expect(responses[status]?.content).toBeUndefined();
    expect(responses['422']).toBeDefined();
    expect(operation('removeProfileBanner').responses['200']?.content).toBeUndefined();
  });

  it('declare the x-rate-limit headers on every 2xx and 4xx response', () => {
    const missing = operations(doc).flatMap(({ operation }) =>
      Object.entries(operation.responses)
        .filter(([status]) => /^[24]/.test(status))
        .filter(([, response]) => {
          const names = Object.keys(response.headers ?? {}).map((n) => n.toLowerCase());
          return !['x-rate-limit-limit', 'x-rate-limit-remaining', 'x-rate-limit-reset'].every((n) => names.includes(n));
        })
        .map(([status]) => `${operation.operationId} ${status}`),
    );
    expect(missing).toEqual([]);
  });

  it('are served over HTTPS only, on api.x.com and api.twitter.com', () => {
    expect(doc.servers.map((s) => s.url)).toEqual(['https://api.x.com/1.1', 'https://api.twitter.com/1.1']);
  });

  it('use OAuth 1.0a as the http "OAuth" scheme; only showUser also takes a bearer token', () => {
    expect(doc.components.securitySchemes['UserToken']).toMatchObject({ type: 'http', scheme: 'OAuth' });
    const withOwnSecurity = operations(doc).filter(({ operation }) => operation.security);
    expect(withOwnSecurity.map(({ operation }) => operation.operationId)).toEqual(['showUser']);
  });
});

describe('schemas', () => {
  it('require all four banner crop parameters or none', () => {
    const banner = schema('UpdateProfileBannerForm');
    const image = 'iVBORw0KGgo=';
    expect(validate(banner, { banner: image })).toEqual([]);
    expect(validate(banner, { banner: image, width: 1500, height: 500, offset_left: 0, offset_top: 0 })).toEqual([]);
    expect(validate(banner, { banner: image, width: 1500 })).not.toEqual([]);
    expect(validate(banner, { banner: image, width: 1500, height: 500, offset_left: 0 })).not.toEqual([]);
  });

  it('accept booleans as true, t, 1 and false, and nothing else', () => {
    for (const value of ['true', 't', '1', 'false']) expect(validate(schema('TwitterBoolean'), value)).toEqual([]);
    for (const value of ['yes', 'TRUE', '0', true]) expect(validate(schema('TwitterBoolean'), value)).not.toEqual([]);
  });

  it('take user_id as a numeric string only', () => {
    expect(validate(schema('UserIdString'), '1683525829212717057')).toEqual([]);
    for (const value of [2244994945, '12a', '', '123456789012345678901']) {
      expect(validate(schema('UserIdString'), value)).not.toEqual([]);
    }
  });

  it('limit profile fields to 50 / 100 / 30 / 160 characters, counted in code points', () => {
    const form = schema('UpdateProfileForm');
    expect(validate(form, { name: '🐦'.repeat(50) })).toEqual([]);
    expect(validate(form, { name: '🐦'.repeat(51) })).not.toEqual([]);
    expect(validate(form, { url: 'x'.repeat(101) })).not.toEqual([]);
    expect(validate(form, { location: 'x'.repeat(31) })).not.toEqual([]);
    expect(validate(form, { description: 'x'.repeat(160) })).toEqual([]);
    expect(validate(form, { description: 'x'.repeat(161) })).not.toEqual([]);
  });

  it('accept hex colours of three or six digits', () => {
    for (const value of ['FFF', '1da1f2']) expect(validate(schema('HexColor'), value)).toEqual([]);
    for (const value of ['#FFF', 'FFFF', 'GGG']) expect(validate(schema('HexColor'), value)).not.toEqual([]);
  });

  it('admit both error shapes Twitter sends, and refuse anything else', () => {
    const error = schema('ErrorResponse');
    expect(validate(error, { errors: [{ code: 32, message: 'Could not authenticate you.' }] })).toEqual([]);
    expect(validate(error, { request: '/1.1/account/update_profile_image.json', error: 'media type unrecognized.' })).toEqual([]);
    expect(validate(error, { message: 'nope' })).not.toEqual([]);
  });

  it('give the nine banner variants their documented dimensions', () => {
    const sizes = schema('ProfileBannerSizes');
    const url = 'https://pbs.twimg.com/profile_banners/1/2/web';
    expect(validate(sizes, { sizes: { web: { w: 520, h: 260, url } } })).toEqual([]);
    expect(validate(sizes, { sizes: { web: { w: 521, h: 260, url } } })).not.toEqual([]);
  });
});

describe('error codes', () => {
  // code → the HTTP status it is documented with in the responses.
  const CODES: Record<number, string> = {
    32: '401', 89: '401', 135: '401', 215: '400', 44: '400', 324: '400', 34: '404', 50: '404', 38: '403',
    63: '403', 64: '403', 92: '403', 99: '403', 120: '403', 220: '403', 261: '403', 326: '403', 453: '403',
    88: '429', 131: '500', 130: '503',
  };

  it('each come with an example under the HTTP status they are documented with', () => {
    const seen = new Map<number, Set<string>>();
    for (const { operation } of operations(doc)) {
      for (const [status, response] of Object.entries(operation.responses)) {
        for (const example of Object.values(response.content?.['application/json']?.examples ?? {})) {
          for (const e of (example.value as { errors?: { code: number }[] }).errors ?? []) {
            seen.set(e.code, (seen.get(e.code) ?? new Set()).add(status));
          }
        }
      }
    }
    for (const [code, status] of Object.entries(CODES)) expect([...(seen.get(Number(code)) ?? [])]).toEqual([status]);
  });

  it('are all listed, with 251 too, in the ErrorCode table', () => {
    const description = String(doc.components.schemas['ErrorCode']?.['description']);
    for (const code of [...Object.keys(CODES), '251']) expect(description).toMatch(new RegExp(`\\| ${code} \\|`));
  });
});
