import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from './run.js';

/** The parts of an OpenAPI document the tests walk. */
export interface OpenApiDocument {
  servers: { url: string }[];
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Record<string, unknown>>; securitySchemes: Record<string, unknown> };
}
export interface MediaType {
  schema: { $ref?: string } & Record<string, unknown>;
  examples?: Record<string, { value: unknown }>;
  encoding?: Record<string, { contentType?: string }>;
}
export interface Response {
  description: string;
  headers?: Record<string, { schema: Record<string, unknown>; example?: unknown }>;
  content?: Record<string, MediaType>;
}
export interface Parameter {
  name: string;
  in: string;
  schema: Record<string, unknown>;
  example?: unknown;
}
export interface Operation {
  operationId: string;
  summary: string;
  deprecated?: boolean;
  parameters?: Parameter[];
  requestBody?: { content: Record<string, MediaType> };
  responses: Record<string, Response>;
  security?: Record<string, string[]>[];
}

let bundled: Promise<OpenApiDocument> | undefined;

/** spec/ bundled into one JSON document by Redocly, every $ref inlined. */
export function bundledSpec(): Promise<OpenApiDocument> {
  bundled ??= (async () => {
    const dir = await mkdtemp(join(tmpdir(), 'spec-'));
    try {
      const out = join(dir, 'openapi.json');
      const result = await run('redocly', ['bundle', 'spec/openapi.yaml', '--dereferenced', '-o', out]);
      if (result.code !== 0) throw new Error(`redocly bundle failed: ${result.stderr}`);
      return JSON.parse(await readFile(out, 'utf8')) as OpenApiDocument;
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  })();
  return bundled;
}

/** Every operation of the document with its method and path. */
export function operations(doc: OpenApiDocument): { method: string; path: string; operation: Operation }[] {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, operation]) => ({ method, path, operation })),
  );
}
