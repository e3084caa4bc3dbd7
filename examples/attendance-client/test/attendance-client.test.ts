// The example client against the PowerSchool mock, through the real msw stack (setupServer + fetch),
// imported by package name as a consumer would.
import { setupServer } from 'msw/node';
import { createPowerSchoolMock } from 'ps-attendance-contract/msw';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AttendanceRequestError, createAttendanceClient } from '../src/attendance-client.js';

const baseUrl = 'https://district.powerschool.com';
const credentials = { clientId: 'attendance-sync', clientSecret: 'example-secret' };
const mock = createPowerSchoolMock({ baseUrl, ...credentials });
const server = setupServer(...mock.handlers);
const client = () => createAttendanceClient({ baseUrl, ...credentials, retryDelayMs: 1 });

const day = (studentid: string, overrides: Record<string, unknown> = {}) => ({
  tables: { attendance: { studentid, att_date: '2025-09-02', schoolid: '100', yearid: '35', att_mode_code: 'ATT_ModeDaily', attendance_codeid: '12', programid: '0', ...overrides } },
});
const batch = { name: 'ATTENDANCE', record: [day('4242'), day('4243'), day('4244')] };
const posts = () => mock.requests().filter((r) => r.endpoint !== 'access_token');

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => mock.reset());
afterAll(() => server.close());

describe('the example attendance client', () => {
  it('gets one token and posts a batch: every record written', async () => {
    const c = client();
    const outcome = await c.post('batch_daily_time', batch);
    await c.post('daily_time', { record: [day('4245')] });
    expect(outcome.ok).toBe(true);
    expect(outcome.written.map((w) => [w.index, w.action])).toEqual([[0, 'INSERT'], [1, 'INSERT'], [2, 'INSERT']]);
    expect(mock.requests().filter((r) => r.endpoint === 'access_token')).toHaveLength(1);
  });

  it('reports the records a 200 refused instead of treating the 200 as success', async () => {
    mock.nextResponse({ example: 'partial-failure' });
    const outcome = await client().post('batch_daily_time', batch);
    expect(outcome.ok).toBe(false);
    expect(outcome.failed.map((f) => [f.index, f.errors.map((e) => e.field)])).toEqual([[1, ['attendance/attendance_codeid']]]);
    expect(outcome.written.map((w) => w.index)).toEqual([0, 2]);
    expect(mock.records().map((r) => r.attendance['studentid'])).toEqual(['4242', '4244']);
  });

  it('retries a 500 and succeeds once the server recovers', async () => {
    mock.nextResponse({ code: 500 });
    mock.nextResponse({ code: 500 });
    const outcome = await client().post('batch_daily_time', batch);
    expect(outcome.ok).toBe(true);
    expect(posts().map((r) => r.status)).toEqual([500, 500, 200]);
  });

  it('gives up after maxAttempts 500s with the status', async () => {
    for (let i = 0; i < 3; i++) mock.nextResponse({ code: 500 });
    const error = await client().post('batch_daily_time', batch).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AttendanceRequestError);
    expect((error as AttendanceRequestError).status).toBe(500);
    expect(posts()).toHaveLength(3);
  });

  it('gets a new token once when the server no longer accepts its token', async () => {
    const c = client();
    await c.post('daily_time', { record: [day('4242')] });
    mock.revokeTokens();
    const outcome = await c.post('daily_time', { record: [day('4242', { attendance_codeid: '7' })] });
    expect(outcome.written.map((w) => w.action)).toEqual(['UPDATE']);
    expect(mock.requests().map((r) => [r.endpoint, r.status])).toEqual([
      ['access_token', 200], ['daily_time', 200], ['daily_time', 401], ['access_token', 200], ['daily_time', 200],
    ]);
  });

  it('does not retry a 400: the payload must be fixed', async () => {
    const error = await client().post('daily_time', { record: [day('4242', { att_mode_code: 'ATT_ModeTime' })] }).catch((e: unknown) => e);
    expect((error as AttendanceRequestError).status).toBe(400);
    expect(posts()).toHaveLength(1);
  });

  it('fails clearly with wrong credentials', async () => {
    const error = await createAttendanceClient({ baseUrl, clientId: 'attendance-sync', clientSecret: 'wrong' }).post('daily_time', { record: [day('1')] }).catch((e: unknown) => e);
    expect((error as AttendanceRequestError).status).toBe(401);
  });
});
