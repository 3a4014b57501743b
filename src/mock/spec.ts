// The emulator's view of the spec: the bundled dist/openapi.json (shipped with the package; `npm run bundle` writes it
// in a checkout), its operations by method and path, and Ajv validators for their parameters and bodies. Nothing
// here restates a limit: lengths, patterns, formats and sizes are read from the spec, the image rules through the
// vendor keywords spec/README.md documents.
import { readFileSync } from 'node:fs';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { dimensions, HEAD_BYTES, sniff } from '../images.js';

type Json = Record<string, unknown>;

export interface SpecParameter {
  name: string;
  in: 'query' | 'header' | 'path' | 'cookie';
  required?: boolean;
  validate: ValidateFunction;
}

export interface SpecOperation {
  operationId: string;
  method: string;
  path: string;
  deprecated: boolean;
  parameters: SpecParameter[];
  /** Body validators by media type; empty for operations without a body. */
  bodies: Map<string, ValidateFunction>;
  /** x-twitter-rate-limit, when the spec publishes one. */
  rateLimit?: { window: number; user: number };
  /** The spec's response schemas by status, for the contract test. */
  responses: Map<string, ValidateFunction | undefined>;
}

export interface SpecViolation {
  field: string;
  keyword: string;
  params: Record<string, unknown>;
}

const SPEC_URL = new URL('../../dist/openapi.json', import.meta.url);

function pointer(doc: Json, ref: string): Json {
  return ref
    .slice(2)
    .split('/')
    .reduce<Json>((node, key) => node[key.replace(/~1/g, '/').replace(/~0/g, '~')] as Json, doc);
}

/** Image bytes of a multipart part arrive as a latin1 string (one char per byte); base64 fields as text. */
function imageHead(data: string, schema: Json): Uint8Array {
  if (schema['contentEncoding'] === 'base64') {
    const head = data.slice(0, Math.floor(HEAD_BYTES / 3) * 4);
    try {
      return Uint8Array.from(atob(head), (c) => c.charCodeAt(0));
    } catch {
      return new Uint8Array();
    }
  }
  return Uint8Array.from(data.slice(0, HEAD_BYTES), (c) => c.charCodeAt(0));
}

function decodedBytes(base64: string): number {
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  return Math.floor(base64.length / 4) * 3 - padding;
}

function createAjv(): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: false, coerceTypes: true, strict: false });
  (addFormats as unknown as (a: Ajv2020) => void)(ajv);
  ajv.addFormat('binary', true);
  ajv.addKeyword({
    keyword: 'x-image-formats',
    type: 'string',
    schemaType: 'array',
    validate: (formats: string[], data: string, parent?: Json) => {
      const type = sniff(imageHead(data, parent ?? {}));
      return type !== undefined && formats.includes(type);
    },
  });
  ajv.addKeyword({
    keyword: 'x-max-bytes',
    type: 'string',
    schemaType: 'number',
    validate: (max: number, data: string) => decodedBytes(data) <= max,
  });
  ajv.addKeyword({
    keyword: 'x-image-dimensions',
    type: 'string',
    schemaType: 'object',
    validate: (limits: { minWidth: number; minHeight: number; maxWidth: number; maxHeight: number }, data: string, parent?: Json) => {
      const head = imageHead(data, parent ?? {});
      const type = sniff(head);
      const size = type && dimensions(type, head);
      if (!size) return true; // an unreadable header is x-image-formats' business
      return size.width >= limits.minWidth && size.height >= limits.minHeight && size.width <= limits.maxWidth && size.height <= limits.maxHeight;
    },
  });
  return ajv;
}

/** The spec, read once. */
export function loadSpec(): { operations: SpecOperation[]; find(method: string, path: string): SpecOperation | undefined } {
  const doc = JSON.parse(readFileSync(SPEC_URL, 'utf8')) as Json;
  const ajv = createAjv();
  const schemas = (doc['components'] as Json)['schemas'] as Record<string, Json>;
  for (const [name, schema] of Object.entries(schemas)) ajv.addSchema(rewrite(schema), `spec:${name}`);
  const resolve = (node: Json): Json => (typeof node['$ref'] === 'string' ? resolve(pointer(doc, node['$ref'])) : node);
  const compile = (schema: Json) => ajv.compile(rewrite(schema));

  const operations: SpecOperation[] = [];
  for (const [path, item] of Object.entries(doc['paths'] as Record<string, Record<string, Json>>)) {
    for (const [method, op] of Object.entries(item)) {
      const parameters = ((op['parameters'] as Json[] | undefined) ?? []).map(resolve).map((p) => ({
        name: p['name'] as string,
        in: p['in'] as SpecParameter['in'],
        required: p['required'] === true,
        validate: compile(p['schema'] as Json),
      }));
      const content = (op['requestBody'] as { content?: Record<string, { schema: Json }> } | undefined)?.content ?? {};
      const bodies = new Map(Object.entries(content).map(([type, media]) => [type, compile(media.schema)]));
      const responses = new Map(
        Object.entries(op['responses'] as Record<string, Json>).map(([status, response]) => {
          const schema = (resolve(response)['content'] as Record<string, { schema: Json }> | undefined)?.['application/json']?.schema;
          return [status, schema ? compile(schema) : undefined] as const;
        }),
      );
      const rateLimit = op['x-twitter-rate-limit'] as { window: number; user: number } | undefined;
      operations.push({
        operationId: op['operationId'] as string,
        method: method.toUpperCase(),
        path,
        deprecated: op['deprecated'] === true,
        parameters,
        bodies,
        responses,
        ...(rateLimit ? { rateLimit } : {}),
      });
    }
  }
  return {
    operations,
    find: (method, path) => operations.find((o) => o.method === method && o.path === path),
  };
}

/** `#/components/schemas/X` → `spec:X`, the id each component schema is registered under. */
function rewrite(node: unknown): Json {
  return JSON.parse(JSON.stringify(node).replace(/"#\/components\/schemas\//g, '"spec:')) as Json;
}

/** The first violation Ajv found, named by field. */
export function violation(errors: ErrorObject[] | null | undefined, fallbackField: string): SpecViolation {
  const error = errors?.[0];
  const missing = error?.params['missingProperty'];
  const field = typeof missing === 'string' ? missing : error?.instancePath.split('/')[1] || fallbackField;
  return { field, keyword: error?.keyword ?? 'invalid', params: error?.params ?? {} };
}
