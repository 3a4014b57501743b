#!/usr/bin/env node
// Writes generated/schema.d.ts from spec/ with openapi-typescript, typing binary fields as Blob (upstream maps
// `format: binary` to string). `--check` compares instead of writing and exits 1 when the file is stale.
// `--spec FILE` and `--out FILE` exist so a test can prove the check fails on a changed copy.
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';

const { values: args } = parseArgs({
  options: {
    check: { type: 'boolean', default: false },
    spec: { type: 'string', default: 'spec/openapi.yaml' },
    out: { type: 'string', default: 'generated/schema.d.ts' },
  },
});

const BANNER = `/**
 * DO NOT EDIT. Generated from spec/ by scripts/generate.mjs (openapi-typescript); run \`npm run generate\`.
 * Binary fields are typed as Blob. \`npm run generate:check\` fails when this file and spec/ disagree.
 */

`;

const blob = ts.factory.createTypeReferenceNode(ts.factory.createIdentifier('Blob'));
const ast = await openapiTS(pathToFileURL(args.spec), {
  transform(schemaObject) {
    if (schemaObject.format === 'binary') return blob;
    return undefined;
  },
});
const generated = BANNER + astToString(ast);

if (args.check) {
  const current = await readFile(args.out, 'utf8').catch(() => '');
  if (current !== generated) {
    console.error(`${args.out} is out of date with ${args.spec}: run \`npm run generate\` and commit the result.`);
    process.exit(1);
  }
  console.log(`${args.out} is up to date.`);
} else {
  await writeFile(args.out, generated);
  console.log(`wrote ${args.out}`);
}
