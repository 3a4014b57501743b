import { beforeAll, describe, expect, it } from 'vitest';
import { schemaValidator } from './helpers/schemaValidator.js';
import { bundledSpec, operations, type MediaType, type OpenApiDocument } from './helpers/spec.js';

let doc: OpenApiDocument;
let validate: ReturnType<typeof schemaValidator>;
beforeAll(async () => {
  doc = await bundledSpec();
  validate = schemaValidator(doc);
});

/** Every media type of every request body and response, named for the failure message. */
function mediaTypes(): { where: string; media: MediaType }[] {
  return operations(doc).flatMap(({ operation }) => [
    ...Object.entries(operation.requestBody?.content ?? {}).map(([type, media]) => ({
      where: `${operation.operationId} request ${type}`,
      media,
    })),
    ...Object.entries(operation.responses).flatMap(([status, response]) =>
      Object.entries(response.content ?? {}).map(([type, media]) => ({
        where: `${operation.operationId} ${status} ${type}`,
        media,
      })),
    ),
  ]);
}

describe('examples', () => {
  it('exist on every request body and every response that has a body', () => {
    const missing = mediaTypes()
      .filter(({ media }) => Object.keys(media.examples ?? {}).length === 0)
      .map(({ where }) => where);
    expect(missing).toEqual([]);
  });

  it('are valid against their schemas', () => {
    const invalid = mediaTypes().flatMap(({ where, media }) =>
      Object.entries(media.examples ?? {}).flatMap(([name, example]) =>
        validate(media.schema, example.value).map((error) => `${where} ${name}: ${error}`),
      ),
    );
    expect(invalid).toEqual([]);
  });

  it('of parameters and headers are valid against their schemas', () => {
    const invalid = operations(doc).flatMap(({ operation }) => [
      ...(operation.parameters ?? []).flatMap((p) =>
        validate(p.schema, p.example).map((e) => `${operation.operationId} ${p.name}: ${e}`),
      ),
      ...Object.values(operation.responses).flatMap((response) =>
        Object.entries(response.headers ?? {}).flatMap(([name, header]) =>
          validate(header.schema, header.example).map((e) => `${operation.operationId} ${name}: ${e}`),
        ),
      ),
    ]);
    expect(invalid).toEqual([]);
  });

  it('are checked for real: a wrong value is refused', () => {
    expect(validate({ $ref: '#/components/schemas/User' }, { id: 1 })).not.toEqual([]);
  });
});
