// The control API of `ps-attendance serve`, in process (the handler over the core), each answer
// checked against the committed OpenAPI document of the control API.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { createPowerSchoolMockCore } from '../../src/index.js';
import { serveHandler } from '../../src/cli/commands/serve-handler.js';
import { controlOpenApi } from '../../src/cli/commands/serve-control-openapi.js';
import { daily, payloadOf, root } from './serve-process.js';

const committed = join(root, 'serve-control.openapi.json');
const ajv = new Ajv2020({ strict: false });
ajv.addSchema(controlOpenApi as object, 'control');

const core = createPowerSchoolMockCore();
const handle = serveHandler(core, { control: true });
const base = 'http://127.0.0.1:4999';

async function call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<{ status: number; json: unknown; headers: Record<string, string> }> {
  const reply = await handle(new Request(base + path, { method, headers: { 'content-type': 'application/json', ...headers }, ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }) }));
  if (reply instanceof Response) throw new Error('the serve handler answers plain replies');
  const text = typeof reply.body === 'string' ? reply.body : '';
  const json = text === '' ? undefined : (JSON.parse(text) as unknown);
  // Every control answer matches its documented response.
  const operation = (controlOpenApi.paths as Record<string, Record<string, { responses: Record<string, { content?: { 'application/json': { schema: object } } }> }>>)[new URL(base + path).pathname]?.[method.toLowerCase()];
  const documented = operation?.responses[String(reply.status)];
  if (path.startsWith('/_mock/') && operation !== undefined) {
    expect(documented, `${method} ${path} ${reply.status} is documented`).toBeDefined();
    const schema = documented?.content?.['application/json'].schema;
    if (schema !== undefined) expect(ajv.validate({ $ref: `control${(schema as { $ref?: string }).$ref ?? ''}` }, json), JSON.stringify(ajv.errors)).toBe(true);
  }
  return { status: reply.status, json, headers: { ...reply.headers } };
}

const write = (token: string, ...ids: string[]) => call('POST', '/ws/attendance/batch_daily_time', payloadOf(...ids.map((id) => daily(id))), { authorization: `Bearer ${token}` });

describe('the control API', () => {
  it('is committed as serve-control.openapi.json (regenerate: UPDATE_CONTROL_OPENAPI=1 npx vitest run test/serve/serve-control.test.ts)', () => {
    if (process.env['UPDATE_CONTROL_OPENAPI'] === '1') writeFileSync(committed, `${JSON.stringify(controlOpenApi, null, 2)}\n`);
    expect(JSON.parse(readFileSync(committed, 'utf8'))).toEqual(JSON.parse(JSON.stringify(controlOpenApi)));
  });

  it('issues tokens (expired with lifetimeSeconds 0) and revokes them', async () => {
    const issued = await call('POST', '/_mock/tokens');
    expect(issued.status).toBe(200);
    const token = (issued.json as { access_token: string }).access_token;
    expect((await write(token, '1')).status).toBe(200);
    const expired = (await call('POST', '/_mock/tokens', { lifetimeSeconds: 0 })).json as { access_token: string; expires_in: string };
    expect(expired.expires_in).toBe('0');
    expect((await write(expired.access_token, '1')).status).toBe(401);
    expect((await call('DELETE', '/_mock/tokens')).status).toBe(204);
    expect((await write(token, '1')).status).toBe(401);
    expect((await call('POST', '/_mock/tokens', { lifetime: 5 })).status).toBe(400);
  });

  it('lists records and requests, queues scenarios, and resets', async () => {
    expect((await call('POST', '/_mock/reset')).status).toBe(204);
    const token = core.issueToken();
    await write(token, '10', '11');
    const records = (await call('GET', '/_mock/records')).json as { records: { id: number; endpoint: string }[] };
    expect(records.records.map((r) => [r.id, r.endpoint])).toEqual([[100001, 'batch_daily_time'], [100002, 'batch_daily_time']]);
    expect((await call('POST', '/_mock/next-response', { code: 500 })).status).toBe(204);
    expect((await call('POST', '/_mock/next-response', { example: 'partial-failure', failRecords: [0] })).status).toBe(204);
    expect((await write(token, '12')).status).toBe(500);
    const partial = await write(token, '12', '13');
    expect(partial.json).toMatchObject({ results: { insert_count: 1, result: [{ status: 'ERROR' }, { status: 'SUCCESS' }] } });
    const requests = (await call('GET', '/_mock/requests')).json as { requests: { endpoint: string; status: number }[] };
    expect(requests.requests.map((r) => r.status)).toEqual([200, 500, 200]);
    expect((await call('POST', '/_mock/reset')).status).toBe(204);
    expect((await call('GET', '/_mock/records')).json).toEqual({ records: [] });
    expect((await call('GET', '/_mock/requests')).json).toEqual({ requests: [] });
  });

  it.each([
    [{ code: 418 }, /"code" must be one of 200, 400, 401, 403, 415, 500/],
    [{ example: 'nope' }, /"example" must be one of success, partial-failure/],
    [{ example: 'partial-failure', failRecords: [-1] }, /"failRecords" must be an array/],
    [{ code: 500, extra: 1 }, /^Send/],
    ['[1]', /one JSON object/],
    ['{', /one JSON object/],
  ])('refuses a bad scenario %j with 400 saying what to send', async (body, message) => {
    const answer = await call('POST', '/_mock/next-response', body);
    expect(answer.status).toBe(400);
    expect((answer.json as { message: string }).message).toMatch(message);
  });

  it('serves its own document and health, and answers 404/405 elsewhere', async () => {
    expect((await call('GET', '/_mock/openapi.json')).json).toEqual(JSON.parse(JSON.stringify(controlOpenApi)));
    expect((await call('GET', '/_mock/health')).json).toEqual({ status: 'ok' });
    expect((await call('GET', '/_mock/reset')).status).toBe(405);
    expect((await call('GET', '/_mock/nope')).status).toBe(404);
    const wrongMethod = await call('GET', '/ws/attendance/daily_time');
    expect([wrongMethod.status, wrongMethod.headers['allow']]).toEqual([405, 'POST']);
    expect((await call('POST', '/ws/attendance/nope')).status).toBe(404);
  });
});
