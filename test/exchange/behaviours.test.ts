import { describe, expect, it } from 'vitest';
import { viewExchange } from '../../src/exchange/exchange-view.js';
import { fidelityMarkdown, fidelityReport } from '../../src/exchange/fidelity-report.js';
import { modelledBehaviours } from '../../src/exchange/modelled-behaviours.js';
import { envelope, makeExchange, records, success, type ExchangeParts } from './make-exchange.js';
import { meetingAttendance } from '../cli/helpers/payloads.js';

// Every modelled behaviour has an exchange that confirms it and, where an exchange can, one that
// contradicts it; a behaviour added to the list without cases here fails the first test.

const tokenRequest = { path: '/oauth/access_token', requestHeaders: { Authorization: 'Basic aWQ6c2VjcmV0', 'Content-Type': 'application/x-www-form-urlencoded' }, requestBody: 'grant_type=client_credentials' };
const noToken = { 'Content-Type': 'application/json' };
const refused = (code: string, field = 'attendance/total_minutes') => ({ client_uid: 0, status: 'ERROR', action: 'INSERT', error_message: { error: { field, error_code: code, error_description: '…' } } });
const invalidDaily = records(1, { studentid: '4242', att_date: '2025-09-02', schoolid: '100', yearid: '35', att_mode_code: 'ATT_ModeTime', attendance_codeid: '12' });
const errorBody = { message: 'No.' };

const cases: Record<string, { confirms: ExchangeParts; contradicts?: ExchangeParts; before?: ExchangeParts }> = {
  'upsert-by-slot': { before: {}, confirms: { responseBody: envelope(success(0, 100001, 'UPDATE')) }, contradicts: { responseBody: envelope(success(0, 100002)) } },
  'results-envelope': { confirms: {}, contradicts: { responseBody: { insert_count: 1, result: success(0) } } },
  'result-object-or-array': { confirms: { requestBody: records(2), responseBody: envelope(success(0), success(1, 100002)) }, contradicts: { responseBody: { results: { insert_count: 1, update_count: 0, delete_count: 0, result: [success(0)] } } } },
  'ids-are-numbers': { confirms: {}, contradicts: { responseBody: envelope(success(0, '100001')) } },
  'success-ref-uri': { confirms: {}, contradicts: { responseBody: envelope({ ...success(0), success_message: { id: 100001, ref: 'https://ps.test/ws/v1/attendance/999' } }) } },
  'client-uid-is-index': { confirms: {}, contradicts: { responseBody: envelope(success(100001)) } },
  'partial-failure-in-200': { confirms: { requestBody: records(2), responseBody: envelope(success(0), refused('INVALID_ATTENDANCE_CODE')) } },
  'invalid-payload-400': { confirms: { requestBody: invalidDaily, status: 400, responseBody: envelope(refused('MODE_REQUIRED_FIELD')) }, contradicts: { requestBody: invalidDaily } },
  'valid-payload-accepted': { confirms: {}, contradicts: { status: 400, responseBody: envelope(refused('INVALID_DATE_VALUE', 'attendance/att_date')) } },
  'client-uid-in-400': { confirms: { requestBody: invalidDaily, status: 400, responseBody: envelope(refused('MODE_REQUIRED_FIELD')) }, contradicts: { requestBody: invalidDaily, status: 400, responseBody: envelope({ ...refused('MODE_REQUIRED_FIELD'), client_uid: 77 }) } },
  'error-codes-rule-codes': { confirms: { requestBody: invalidDaily, status: 400, responseBody: envelope(refused('MODE_REQUIRED_FIELD')) }, contradicts: { requestBody: invalidDaily, status: 400, responseBody: envelope(refused('INVALID_VALUE')) } },
  'error-field-paths': { confirms: { requestBody: invalidDaily, status: 400, responseBody: envelope(refused('MODE_REQUIRED_FIELD')) }, contradicts: { requestBody: invalidDaily, status: 400, responseBody: envelope(refused('MODE_REQUIRED_FIELD', 'ATTENDANCE.TOTAL_MINUTES')) } },
  'expires-in-string': { confirms: { ...tokenRequest, responseBody: { access_token: 'abc', token_type: 'Bearer', expires_in: '3600' } }, contradicts: { ...tokenRequest, responseBody: { access_token: 'abc', token_type: 'Bearer', expires_in: 3600 } } },
  'token-error-body': { confirms: { ...tokenRequest, status: 401, responseBody: { error: 'invalid_client' } }, contradicts: { ...tokenRequest, status: 401, responseBody: { message: 'Bad credentials' } } },
  'www-authenticate-on-401': { confirms: { status: 401, responseHeaders: { 'WWW-Authenticate': 'Bearer realm="PowerSchool"' }, responseBody: errorBody }, contradicts: { status: 401, responseBody: errorBody } },
  'www-authenticate-invalid-token': {
    confirms: { status: 401, responseHeaders: { 'WWW-Authenticate': 'Bearer error="invalid_token",realm="PowerSchool",error_description="The access token has expired"' }, responseBody: errorBody },
    contradicts: { status: 401, responseHeaders: { 'WWW-Authenticate': 'Bearer realm="PowerSchool"' }, responseBody: errorBody },
  },
  'www-authenticate-no-token': { confirms: { requestHeaders: noToken, status: 401, responseHeaders: { 'WWW-Authenticate': 'Bearer realm="PowerSchool"' }, responseBody: errorBody }, contradicts: { requestHeaders: noToken, status: 401, responseHeaders: { 'WWW-Authenticate': 'Bearer' }, responseBody: errorBody } },
  'error-body-401': { confirms: { status: 401, responseBody: errorBody }, contradicts: { status: 401, responseBody: '<html>Unauthorized</html>' } },
  'error-body-403': { confirms: { status: 403, responseBody: { message: 'No.', errors: [{ resource: 'ATTENDANCE', field: 'ATT_COMMENT', code: 'FIELD_ACCESS' }] } }, contradicts: { status: 403, responseBody: errorBody } },
  'error-body-415': { confirms: { status: 415, responseBody: errorBody }, contradicts: { status: 415, responseBody: { error: 'unsupported' } } },
  'error-body-500': { confirms: { status: 500, responseBody: errorBody }, contradicts: { status: 500, responseBody: 'Internal Server Error' } },
  'check-order': { confirms: { requestHeaders: { 'Content-Type': 'text/plain' }, status: 401, responseBody: errorBody }, contradicts: { requestHeaders: { 'Content-Type': 'text/plain' }, status: 415, responseBody: errorBody } },
};

