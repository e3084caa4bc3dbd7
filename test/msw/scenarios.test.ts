// Prefer: code=… / example=… and the programmatic one-shot override.
import { getResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { createPowerSchoolMock, mockExamples, mockStatuses, scenarioFromPrefer, type MockExampleName } from '../../src/msw/index.js';
import { attendanceRequest, checkedBody, daily, payloadOf, summary, type ErrorBody, type ResultsBody } from './mock-helpers.js';

const mock = createPowerSchoolMock();
const send = async (body: unknown, headers: Record<string, string> = {}, token: string | null = mock.issueToken(), endpoint = 'batch_daily_time') => {
  const request = attendanceRequest(endpoint, body, token ?? undefined, headers);
  const response = await getResponse(mock.handlers, request);
  return { status: response?.status, headers: response?.headers, body: await checkedBody<ResultsBody & ErrorBody>(response, request.url) };
};
const three = payloadOf(daily(), daily({ studentid: '7' }), daily({ studentid: '8' }));

beforeEach(() => mock.reset());

describe('Prefer header', () => {
  it.each(mockStatuses.map((code) => [code]))('code=%i answers that status with a body matching its schema', async (code) => {
    expect((await send(three, { Prefer: `code=${code}` })).status).toBe(code);
  });

  it.each(Object.entries(mockExamples) as [MockExampleName, number][])('example=%s answers %i', async (example, status) => {
    expect((await send(three, { Prefer: `example=${example}` })).status).toBe(status);
  });

  it('example=partial-failure answers 200 with the odd records in ERROR and writes the others', async () => {
    const { status, body } = await send(three, { Prefer: 'example=partial-failure' });
    expect(status).toBe(200);
    expect(summary(body)).toEqual([[0, 'SUCCESS', 'INSERT'], [1, 'ERROR', 'INSERT', ['attendance/attendance_codeid INVALID_ATTENDANCE_CODE']], [2, 'SUCCESS', 'INSERT']]);
    expect([body.results.insert_count, mock.records().map((r) => r.attendance['studentid'])]).toEqual([2, ['4242', '8']]);
  });

  it('example=partial-failure refuses the only record of a one-record payload, still with 200', async () => {
    const { status, body } = await send(payloadOf(daily()), { Prefer: 'example=partial-failure' }, mock.issueToken(), 'daily_time');
    expect([status, summary(body)]).toEqual([200, [[0, 'ERROR', 'INSERT', ['attendance/attendance_codeid INVALID_ATTENDANCE_CODE']]]]);
  });

  it('code=200 on an invalid payload answers the invalid records as ERROR inside a 200 and writes the valid ones', async () => {
    const { status, body } = await send(payloadOf(daily(), daily({ studentid: 'x' })), { Prefer: 'code=200' });
    expect([status, summary(body)]).toEqual([200, [[0, 'SUCCESS', 'INSERT'], [1, 'ERROR', 'INSERT', ['attendance/studentid ID_FORMAT']]]]);
    expect(mock.records()).toHaveLength(1);
  });

  it('code=400 on a valid payload answers the captured date error on record 0 and writes nothing', async () => {
    const { body } = await send(three, { Prefer: 'code=400' });
    expect(summary(body)).toEqual([[0, 'ERROR', 'INSERT', ['attendance/att_date INVALID_DATE_VALUE']]]);
    expect(mock.records()).toEqual([]);
  });

  it('code=401 answers the expired-token header; code=403 lists the written fields', async () => {
    expect((await send(three, { Prefer: 'code=401' })).headers?.get('www-authenticate')).toContain('The access token has expired');
    const forbidden = await send(payloadOf(daily({ att_comment: 'x' })), { Prefer: 'code=403' }, mock.issueToken(), 'daily_time');
    expect(forbidden.body.errors?.map((e) => e.field)).toEqual(['STUDENTID', 'ATT_DATE', 'SCHOOLID', 'YEARID', 'ATT_MODE_CODE', 'ATTENDANCE_CODEID', 'PROGRAMID', 'ATT_COMMENT']);
  });

  it('a forced 200 still needs a valid token', async () => {
    expect((await send(three, { Prefer: 'example=partial-failure' }, mock.issueToken())).status).toBe(200);
    expect((await send(three, { Prefer: 'example=partial-failure' }, null)).status).toBe(401);
    expect((await send(three, { Prefer: 'code=200' }, 'not-a-token')).status).toBe(401);
  });

  it('answers 400 PREFER_HEADER for an unknown code or example', async () => {
    for (const prefer of ['code=418', 'example=teapot']) {
      const { status, body } = await send(three, { Prefer: prefer });
      expect([status, summary(body)]).toEqual([400, [[undefined, 'ERROR', 'INSERT', [' PREFER_HEADER']]]]);
    }
  });
});

describe('nextResponse: the programmatic one-shot override', () => {
  it('applies to the next request only and wins over a Prefer header', async () => {
    mock.nextResponse({ code: 415 });
    expect((await send(three, { Prefer: 'code=500' })).status).toBe(415);
    expect((await send(three)).status).toBe(200);
  });

  it('lets a partial failure refuse chosen records', async () => {
    mock.nextResponse({ example: 'partial-failure', failRecords: [0, 2] });
    expect(summary((await send(three)).body).map((r) => (r as unknown[])[1])).toEqual(['ERROR', 'SUCCESS', 'ERROR']);
  });
});

describe('scenarioFromPrefer', () => {
  it.each([
    ['code=500', { code: 500 }],
    ['example="partial-failure"', { example: 'partial-failure' }],
    ['code=200, example=partial-failure', { example: 'partial-failure' }],
    ['respond-async; code = 403', { code: 403 }],
    ['respond-async, wait=5', undefined],
    [null, undefined],
  ])('reads %j', (header, scenario) => {
    expect(scenarioFromPrefer(header)).toEqual(scenario);
  });

  it('says what is wrong with an unknown code or example', () => {
    expect(typeof scenarioFromPrefer('code=418')).toBe('string');
    expect(typeof scenarioFromPrefer('example=nope')).toBe('string');
  });
});
