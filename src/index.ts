// The public surface. The operation and schema types come straight from the spec (generated/schema.d.ts).
export type { paths, components, operations } from '../generated/schema.js';