describe('modelled behaviours', () => {
  it('every behaviour in the list has test cases here, and every case names a behaviour', () => {
    expect(Object.keys(cases).sort()).toEqual(modelledBehaviours.map((b) => b.id).sort());
  });

  it('ids are unique kebab-case, statements one line', () => {
    expect(new Set(modelledBehaviours.map((b) => b.id)).size).toBe(modelledBehaviours.length);
    for (const b of modelledBehaviours) {
      expect(b.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(b.statement).not.toMatch(/\n/);
    }
  });

  for (const behaviour of modelledBehaviours) {
    const test = cases[behaviour.id];
    it(`${behaviour.id}: confirmed by its case${test?.contradicts ? ', contradicted by the other' : ''}`, () => {
      const detect = (parts: ExchangeParts | undefined) => {
        const memory = new Map<string, unknown>();
        if (test?.before) expect(behaviour.detect(viewExchange(makeExchange(test.before)), memory)).toBeUndefined();
        return behaviour.detect(viewExchange(makeExchange(parts)), memory);
      };
      expect(detect(test?.confirms)).toEqual({ verdict: 'confirms' });
      if (test?.contradicts) expect(detect(test.contradicts)?.verdict).toBe('contradicts');
    });
  }

  it('a behaviour an exchange does not show gets no verdict from it', () => {
    const meeting = viewExchange(makeExchange({ path: '/ws/attendance/meeting_interval', requestBody: records(1, meetingAttendance) }));
    expect(modelledBehaviours.find((b) => b.id === 'expires-in-string')?.detect(meeting, new Map())).toBeUndefined();
  });
});

describe('fidelityReport', () => {
  it('contradicted beats confirmed, and names the exchange with what it showed', () => {
    const views = [makeExchange(), { ...makeExchange({ responseBody: envelope(success(0, '100001')) }), label: 'entry 2' }].map(viewExchange);
    const row = fidelityReport(views).find((r) => r.id === 'ids-are-numbers');
    expect(row).toMatchObject({ verdict: 'contradicted', confirmedBy: ['entry 1'], contradictedBy: [{ exchange: 'entry 2', detail: 'an id is "100001"' }] });
  });

  it('ignores answers from the proxy and answers steered by a Prefer header', () => {
    const steered = makeExchange({ requestHeaders: { 'Content-Type': 'application/json', Authorization: 'Bearer t', Prefer: 'code=500' }, status: 500, responseBody: 'x' });
    const blocked = makeExchange({ status: 500, responseBody: 'x', answeredBy: 'blocked' });
    const rows = fidelityReport([steered, blocked].map(viewExchange));
    expect(rows.every((r) => r.verdict === 'not-shown')).toBe(true);
  });

  it('lists every behaviour in Markdown, in list order, with a summary line', () => {
    const markdown = fidelityMarkdown(fidelityReport([viewExchange(makeExchange())]), 'session.har');
    expect(markdown).toContain(`${modelledBehaviours.length} modelled behaviours: `);
    const ids = [...markdown.matchAll(/^\| `([a-z0-9-]+)` \|/gm)].map((m) => m[1]);
    expect(ids).toEqual(modelledBehaviours.map((b) => b.id));
  });
});
