// The mock through the real msw stack in Node: setupServer intercepting the global fetch. Every
// status the mock answers with is produced here, and every body is checked against its schema.
import { getResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createPowerSchoolMock, type PowerSchoolMock } from '../../src/msw/index.js';
import { attendanceRequest, checkedBody, daily, origin, payloadOf, summary, tokenRequest, type ErrorBody, type ResultsBody } from './mock-helpers.js';

let clock = Date.parse('2025-09-02T08:00:00Z');
const mock = createPowerSchoolMock({ now: () => clock, tokenLifetimeSeconds: 3600 });
const server = setupServer(...mock.handlers);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  mock.reset();
});
afterAll(() => server.close());

async function post(request: Request) {
  const response = await fetch(request);
  return { status: response.status, headers: response.headers, body: await checkedBody<ResultsBody & ErrorBody & Record<string, unknown>>(response, request.url) };
}

async function tokenFor(m: PowerSchoolMock): Promise<string> {
  const { body } = await post(tokenRequest(m.clientId, m.clientSecret));
  return String(body['access_token']);
}

describe('POST /oauth/access_token', () => {
  it('issues a bearer token for the configured credentials, expires_in a string, usable on the endpoints', async () => {
    const { status, body } = await post(tokenRequest('ps-attendance-mock-client', 'ps-attendance-mock-secret'));
    expect(status).toBe(200);
    expect(body).toMatchObject({ token_type: 'Bearer', expires_in: '3600' });
    expect((await post(attendanceRequest('daily_time', payloadOf(daily()), String(body['access_token'])))).status).toBe(200);
  });

  it('accepts the credentials given as options and refuses the defaults then', async () => {
    const custom = createPowerSchoolMock({ clientId: 'plugin-id', clientSecret: 's3cret:with:colons' });
    server.use(...custom.handlers);
    expect((await post(tokenRequest('plugin-id', 's3cret:with:colons'))).status).toBe(200);
    const refused = await post(tokenRequest('ps-attendance-mock-client', 'ps-attendance-mock-secret'));
    expect([refused.status, refused.body['error'], refused.headers.get('www-authenticate')]).toEqual([401, 'invalid_client', 'Basic realm="PowerSchool"']);
  });

  it.each([
    ['a JSON body', tokenRequest('ps-attendance-mock-client', 'ps-attendance-mock-secret', '{"grant_type":"client_credentials"}', 'application/json'), 'invalid_request'],
    ['another grant', tokenRequest('ps-attendance-mock-client', 'ps-attendance-mock-secret', 'grant_type=password'), 'unsupported_grant_type'],
    ['no grant', tokenRequest('ps-attendance-mock-client', 'ps-attendance-mock-secret', 'scope=x'), 'invalid_request'],
  ])('answers 400 to %s', async (_, request, error) => {
    const { status, body } = await post(request);
    expect([status, body['error']]).toEqual([400, error]);
  });
});

