import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import * as limits from '../src/limits.js';
import { bundledSpec, operations, type OpenApiDocument } from './helpers/spec.js';

// src/limits.ts copies numbers, patterns and lists out of spec/ (a browser bundle cannot carry the spec). Every one of
// them is compared here with the value read from the bundled spec, so that the two cannot drift apart. Nothing from
// the spec is written down again in this file: the spec side of each comparison is read from the document.

/** One constant of the client (or a part of it) and the spec value it must equal. */
interface Comparison {
  constant: keyof typeof limits;
  client: unknown;
  where: string;
  spec: unknown;
}

type Json = Record<string, unknown>;

function object(value: unknown, where: string): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error(`${where} is not an object`);
  return value as Json;
}

function array(value: unknown, where: string): unknown[] {
  if (!Array.isArray(value)) throw new Error(`${where} is not an array`);
  return value;
}

function string(value: unknown, where: string): string {
  if (typeof value !== 'string') throw new Error(`${where} is not a string`);
  return value;
}

/** A RegExp as it is compared: its source and flags (a spec `pattern` is an ECMA-262 regex without flags). */
function regex(pattern: RegExp): { source: string; flags: string } {
  return { source: pattern.source, flags: pattern.flags };
}

/** An ImageRules object as the spec describes it: a byte limit plus, for banners, x-image-dimensions. */
function rules(maxBytes: unknown, dimensions: unknown, where: string): Json {
  return { maxBytes, ...(dimensions === undefined ? {} : object(dimensions, `${where} x-image-dimensions`)) };
}

const CLIENT_USES = ['ProfileImageBinary', 'ProfileImageBase64', 'ProfileBannerBinary', 'ProfileBannerBase64'];
const UPLOADS = [
  ['updateProfileImage', 'image'],
  ['updateProfileBanner', 'banner'],
] as const;

/** Every comparison of src/limits.ts with the document. */
function comparisons(doc: OpenApiDocument): Comparison[] {
  const schemas = doc.components.schemas;
  const schema = (name: string): Json => object(schemas[name], `schema ${name}`);
  const properties = (name: string): Json => object(schema(name)['properties'], `${name}.properties`);
  const property = (name: string, key: string): Json => object(properties(name)[key], `${name}.properties.${key}`);
  const list: Comparison[] = [];
  const add = (constant: keyof typeof limits, client: unknown, where: string, spec: unknown) =>
    list.push({ constant, client, where, spec });

  // The length limit of every live (not deprecated) field of the profile form.
  const fieldLimits = Object.entries(properties('UpdateProfileForm'))
    .map(([key, value]) => [key, object(value, `UpdateProfileForm.properties.${key}`)] as const)
    .filter(([, p]) => p['maxLength'] !== undefined && p['deprecated'] !== true)
    .map(([key, p]) => [key, p['maxLength']]);
  const fields = Object.fromEntries(fieldLimits);
  add('PROFILE_FIELD_MAX_LENGTH', limits.PROFILE_FIELD_MAX_LENGTH, 'UpdateProfileForm maxLength', fields);

  for (const [constant, binary, base64] of [
    ['PROFILE_IMAGE_RULES', 'ProfileImageBinary', 'ProfileImageBase64'],
    ['PROFILE_BANNER_RULES', 'ProfileBannerBinary', 'ProfileBannerBase64'],
  ] as const) {
    const b = schema(binary);
    const t = schema(base64);
    const fromBinary = rules(b['maxLength'], b['x-image-dimensions'], binary);
    const fromBase64 = rules(t['x-max-bytes'], t['x-image-dimensions'], base64);
    add(constant, limits[constant], `${binary} maxLength and x-image-dimensions`, fromBinary);
    add(constant, limits[constant], `${base64} x-max-bytes and x-image-dimensions`, fromBase64);
  }

  // The schemas the client uploads into, and any other that names image formats.
  const withFormats = Object.keys(schemas).filter((n) => schema(n)['x-image-formats'] !== undefined);
  for (const name of new Set([...CLIENT_USES, ...withFormats])) {
    add('IMAGE_FORMATS', limits.IMAGE_FORMATS, `${name} x-image-formats`, schema(name)['x-image-formats']);
  }
  for (const [operationId, field] of UPLOADS) {
    const found = operations(doc).find(({ operation }) => operation.operationId === operationId);
    const contentType = found?.operation.requestBody?.content['multipart/form-data']?.encoding?.[field]?.contentType;
    const where = `${operationId} multipart ${field} contentType`;
    add('IMAGE_FORMATS', limits.IMAGE_FORMATS, where, string(contentType, where).split(/\s*,\s*/));
  }

  const crop = Object.entries(properties('BannerCrop')).map(([key, value]) => {
    const p = object(value, `BannerCrop.properties.${key}`);
    return [key, [p['minimum'], p['maximum']]];
  });
  add('TIME_ZONE_MAX_LENGTH', limits.TIME_ZONE_MAX_LENGTH, 'UpdateAccountSettingsForm time_zone maxLength', property('UpdateAccountSettingsForm', 'time_zone')['maxLength']);
  add('BANNER_CROP_LIMITS', limits.BANNER_CROP_LIMITS, 'BannerCrop minimum/maximum', Object.fromEntries(crop));

  for (const [constant, where, pattern] of [
    ['USER_ID_PATTERN', 'UserIdString pattern', schema('UserIdString')['pattern']],
    ['SCREEN_NAME_PATTERN', 'ScreenName pattern', schema('ScreenName')['pattern']],
    ['HEX_COLOR_PATTERN', 'HexColor pattern', schema('HexColor')['pattern']],
    ['LANG_PATTERN', 'UpdateAccountSettingsForm lang pattern', property('UpdateAccountSettingsForm', 'lang')['pattern']],
    ['TIME_ZONE_PATTERN', 'UpdateAccountSettingsForm time_zone pattern', property('UpdateAccountSettingsForm', 'time_zone')['pattern']],
    [
      'WOEID_PATTERN',
      'UpdateAccountSettingsForm trend_location_woeid pattern',
      property('UpdateAccountSettingsForm', 'trend_location_woeid')['pattern'],
    ],
  ] as const) {
    // Through RegExp, so that both sides are in the same escaping (`/` becomes `\/` in a source).
    add(constant, regex(limits[constant]), where, regex(new RegExp(string(pattern, where))));
  }

  const variants = object(property('ProfileBannerSizes', 'sizes')['properties'], 'ProfileBannerSizes.sizes.properties');
  const sizes = Object.entries(variants).map(([variant, value]) => {
    const allOf = array(object(value, variant)['allOf'], `${variant}.allOf`);
    const parts = allOf.map((part) => object(part, `${variant}.allOf[]`));
    // The allOf holds the shared BannerSize (w and h without const) and the variant's own w/h consts.
    const constOf = (key: string) =>
      parts
        .map((part) => part['properties'])
        .filter((p) => p !== undefined)
        .map((p) => object(object(p, `${variant} properties`)[key] ?? {}, `${variant}.${key}`)['const'])
        .find((c) => c !== undefined);
    return [variant, [constOf('w'), constOf('h')]];
  });
  add('PROFILE_BANNER_SIZES', limits.PROFILE_BANNER_SIZES, 'ProfileBannerSizes sizes w/h const', Object.fromEntries(sizes));

  return list;
}

