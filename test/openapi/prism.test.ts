import type { ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ruleCatalogue } from '../../src/rules/catalogue.js';
import { semanticRules } from '../../src/rules/catalogue.js';
import { ruleCodes, type RuleCode } from '../../src/rules/rule-code.js';
import { endpoints, endpointIds, type EndpointId } from '../../src/endpoints.js';
import { validate } from '../../src/validate.js';
import { getResponse } from 'msw';
import { createPowerSchoolMock, mockExamples, type MockExampleName } from '../../src/msw/index.js';
import { requestExamples } from '../../scripts/openapi-examples.mjs';
import { startPrism } from './start-prism.js';

// Prism (@stoplight/prism-cli) mocks openapi.json and validates each request against it, as a user's
// contract tests would. Prism must agree with validate(): a payload validate() accepts gets a 2xx, a
// payload it rejects for a reason JSON Schema can express gets a 4xx. The rules JSON Schema cannot
// express (semantic rules) are the documented gap: Prism accepts those payloads.

let prism: ChildProcess | undefined;
let base = '';

beforeAll(async () => {
  const started = await startPrism(['mock']);
  prism = started.child;
  base = started.url;
}, 70_000);

afterAll(() => {
  if (prism?.pid !== undefined && prism.exitCode === null) prism.kill();
});

async function post(endpoint: EndpointId, payload: unknown, headers: Record<string, string> = {}): Promise<number> {
  const response = await fetch(base + endpoints[endpoint].path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', authorization: 'Bearer 7b1d3f0c-2a54-4e8f-9c61-0d2e8a6b5f14', ...headers },
    body: JSON.stringify(payload),
  });
  await response.arrayBuffer();
  return response.status;
}

const semantic = new Set<RuleCode>(semanticRules.map((rule) => rule.definition.code));
// Not properties of a payload at one endpoint: a wrong endpoint id, the plugin's field grants, and
// duplicate members (a property of the text, which the parsed example has already lost).
const notPayloadRules = new Set<RuleCode>(['unknown-endpoint', 'field-access', 'duplicate-member']);
const payloadRules = ruleCodes.filter((code) => !notPayloadRules.has(code));
const schemaErrors = payloadRules.filter((code) => !semantic.has(code) && ruleCatalogue[code].severity === 'error');
const semanticErrors = payloadRules.filter((code) => semantic.has(code) && ruleCatalogue[code].severity === 'error');

describe('Prism mocking openapi.json agrees with validate()', () => {
  it.each(schemaErrors)('rejects the failing example of %s, which validate() rejects', async (code) => {
    const { endpoint, payload } = ruleCatalogue[code].invalid;
    expect(validate(payload, endpoint).valid).toBe(false);
    expect([400, 422]).toContain(await post(endpoint, payload));
  });

  it.each(payloadRules)('accepts the passing example of %s, which validate() accepts', async (code) => {
    const { endpoint, payload } = ruleCatalogue[code].valid;
    expect(validate(payload, endpoint).valid).toBe(true);
    expect(await post(endpoint, payload)).toBe(200);
  });

  it.each(semanticErrors)('accepts the failing example of %s: a rule only validate() checks (documented gap)', async (code) => {
    const { endpoint, payload } = ruleCatalogue[code].invalid;
    expect(validate(payload, endpoint).valid).toBe(false);
    expect(await post(endpoint, payload)).toBe(200);
  });

  it.each(endpointIds)('answers 401 to a %s request without a bearer token', async (endpoint) => {
    const response = await fetch(base + endpoints[endpoint].path, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(ruleCatalogue['required-field'].valid.payload),
    });
    await response.arrayBuffer();
    expect(response.status).toBe(401);
  });
});

// `Prefer: example=<name>` selects the same answer from Prism and from the msw mock, for the answers
// that do not depend on the request's details.
describe('Prism and the msw mock answer a Prefer: example alike', () => {
  const server = 'https://district.powerschool.com';
  const mock = createPowerSchoolMock({ baseUrl: server });
  const examples: MockExampleName[] = ['success', 'partial-failure', 'expired-token', 'server-error'];
  const cases = endpointIds.flatMap((endpoint) => examples.map((example) => [endpoint, example] as const));

  it.each(cases)('%s, example=%s', async (endpoint, example) => {
    mock.reset();
    const payload = Object.values(requestExamples[endpoint])[0]?.value;
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${mock.issueToken()}` };
    const fromPrism = await fetch(base + endpoints[endpoint].path, {
      method: 'POST',
      headers: { ...headers, prefer: `code=${mockExamples[example]}, example=${example}` },
      body: JSON.stringify(payload),
    });
    const fromMock = await getResponse(
      mock.handlers,
      new Request(server + endpoints[endpoint].path, { method: 'POST', headers: { ...headers, prefer: `example=${example}` }, body: JSON.stringify(payload) }),
    );
    expect(fromPrism.status).toBe(fromMock?.status);
    expect(await fromPrism.json()).toEqual(await fromMock?.json());
  });
});
