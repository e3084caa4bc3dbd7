// The platform-free core: a Request in, { status, headers, body } out, no msw involved.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createPowerSchoolMockCore } from '../../src/index.js';
import { attendanceRequest, daily, origin, payloadOf, tokenRequest } from '../msw/mock-helpers.js';
import { validPayload } from '../../properties/arbitraries/index.js';
import { fcParams } from '../../properties/fc-params.js';

describe('createPowerSchoolMockCore', () => {
  it('routes the four POST paths and nothing else', () => {
    const core = createPowerSchoolMockCore();
    expect(core.routeOf(new Request(`${origin}/ws/attendance/batch_daily_time`, { method: 'POST' }))).toBe('batch_daily_time');
    expect(core.routeOf(new Request(`${origin}/oauth/access_token`, { method: 'POST' }))).toBe('access_token');
    expect(core.routeOf(new Request(`${origin}/ws/attendance/daily_time`))).toBeUndefined();
    expect(core.routeOf(new Request(`${origin}/ws/attendance/nope`, { method: 'POST' }))).toBeUndefined();
  });

  it('matches only its baseUrl when one is set (path prefix included)', () => {
    const core = createPowerSchoolMockCore({ baseUrl: 'https://ps.example/district/' });
    expect(core.routeOf(new Request('https://ps.example/district/ws/attendance/daily_time', { method: 'POST' }))).toBe('daily_time');
    expect(core.routeOf(new Request('https://ps.example/ws/attendance/daily_time', { method: 'POST' }))).toBeUndefined();
    expect(core.routeOf(new Request('https://other.example/district/ws/attendance/daily_time', { method: 'POST' }))).toBeUndefined();
  });

  it('answers with a status, lower-case headers and the JSON text', async () => {
    const core = createPowerSchoolMockCore();
    const token = await core.handle(tokenRequest(core.clientId, core.clientSecret));
    expect(token?.status).toBe(200);
    expect(token?.headers['content-type']).toBe('application/json');
    const { access_token } = JSON.parse(token?.body ?? '') as { access_token: string };
    const write = await core.handle(attendanceRequest('daily_time', payloadOf(daily()), access_token));
    expect(write?.status).toBe(200);
    expect(JSON.parse(write?.body ?? '')).toMatchObject({ results: { insert_count: 1, result: { success_message: { id: 100001 } } } });
    const unauthorized = await core.handle(attendanceRequest('daily_time', payloadOf(daily()), undefined));
    expect(unauthorized?.headers['www-authenticate']).toBe('Bearer realm="PowerSchool"');
    expect(core.requests().map((r) => r.status)).toEqual([200, 200, 401]);
    expect(core.records()).toHaveLength(1);
  });

  it('refuses a body that is not UTF-8 with 400 instead of replacing its bytes', async () => {
    const core = createPowerSchoolMockCore();
    const bytes = new TextEncoder().encode(JSON.stringify(payloadOf(daily({ att_comment: 'Caf_' }))));
    bytes[bytes.indexOf('_'.charCodeAt(0))] = 0xe9; // Latin-1 é
    const request = new Request(`${origin}/ws/attendance/daily_time`, { method: 'POST', headers: { Authorization: `Bearer ${core.issueToken()}`, 'Content-Type': 'application/json' }, body: bytes });
    const answer = await core.handle(request);
    expect(answer?.status).toBe(400);
    expect(answer?.body).toContain('not valid UTF-8');
    expect(core.records()).toEqual([]);
  });

  it('answers any request as a given route', async () => {
    const core = createPowerSchoolMockCore();
    const answer = await core.answer('daily_time', new Request('http://elsewhere.test/x', { method: 'PUT', body: '{}', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${core.issueToken()}` } }));
    expect(answer.status).toBe(400);
  });
});

describe('duplicate member names (rule duplicate-member)', () => {
  it('get 400 with DUPLICATE_MEMBER on the record and field, and nothing is written', async () => {
    const core = createPowerSchoolMockCore();
    const text = `{"record":[{"tables":{"attendance":${JSON.stringify(daily({ studentid: '1' }))}}},{"tables":{"attendance":{"studentid":"1","studentid":"2","att_date":"2025-09-02","schoolid":"100","yearid":"35","att_mode_code":"ATT_ModeDaily","attendance_codeid":"12"}}}]}`;
    const answer = await core.handle(attendanceRequest('batch_daily_time', text, core.issueToken()));
    expect(answer?.status).toBe(400);
    expect(JSON.parse(answer?.body ?? '')).toEqual({
      results: {
        insert_count: 0,
        update_count: 0,
        delete_count: 0,
        result: {
          client_uid: 1,
          status: 'ERROR',
          action: 'INSERT',
          error_message: { error: { field: 'attendance/studentid', error_code: 'DUPLICATE_MEMBER', error_description: expect.stringContaining('"studentid" appears more than once') } },
        },
      },
    });
    expect(core.records()).toEqual([]);
  });

  it('are found in any valid payload, compact or indented, whose schema check proved the rest', async () => {
    // The mock proves most bodies free of duplicates with the schema check's member count and the
    // text's colons; a duplicate that leaves the payload valid (the value JSON.parse keeps passes)
    // must still be answered with DUPLICATE_MEMBER, and a payload without one never.
    await fc.assert(
      fc.asyncProperty(validPayload(), fc.boolean(), fc.boolean(), async ({ endpoint, payload }, indented, duplicate) => {
        const core = createPowerSchoolMockCore();
        let text = JSON.stringify(payload, null, indented ? 2 : undefined);
        if (duplicate) text = text.replace(/"yearid":/, '"yearid": "99", "yearid":');
        const answer = await core.handle(attendanceRequest(endpoint, text, core.issueToken()));
        expect(answer?.status === 400 && (answer.body ?? '').includes('DUPLICATE_MEMBER')).toBe(duplicate);
      }),
      fcParams(100),
    );
  });

  it('at payload level too, and names compare after unescaping', async () => {
    const core = createPowerSchoolMockCore();
    const text = `{"record":[{"tables":{"attendance":${JSON.stringify(daily())}}}],"rec\\u006frd":[]}`;
    const answer = JSON.parse((await core.handle(attendanceRequest('batch_daily_time', text, core.issueToken())))?.body ?? '') as { results: { result: { client_uid?: number; error_message: { error: { field: string } } } } };
    expect(answer.results.result.client_uid).toBeUndefined();
    expect(answer.results.result.error_message.error.field).toBe('record');
  });
});

describe('maxLoggedRequests', () => {
  it('keeps the newest requests only', async () => {
    const core = createPowerSchoolMockCore({ maxLoggedRequests: 2 });
    for (const id of ['1', '2', '3']) await core.handle(attendanceRequest('daily_time', payloadOf(daily({ studentid: id })), core.issueToken()));
    expect(core.requests().map((r) => (r.body as { record: { tables: { attendance: { studentid: string } } }[] }).record[0]?.tables.attendance.studentid)).toEqual(['2', '3']);
    expect(core.records()).toHaveLength(3);
  });
});

describe('deeply nested bodies', () => {
  it('a large one is refused before parsing (JSON.parse would take seconds), a small one answered as usual', async () => {
    const core = createPowerSchoolMockCore();
    const post = async (text: string) => core.handle(attendanceRequest('batch_daily_time', text, core.issueToken()));
    const large = await post(`{"record":${'['.repeat(200_000)}${']'.repeat(200_000)}}`);
    expect(large?.status).toBe(400);
    expect(large?.body).toContain('deeper than 64 levels');
    const small = await post(`{"record":${'['.repeat(100)}${']'.repeat(100)}}`);
    expect(small?.status).toBe(400);
    expect(small?.body).not.toContain('deeper than');
  });
});