/** The comparisons that do not hold, named `CONSTANT = where`. */
function differences(list: Comparison[]): string[] {
  return list.filter((c) => !isDeepStrictEqual(c.client, c.spec)).map((c) => `${c.constant} = ${c.where}`);
}

/** The same value with one leaf changed: a number plus one, a string with one more character. */
function perturbed(value: unknown): unknown {
  if (typeof value === 'number') return value + 1;
  if (typeof value === 'string') return `${value}x`;
  if (Array.isArray(value)) return [perturbed(value[0]), ...value.slice(1)];
  const [first] = Object.entries(object(value, 'value'));
  if (!first) throw new Error('nothing to change in an empty object');
  return { ...object(value, 'value'), [first[0]]: perturbed(first[1]) };
}

const doc = await bundledSpec();
const all = comparisons(doc);

describe('src/limits.ts', () => {
  it.each(all.map((c) => [c.constant, c.where, c] as const))('%s equals the spec: %s', (_constant, _where, c) => {
    expect(c.client).toEqual(c.spec);
    expect(differences([c])).toEqual([]);
  });

  it('has every exported constant compared with the spec', () => {
    expect([...new Set(all.map((c) => c.constant))].sort()).toEqual(Object.keys(limits).sort());
  });

  it.each(all.map((c) => [c.constant, c.where, c] as const))(
    'the %s comparison with %s notices a changed spec value',
    (constant, where, c) => {
      expect(differences([{ ...c, spec: perturbed(c.spec) }])).toEqual([`${constant} = ${where}`]);
    },
  );

  const schemaOf = (d: OpenApiDocument, name: string): Json => object(d.components.schemas[name], name);
  const mutations: [string, (d: OpenApiDocument) => void, string][] = [
    [
      'ProfileImageBinary maxLength',
      (d) => {
        const s = schemaOf(d, 'ProfileImageBinary');
        s['maxLength'] = Number(s['maxLength']) + 1;
      },
      'PROFILE_IMAGE_RULES = ProfileImageBinary maxLength and x-image-dimensions',
    ],
    [
      'the HexColor pattern',
      (d) => {
        schemaOf(d, 'HexColor')['pattern'] = '^[0-9A-F]{6}$';
      },
      'HEX_COLOR_PATTERN = HexColor pattern',
    ],
    [
      'a new length-limited profile field',
      (d) => {
        object(schemaOf(d, 'UpdateProfileForm')['properties'], 'properties')['pronouns'] = { type: 'string', maxLength: 40 };
      },
      'PROFILE_FIELD_MAX_LENGTH = UpdateProfileForm maxLength',
    ],
  ];

  it.each(mutations)('reads the document: changing %s in a copy of the spec is reported', (_what, mutate, expected) => {
    const copy = structuredClone(doc);
    mutate(copy);
    expect(differences(comparisons(copy))).toEqual([expected]);
    expect(differences(comparisons(doc))).toEqual([]);
  });
});