describe('the statuses of the attendance endpoints', () => {
  it('200 for a valid payload', async () => {
    const { status, body } = await post(attendanceRequest('batch_daily_time', payloadOf(daily(), daily({ studentid: '7' })), mock.issueToken()));
    expect(status).toBe(200);
    expect(summary(body)).toEqual([[0, 'SUCCESS', 'INSERT'], [1, 'SUCCESS', 'INSERT']]);
  });

  it('400 for an invalid payload, with the rule codes of its errors', async () => {
    const { status, body } = await post(attendanceRequest('meeting_interval', payloadOf(daily()), mock.issueToken()));
    expect(status).toBe(400);
    expect(summary(body)).toEqual([[0, 'ERROR', 'INSERT', ['attendance/att_mode_code MODE_ENDPOINT']]]);
  });

  it('400 for malformed JSON', async () => {
    const { status, body } = await post(attendanceRequest('daily_time', '{"record":', mock.issueToken()));
    expect([status, summary(body)]).toEqual([400, [[undefined, 'ERROR', 'INSERT', [' PAYLOAD_SHAPE']]]]);
  });

  it.each([
    ['text/plain', { 'Content-Type': 'text/plain' }],
    ['form data', { 'Content-Type': 'application/x-www-form-urlencoded' }],
  ])('415 for a %s body', async (_, headers) => {
    const { status, body } = await post(attendanceRequest('daily_time', payloadOf(daily()), mock.issueToken(), headers));
    expect([status, typeof body.message]).toEqual([415, 'string']);
  });

  it.each([
    ['missing', () => undefined, 'Bearer realm="PowerSchool"'],
    ['unknown', () => '2b3c0e8e-0000-4000-8000-000000000000', 'Bearer error="invalid_token",realm="PowerSchool",error_description="The access token is invalid"'],
    ['expired', () => mock.issueToken({ lifetimeSeconds: 0 }), 'Bearer error="invalid_token",realm="PowerSchool",error_description="The access token has expired"'],
  ])('401 with WWW-Authenticate for a %s token', async (_, token, header) => {
    const { status, headers } = await post(attendanceRequest('daily_time', payloadOf(daily()), token()));
    expect([status, headers.get('www-authenticate')]).toEqual([401, header]);
  });

  it('401 once a token from the token endpoint outlives tokenLifetimeSeconds', async () => {
    const token = await tokenFor(mock);
    clock += 3599_000;
    expect((await post(attendanceRequest('daily_time', payloadOf(daily()), token))).status).toBe(200);
    clock += 1000;
    expect((await post(attendanceRequest('daily_time', payloadOf(daily()), token))).status).toBe(401);
  });

  it('403 listing each field written without FullAccess (grants as a list)', async () => {
    const limited = createPowerSchoolMock({ grants: ['studentid', 'att_date', 'schoolid', 'yearid', 'att_mode_code', 'attendance_codeid'] });
    server.use(...limited.handlers);
    const request = attendanceRequest('batch_daily_time', payloadOf(daily({ att_comment: 'bus' }), daily({ studentid: '7', att_comment: 'x' })), await tokenFor(limited));
    const { status, body } = await post(request);
    expect(status).toBe(403);
    expect(body.errors?.map((e) => [e.resource, e.field, e.code])).toEqual([['ATTENDANCE', 'PROGRAMID', 'FIELD_ACCESS'], ['ATTENDANCE', 'ATT_COMMENT', 'FIELD_ACCESS']]);
    expect(limited.records()).toEqual([]);
  });

  it("403 from the plugin.xml's <access_request> (ViewOnly is not enough)", async () => {
    const fields = ['STUDENTID', 'ATT_DATE', 'SCHOOLID', 'YEARID', 'ATT_MODE_CODE', 'ATTENDANCE_CODEID', 'PROGRAMID'];
    const pluginXml = `<?xml version="1.0"?><plugin name="x" version="1"><access_request>${fields.map((f) => `<field table="ATTENDANCE" field="${f}" access="FullAccess"/>`).join('')}<field table="ATTENDANCE" field="ATT_COMMENT" access="ViewOnly"/></access_request></plugin>`;
    const fromXml = createPowerSchoolMock({ pluginXml });
    server.use(...fromXml.handlers);
    const token = fromXml.issueToken();
    expect((await post(attendanceRequest('daily_time', payloadOf(daily()), token))).status).toBe(200);
    const { status, body } = await post(attendanceRequest('daily_time', payloadOf(daily({ att_comment: 'Late bus' })), token));
    expect([status, body.errors?.map((e) => e.field)]).toEqual([403, ['ATT_COMMENT']]);
  });

  it('500 on request, then 200 once the queued failures are used up', async () => {
    mock.nextResponse({ code: 500 });
    mock.nextResponse({ example: 'server-error' });
    const token = mock.issueToken();
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await post(attendanceRequest('daily_time', payloadOf(daily()), token))).status);
    expect(statuses).toEqual([500, 500, 200]);
    expect(mock.records()).toHaveLength(1);
  });
});

describe('the server the handlers answer for', () => {
  it('matches any origin by default', async () => {
    const request = new Request('http://localhost:8080/ws/attendance/daily_time', attendanceRequest('daily_time', payloadOf(daily()), mock.issueToken()));
    expect((await post(request)).status).toBe(200);
  });

  it('with baseUrl, answers that server and leaves other origins unhandled', async () => {
    const scoped = createPowerSchoolMock({ baseUrl: `${origin}/` });
    server.resetHandlers(...scoped.handlers);
    expect((await post(attendanceRequest('daily_time', payloadOf(daily()), scoped.issueToken()))).status).toBe(200);
    const elsewhere = new Request('https://other.example/ws/attendance/daily_time', attendanceRequest('daily_time', payloadOf(daily()), scoped.issueToken()));
    expect(await getResponse(scoped.handlers, elsewhere)).toBeUndefined();
  });

  it('waits latencyMs before answering', async () => {
    const slow = createPowerSchoolMock({ latencyMs: 40 });
    server.use(...slow.handlers);
    const started = performance.now();
    await post(attendanceRequest('daily_time', payloadOf(daily()), slow.issueToken()));
    expect(performance.now() - started).toBeGreaterThanOrEqual(35);
  });
});
