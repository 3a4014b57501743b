import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { OpenApiDocument } from './spec.js';

/** The project's vendor extensions, declared so that Ajv's strict mode knows them (spec/README.md documents them). */
const VENDOR_KEYWORDS = ['x-image-formats', 'x-max-bytes', 'x-image-dimensions'];

/**
 * A JSON Schema 2020-12 validator for the schemas of the bundled spec: `validate(schema, value)` resolves the
 * document's `#/components/schemas/...` references.
 */
export function schemaValidator(doc: OpenApiDocument): (schema: Record<string, unknown>, value: unknown) => string[] {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  // ajv-formats' CJS default export is the plugin itself.
  (addFormats as unknown as (a: Ajv2020) => void)(ajv);
  ajv.addFormat('binary', true);
  ajv.addVocabulary([...VENDOR_KEYWORDS, 'example']);
  for (const [name, schema] of Object.entries(doc.components.schemas)) {
    ajv.addSchema(rewriteRefs(schema), `spec:${name}`);
  }
  return (schema, value) => {
    const check = ajv.compile(rewriteRefs(schema));
    return check(value) ? [] : (check.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
  };
}

/** `#/components/schemas/Name` → `spec:Name`, the id each component schema is registered under. */
function rewriteRefs<T>(node: T): T {
  if (Array.isArray(node)) return node.map(rewriteRefs) as T;
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    out[key] =
      key === '$ref' && typeof value === 'string'
        ? value.replace('#/components/schemas/', 'spec:')
        : rewriteRefs(value);
  }
  return out as T;
}
