// Conformance of `ps-attendance serve` to openapi.json, judged by Prism as a validating proxy
// (`prism proxy openapi.json <serve URL> --errors`): every documented scenario goes through it, and
// Prism must report no violation. A second Prism, in front of a server that answers a wrong body,
// shows that a violation would be seen (the check can fail).
import type { ChildProcess } from 'node:child_process';
import { createServer as createHttpServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { endpointIds, endpoints, type EndpointId } from '../../src/endpoints.js';
import { semanticRules, ruleCatalogue } from '../../src/rules/catalogue.js';
import { mockExamples, type MockExampleName } from '../../src/mock/scenario.js';
import { requestExamples } from '../../scripts/openapi-examples.mjs';
import { startPrism } from '../openapi/start-prism.js';
import { startServe, type ServeProcess } from './serve-process.js';

const children: ChildProcess[] = [];
let serve: ServeProcess;
let broken: Server;
let proxy = '';
let brokenProxy = '';
let token = '';

async function startPrismProxy(upstream: string): Promise<string> {
  const { url, child } = await startPrism(['proxy', upstream, '--errors']);
  children.push(child);
  return url;
}

beforeAll(async () => {
  serve = await startServe();
  broken = createHttpServer((_, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"results":1}'));
  await new Promise<void>((resolve) => broken.listen(0, '127.0.0.1', resolve));
  [proxy, brokenProxy] = await Promise.all([startPrismProxy(serve.url), startPrismProxy(`http://127.0.0.1:${(broken.address() as { port: number }).port}`)]);
  token = ((await (await fetch(`${serve.url}/_mock/tokens`, { method: 'POST' })).json()) as { access_token: string }).access_token;
}, 90_000);

afterAll(async () => {
  for (const child of children) if (child.exitCode === null) child.kill();
  broken.close();
  expect(await serve.stop()).toBe(0);
});

interface Exchange {
  status: number;
  violations: string | null;
  body: string;
}

async function through(base: string, path: string, body: string, headers: Record<string, string>): Promise<Exchange> {
  const response = await fetch(base + path, { method: 'POST', headers, body });
  return { status: response.status, violations: response.headers.get('sl-violations'), body: await response.text() };
}

const attendance = (endpoint: EndpointId, payload: unknown, headers: Record<string, string> = {}) =>
  through(proxy, endpoints[endpoint].path, JSON.stringify(payload), { 'content-type': 'application/json', accept: 'application/json', authorization: `Bearer ${token}`, ...headers });

function expectConforming(exchange: Exchange, status: number): void {
  expect(exchange.violations, exchange.body).toBeNull();
  expect(exchange.body).not.toContain('prism/errors');
  expect(exchange.status, exchange.body).toBe(status);
}

const exampleOf = (endpoint: EndpointId): unknown => Object.values(requestExamples[endpoint])[0]?.value;

describe('Prism as a validating proxy in front of ps-attendance serve', () => {
  it('sees a violation from a server that answers a wrong body (the check can fail)', async () => {
    const exchange = await through(brokenProxy, endpoints.daily_time.path, JSON.stringify(exampleOf('daily_time')), { 'content-type': 'application/json', authorization: `Bearer ${token}` });
    expect(exchange.violations).toContain('results');
    expect(exchange.status).toBe(500);
  });

  it.each(endpointIds)('%s: a valid write (200) and its upsert conform', async (endpoint) => {
    expectConforming(await attendance(endpoint, exampleOf(endpoint)), 200);
    const again = await attendance(endpoint, exampleOf(endpoint));
    expectConforming(again, 200);
    expect(again.body).toContain('"UPDATE"');
  });

  it('an unknown dcid (RECORD_NOT_FOUND) and a dcid update onto another row (DUPLICATE_RECORD) conform', async () => {
    const [first] = (exampleOf('batch_daily_time') as { record: { tables: { attendance: Record<string, unknown> } }[] }).record;
    const daily = { ...first?.tables.attendance, studentid: '99001' };
    const write = (fields: Record<string, unknown>) => attendance('daily_time', { record: [{ tables: { attendance: fields } }] });
    const unknown = await write({ ...daily, dcid: '987654' });
    expectConforming(unknown, 200);
    expect(unknown.body).toContain('RECORD_NOT_FOUND');
    const ids = [JSON.parse((await write(daily)).body), JSON.parse((await write({ ...daily, studentid: '99002' })).body)].map((b: { results: { result: { success_message: { id: number } } } }) => b.results.result.success_message.id);
    const moved = await write({ ...daily, studentid: '99002', dcid: String(ids[0]) });
    expectConforming(moved, 200);
    expect(moved.body).toContain('DUPLICATE_RECORD');
  });

  const scenarios = endpointIds.flatMap((endpoint) => (Object.keys(mockExamples) as MockExampleName[]).map((example) => [endpoint, example] as const));
  it.each(scenarios)('%s with Prefer: example=%s conforms', async (endpoint, example) => {
    expectConforming(await attendance(endpoint, exampleOf(endpoint), { prefer: `example=${example}` }), mockExamples[example]);
  });

  it.each(endpointIds)('%s: Prefer: code=<status> conforms for every status', async (endpoint) => {
    for (const status of new Set(Object.values(mockExamples))) expectConforming(await attendance(endpoint, exampleOf(endpoint), { prefer: `code=${status}` }), status);
  });

  // Schema-valid payloads (Prism forwards them) that the server refuses: the semantic rules' failing examples.
  const semanticCases = semanticRules.map((rule) => rule.definition.code).filter((code) => ruleCatalogue[code].severity === 'error');
  it.each(semanticCases)('the failing example of %s gets a conforming 400', async (code) => {
    const { endpoint, payload } = ruleCatalogue[code].invalid;
    expectConforming(await attendance(endpoint, payload), 400);
  });

  it('an unknown or expired token gets a conforming 401', async () => {
    expectConforming(await attendance('daily_time', exampleOf('daily_time'), { authorization: 'Bearer not-a-token' }), 401);
    const expired = ((await (await fetch(`${serve.url}/_mock/tokens`, { method: 'POST', body: '{"lifetimeSeconds":0}' })).json()) as { access_token: string }).access_token;
    expectConforming(await attendance('daily_time', exampleOf('daily_time'), { authorization: `Bearer ${expired}` }), 401);
  });

  // A wrong grant or content type is a request violation: Prism answers 422 itself, without forwarding.
  it('the token endpoint: 200, and 401 for a wrong secret, conforming', async () => {
    const form = (secret: string, body: string) =>
      through(proxy, '/oauth/access_token', body, { authorization: `Basic ${btoa(`ps-attendance-mock-client:${secret}`)}`, 'content-type': 'application/x-www-form-urlencoded;charset=UTF-8' });
    expectConforming(await form('ps-attendance-mock-secret', 'grant_type=client_credentials'), 200);
    expectConforming(await form('wrong', 'grant_type=client_credentials'), 401);
  });
});
