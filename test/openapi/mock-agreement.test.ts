import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { endpointIds, endpoints, type EndpointId } from '../../src/endpoints.js';
import { createPowerSchoolMock, mockExamples, type MockExampleName } from '../../src/msw/index.js';
import { componentName, validatorFor } from './schema-validators.js';

// openapi.json and the msw mock describe the same server: each operation documents, under the
// mock's status, an example named like each of the mock's `Prefer: example=<name>` scenarios; the
// mock's answer conforms to the schema the document gives that status; and where the answer does
// not depend on the request's details (writes, refusals, 401, 500) the document's example IS the
// mock's answer to the document's first request example.

interface MediaType {
  readonly schema?: { readonly $ref?: string };
  readonly examples?: Record<string, { readonly value: unknown }>;
}
interface Operation {
  readonly requestBody: { readonly content: Record<string, MediaType> };
  readonly responses: Record<string, { readonly content?: Record<string, MediaType> }>;
}

const root = join(import.meta.dirname, '..', '..');
const doc = JSON.parse(readFileSync(join(root, 'openapi.json'), 'utf8')) as { paths: Record<string, { post: Operation }> };

const server = 'https://district.powerschool.com';
const mock = createPowerSchoolMock({ baseUrl: server });
beforeEach(() => mock.reset());

const operation = (endpoint: EndpointId): Operation => {
  const op = doc.paths[endpoints[endpoint].path]?.post;
  if (!op) throw new Error(`openapi.json has no POST ${endpoints[endpoint].path}`);
  return op;
};
const firstRequestExample = (endpoint: EndpointId): unknown => Object.values(operation(endpoint).requestBody.content['application/json']?.examples ?? {})[0]?.value;

async function answer(endpoint: EndpointId, example: MockExampleName): Promise<{ status: number | undefined; body: unknown }> {
  const request = new Request(server + endpoints[endpoint].path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${mock.issueToken()}`, prefer: `example=${example}` },
    body: JSON.stringify(firstRequestExample(endpoint)),
  });
  const response = await getResponse(mock.handlers, request);
  return { status: response?.status, body: (await response?.json()) as unknown };
}

const cases = endpointIds.flatMap((endpoint) => (Object.keys(mockExamples) as MockExampleName[]).map((example) => [endpoint, example] as const));
const verbatim = new Set<MockExampleName>(['success', 'partial-failure', 'expired-token', 'server-error']);

describe('openapi.json agrees with the msw mock', () => {
  it.each(cases)('%s, example=%s: same status, the documented example exists, and the answer fits its schema', async (endpoint, example) => {
    const { status, body } = await answer(endpoint, example);
    expect(status).toBe(mockExamples[example]);
    const media = operation(endpoint).responses[String(status)]?.content?.['application/json'];
    expect(Object.keys(media?.examples ?? {})).toContain(example);
    const check = validatorFor(componentName(media?.schema?.$ref));
    expect(check?.(body), JSON.stringify(check?.errors)).toBe(true);
    if (verbatim.has(example)) expect(body).toEqual(media?.examples?.[example]?.value);
  });

  it.each(endpointIds)('%s documents no response example the mock cannot produce', (endpoint) => {
    const names = Object.values(operation(endpoint).responses).flatMap((r) => Object.keys(r.content?.['application/json']?.examples ?? {}));
    expect(names.filter((name) => !Object.hasOwn(mockExamples, name))).toEqual([]);
  });

  it.each([
    ['200', 'token', 'client_credentials', true],
    ['401', 'invalidClient', 'client_credentials', false],
    ['400', 'unsupportedGrant', 'password', true],
  ] as const)('POST /oauth/access_token answers %s like the documented %s example', async (status, name, grant, rightSecret) => {
    const secret = rightSecret ? mock.clientSecret : 'wrong';
    const request = new Request(`${server}/oauth/access_token`, {
      method: 'POST',
      headers: {
        authorization: `Basic ${Buffer.from(`${mock.clientId}:${secret}`).toString('base64')}`,
        'content-type': 'application/x-www-form-urlencoded;charset=UTF-8',
      },
      body: `grant_type=${grant}`,
    });
    const response = await getResponse(mock.handlers, request);
    const body = (await response?.json()) as Record<string, unknown>;
    expect(response?.status).toBe(Number(status));
    const media = doc.paths['/oauth/access_token']?.post.responses[status]?.content?.['application/json'];
    const check = validatorFor(componentName(media?.schema?.$ref));
    expect(check?.(body), JSON.stringify(check?.errors)).toBe(true);
    const documented = media?.examples?.[name]?.value as Record<string, unknown> | undefined;
    // The token itself and its lifetime are the mock's own; everything else is as documented.
    if (name === 'token') expect(Object.keys(body).sort()).toEqual(Object.keys(documented ?? {}).sort());
    else expect(body).toEqual(documented);
  });
});
