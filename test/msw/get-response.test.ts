// The mock through msw's getResponse: no server, the same handlers.
import { getResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { createPowerSchoolMock } from '../../src/msw/index.js';
import { attendanceRequest, checkedBody, daily, interval, meeting, origin, payloadOf, resultList, summary, type ErrorBody, type ResultsBody } from './mock-helpers.js';

const mock = createPowerSchoolMock();
const send = async (endpoint: string, body: unknown, headers: Record<string, string> = {}, token: string | undefined = mock.issueToken()) => {
  const request = attendanceRequest(endpoint, body, token, headers);
  const response = await getResponse(mock.handlers, request);
  return { status: response?.status, response, body: await checkedBody<ResultsBody & ErrorBody>(response, request.url) };
};

beforeEach(() => mock.reset());

describe('200: the results envelope', () => {
  it('answers one record with a result object, INSERT, a numeric id and a ref URI on the request origin', async () => {
    const { status, body } = await send('daily_time', payloadOf(daily()));
    expect(status).toBe(200);
    expect(body.results).toEqual({
      insert_count: 1,
      update_count: 0,
      delete_count: 0,
      result: { client_uid: 0, status: 'SUCCESS', action: 'INSERT', success_message: { id: 100001, ref: `${origin}/ws/v1/attendance/100001` } },
    });
  });

  it('answers several records with a result array in request order', async () => {
    const { body } = await send('batch_daily_time', payloadOf(daily(), daily({ studentid: '4243' }), daily({ studentid: '4244' })));
    expect(summary(body)).toEqual([[0, 'SUCCESS', 'INSERT'], [1, 'SUCCESS', 'INSERT'], [2, 'SUCCESS', 'INSERT']]);
    expect(resultList(body).map((r) => r.status === 'SUCCESS' && r.success_message?.id)).toEqual([100001, 100002, 100003]);
  });
});

describe('upserts: the same slot twice is an UPDATE of the same id', () => {
  it.each([
    ['daily_time', daily(), daily({ attendance_codeid: '7' })],
    ['daily_time', daily({ att_mode_code: 'ATT_ModeTime', total_minutes: '30' }), daily({ att_mode_code: 'ATT_ModeTime', total_minutes: '45', programid: '00' })],
    ['meeting_interval', meeting(), meeting({ attendance_codeid: '4', start_time: 29000 })],
    ['meeting_interval', interval(), interval({ attendance_codeid: '4', att_interval: '02' })],
  ])('%s: a second write of the slot updates it', async (endpoint, first, second) => {
    await send(endpoint, payloadOf(first));
    const { body } = await send(endpoint, payloadOf(second));
    expect(summary(body)).toEqual([[0, 'SUCCESS', 'UPDATE']]);
    expect(body.results.update_count).toBe(1);
    expect(mock.records()).toHaveLength(1);
    expect(mock.records()[0]?.attendance['attendance_codeid']).toBe(second['attendance_codeid']);
  });

  it.each([
    ['daily: another programid', daily(), daily({ programid: '3' })],
    ['daily: another mode', daily(), daily({ att_mode_code: 'ATT_ModeTime', total_minutes: '30' })],
    ['daily: another date', daily(), daily({ att_date: '2025-09-03' })],
  ])('%s is another slot (INSERT)', async (_, first, second) => {
    await send('daily_time', payloadOf(first));
    const { body } = await send('daily_time', payloadOf(second));
    expect(summary(body)).toEqual([[0, 'SUCCESS', 'INSERT']]);
  });

  it('keys meetings by ccid and periodid: another period is another row', async () => {
    const { body } = await send('meeting_interval', payloadOf(meeting(), meeting({ periodid: '1502', start_time: 32700, end_time: 35700 })));
    expect(summary(body)).toEqual([[0, 'SUCCESS', 'INSERT'], [1, 'SUCCESS', 'INSERT']]);
  });

  it('updates by dcid when one is given, and refuses an unknown dcid inside a 200', async () => {
    await send('daily_time', payloadOf(daily({ att_mode_code: 'ATT_ModeTime', total_minutes: '30' })));
    const { body } = await send('daily_time', payloadOf(daily({ att_mode_code: 'ATT_ModeTime', total_minutes: '50', dcid: '100001', att_date: '2025-09-04' })));
    expect(summary(body)).toEqual([[0, 'SUCCESS', 'UPDATE']]);
    expect(mock.records().map((r) => [r.id, r.attendance['total_minutes'], r.attendance['att_date']])).toEqual([[100001, '50', '2025-09-04']]);
    const unknown = await send('daily_time', payloadOf(daily({ dcid: '999' })));
    expect(unknown.status).toBe(200);
    expect(summary(unknown.body)).toEqual([[0, 'ERROR', 'UPDATE', ['attendance/dcid RECORD_NOT_FOUND']]]);
  });
});

describe('400: the envelope with each rejected record', () => {
  it('derives field and error_code from the diagnostics, lists only the rejected records and writes nothing', async () => {
    const { status, body } = await send('batch_daily_time', payloadOf(daily(), daily({ att_mode_code: 'ATT_ModeTime', studentid: '9' }), daily({ studentid: '42x' })));
    expect(status).toBe(400);
    expect(summary(body)).toEqual([
      [1, 'ERROR', 'INSERT', ['attendance/total_minutes MODE_REQUIRED_FIELD']],
      [2, 'ERROR', 'INSERT', ['attendance/studentid ID_FORMAT']],
    ]);
    expect(body.results.insert_count).toBe(0);
    expect(mock.records()).toEqual([]);
  });

  it('puts payload-level errors in a result without client_uid', async () => {
    const { status, body } = await send('daily_time', { record: [] });
    expect(status).toBe(400);
    expect(body.results.result).toMatchObject({ status: 'ERROR', error_message: { error: { field: 'record', error_code: 'RECORD_COUNT' } } });
    expect(body.results.result).not.toHaveProperty('client_uid');
  });

  it('ignores warnings: a payload with only warnings is written', async () => {
    const { status } = await send('daily_time', { name: 'Daily Attendance Automation', ...payloadOf(daily()) });
    expect(status).toBe(200);
  });

  it('answers malformed JSON with PAYLOAD_SHAPE on the whole payload', async () => {
    const { status, body } = await send('daily_time', '{"record": [');
    expect(status).toBe(400);
    expect(summary(body)).toEqual([[undefined, 'ERROR', 'INSERT', [' PAYLOAD_SHAPE']]]);
  });
});

describe('state', () => {
  it('records each request with its endpoint, parsed body, headers and status; reset forgets rows and requests', async () => {
    await send('daily_time', payloadOf(daily()), { Prefer: 'code=500' });
    await send('daily_time', payloadOf(daily()));
    expect(mock.requests().map((r) => [r.endpoint, r.status, r.headers['prefer']])).toEqual([['daily_time', 500, 'code=500'], ['daily_time', 200, undefined]]);
    expect(mock.requests()[1]?.body).toEqual(payloadOf(daily()));
    mock.reset();
    expect([mock.requests(), mock.records()]).toEqual([[], []]);
    const { body } = await send('daily_time', payloadOf(daily()));
    expect(summary(body)).toEqual([[0, 'SUCCESS', 'INSERT']]);
  });
});
