import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { endpointIds, endpoints } from '../../src/endpoints.js';
import { validate } from '../../src/validate.js';
import { componentName, schemaFiles, validatorFor } from './schema-validators.js';

// openapi.json is generated (npm run generate; generate:check catches drift). These tests check that
// what it says agrees with the rest of the package: the endpoint table, the validator and the
// response schemas.

interface Example {
  readonly summary?: string;
  readonly value: unknown;
}
interface MediaType {
  readonly schema?: { readonly $ref?: string };
  readonly examples?: Record<string, Example>;
}
interface Operation {
  readonly operationId: string;
  readonly 'x-endpoint-id'?: string;
  readonly 'x-available-since'?: string;
  readonly requestBody: { readonly content: Record<string, MediaType> };
  readonly responses: Record<string, { readonly content?: Record<string, MediaType>; readonly headers?: Record<string, unknown> }>;
}
interface Document {
  readonly openapi: string;
  readonly paths: Record<string, { readonly post: Operation }>;
  readonly security: readonly Record<string, readonly string[]>[];
  readonly components: {
    readonly schemas: Record<string, unknown>;
    readonly securitySchemes: Record<string, { type: string; flows?: { clientCredentials?: { tokenUrl: string } } }>;
  };
}

const root = join(import.meta.dirname, '..', '..');
const doc = JSON.parse(readFileSync(join(root, 'openapi.json'), 'utf8')) as Document;
const idOfTitle = new Map(schemaFiles.map((s) => [s.title, s.$id]));

const attendanceOperations = endpointIds.map((id) => [id, doc.paths[endpoints[id].path]?.post] as const);

describe('openapi.json', () => {
  it('is an OpenAPI 3.1 document', () => {
    expect(doc.openapi).toBe('3.1.0');
  });

  it.each(attendanceOperations)('has the %s operation at the endpoint table path, with its request schema', (id, operation) => {
    expect(operation, `no POST ${endpoints[id].path}`).toBeDefined();
    expect(operation?.['x-endpoint-id']).toBe(id);
    expect(operation?.['x-available-since']).toBe(endpoints[id].availableSince);
    const body = operation?.requestBody.content['application/json'];
    expect(idOfTitle.get(componentName(body?.schema?.$ref))).toBe(endpoints[id].schemaId);
  });

  it('documents exactly the three attendance operations and the token operation they need', () => {
    expect(Object.keys(doc.paths).sort()).toEqual([...endpointIds.map((id) => endpoints[id].path), '/oauth/access_token'].sort());
  });

  it('secures the attendance operations with OAuth2 client credentials from /oauth/access_token', () => {
    const names = doc.security.flatMap((requirement) => Object.keys(requirement));
    expect(names).toHaveLength(1);
    const scheme = doc.components.securitySchemes[names[0] ?? ''];
    expect(scheme?.type).toBe('oauth2');
    expect(scheme?.flows?.clientCredentials?.tokenUrl).toBe('/oauth/access_token');
  });

  it.each(attendanceOperations)('gives %s every status the mock answers, each with a schema and an example', (_id, operation) => {
    expect(Object.keys(operation?.responses ?? {}).sort()).toEqual(['200', '400', '401', '403', '415', '500']);
    for (const [status, response] of Object.entries(operation?.responses ?? {})) {
      const media = response.content?.['application/json'];
      expect(media?.schema?.$ref, `${status} has no schema`).toMatch(/^#\/components\/schemas\//);
      expect(Object.keys(media?.examples ?? {}).length, `${status} has no example`).toBeGreaterThan(0);
    }
    expect(operation?.responses['401']?.headers).toHaveProperty('WWW-Authenticate');
  });

  const requestExamples = attendanceOperations.flatMap(([id, operation]) =>
    Object.entries(operation?.requestBody.content['application/json']?.examples ?? {}).map(([name, example]) => [id, name, example.value] as const),
  );

  it('has request examples for every endpoint', () => {
    expect(new Set(requestExamples.map(([id]) => id))).toEqual(new Set(endpointIds));
  });

  it.each(requestExamples)('request example %s/%s passes validate() with no diagnostic at all', (id, _name, value) => {
    expect(validate(value, id).diagnostics.map((d) => [d.code, d.path])).toEqual([]);
  });

  const responseExamples = Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item.post.responses).flatMap(([status, response]) =>
      Object.entries(response.content ?? {}).flatMap(([, media]) =>
        Object.entries(media.examples ?? {}).map(([name, example]) => [`${path} ${status} ${name}`, componentName(media.schema?.$ref), example.value] as const),
      ),
    ),
  );

  it.each(responseExamples)('response example %s conforms to its schema under schemas/', (_label, component, value) => {
    const check = validatorFor(component);
    expect(check, `${component} is not the title of a schema under schemas/`).toBeDefined();
    expect(check?.(value), JSON.stringify(check?.errors)).toBe(true);
  });
});
