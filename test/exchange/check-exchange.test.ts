import { describe, expect, it } from 'vitest';
import { checkExchange } from '../../src/exchange/check-exchange.js';
import { exchangeTarget } from '../../src/exchange/exchange.js';
import { envelope, makeExchange, records, success, type ExchangeParts } from './make-exchange.js';

// The request and response checks on single exchanges: codes and paths, one finding per fault.

const batch = '/ws/attendance/batch_daily_time';
const findings = (parts: ExchangeParts) => checkExchange(makeExchange(parts)).findings.map((f) => `${f.severity} ${f.code} ${f.side} ${f.path}`);

describe('checkExchange', () => {
  it('passes a correct exchange', () => {
    expect(findings({})).toEqual([]);
    expect(findings({ path: '/ws/attendance/batch_daily_time', requestBody: records(3), responseBody: envelope(success(0), success(1, 2), success(2, 3, 'UPDATE')) })).toEqual([]);
  });

  it('reports validate()\'s diagnostics on the request, at their paths', () => {
    const body = { record: [{ tables: { attendance: { studentid: 42, att_date: '2025-09-02', schoolid: '100', yearid: '35', att_mode_code: 'ATT_ModeDaily', attendance_codeid: '12' } } }] };
    expect(findings({ requestBody: body, status: 400, responseBody: envelope({ client_uid: 0, status: 'ERROR', action: 'INSERT', error_message: { error: { field: 'attendance/studentid', error_code: 'FIELD_TYPE', error_description: '…' } } }) }))
      .toEqual(['error field-type request /record/0/tables/attendance/studentid']);
  });

  it('a request body that is not JSON is request-json', () => {
    expect(findings({ requestBody: '{"record": [', status: 400, responseBody: envelope({ status: 'ERROR', action: 'INSERT', error_message: { error: { field: '', error_code: 'PAYLOAD_SHAPE', error_description: '…' } } }) }))
      .toEqual(['error request-json request ']);
  });

  it('a token request without Basic credentials or the grant is token-request', () => {
    const token = { path: '/oauth/access_token', responseBody: { access_token: 'a', token_type: 'Bearer', expires_in: '1' } };
    expect(findings({ ...token, requestHeaders: { 'Content-Type': 'application/x-www-form-urlencoded' }, requestBody: 'grant_type=client_credentials' })).toEqual(['error token-request request ']);
    expect(findings({ ...token, requestHeaders: { Authorization: 'Basic aWQ6cw==' }, requestBody: 'grant_type=password' })).toEqual(['error token-request request ']);
  });

  it('statuses the contract does not list are response-status, and nothing else is checked', () => {
    expect(findings({ status: 422, responseBody: 'whatever' })).toEqual(['error response-status response ']);
    expect(findings({ path: '/oauth/access_token', requestHeaders: { Authorization: 'Basic aWQ6cw==' }, requestBody: 'grant_type=client_credentials', status: 403, responseBody: '' }))
      .toEqual(['error response-status response ']);
  });

  it('schema faults are one response-schema finding each, at the missing or wrong member', () => {
    expect(findings({ responseBody: { result: success(0) } })).toEqual(['error response-schema response /results']);
    expect(findings({ responseBody: { results: { insert_count: 1, update_count: 0, delete_count: 0 } } })).toEqual(['error response-schema response /results/result']);
    expect(findings({ responseBody: envelope({ ...success(0), action: 'UPSERT' }) })).toEqual(['error response-schema response /results/result/action']);
    expect(findings({ responseBody: 'not json' })).toEqual(['error response-json response ']);
  });

  it('a modelled shape that does not match is a warning, a captured one an error', () => {
    expect(findings({ status: 415, responseBody: '<html/>' })).toEqual(['warning response-json response ']);
    expect(findings({ status: 500, responseBody: { error: 'boom' } })).toEqual(['warning response-schema response /message']);
    expect(findings({ path: '/oauth/access_token', requestHeaders: { Authorization: 'Basic aWQ6cw==' }, requestBody: 'grant_type=client_credentials', responseBody: { access_token: 'a', token_type: 'Bearer', expires_in: 3600 } }))
      .toEqual(['error response-schema response /expires_in']);
  });

  it('a 200 without one result per record is result-count (and the counts are not also reported)', () => {
    const [finding] = checkExchange(makeExchange({ path: batch, requestBody: records(3), responseBody: { results: { insert_count: 3, update_count: 0, delete_count: 0, result: [success(0), success(2)] } } })).findings;
    expect(finding).toMatchObject({ code: 'result-count', path: '/results/result' });
    expect(finding?.message).toMatch(/^2 results for 3 records: record 1 has none\./);
    const refused = { status: 'ERROR', action: 'INSERT', error_message: { error: [] } };
    expect(findings({ status: 400, responseBody: envelope(refused, refused, refused) })).toEqual(['error result-count response /results/result']);
  });

  it('results out of request order are result-order', () => {
    expect(findings({ path: batch, requestBody: records(2), responseBody: envelope(success(1, 2), success(0, 1)) })).toEqual(['error result-order response /results/result/0/client_uid']);
  });

  it('counts that do not add up are result-counts', () => {
    expect(findings({ responseBody: { results: { insert_count: 0, update_count: 0, delete_count: 0, result: success(0) } } })).toEqual(['error result-counts response /results/insert_count']);
    expect(findings({ responseBody: { results: { insert_count: 0, update_count: 1, delete_count: 0, result: success(0) } } })).toEqual(['error result-counts response /results/insert_count']);
  });

  it('ids as strings are one response-id-type warning per response', () => {
    expect(findings({ path: batch, requestBody: records(2), responseBody: envelope(success('0', '1'), success('1', '2')) })).toEqual(['warning response-id-type response /results/result/0/client_uid']);
  });

  it('requests outside the contract and answers from the proxy are not checked', () => {
    expect(findings({ path: '/ws/v1/district', requestBody: 'x', status: 418 })).toEqual([]);
    expect(findings({ status: 400, responseBody: 'x', answeredBy: 'blocked' })).toEqual([]);
  });

  it('a recording without a body or a response is a recording-gap warning', () => {
    expect(findings({ requestBody: undefined })).toEqual(['warning recording-gap request ']);
    expect(findings({ responseBody: undefined })).toEqual(['warning recording-gap response ']);
    expect(checkExchange({ ...makeExchange(), response: undefined }).findings.map((f) => f.code)).toEqual(['recording-gap']);
  });
});

describe('duplicate member names in a request body', () => {
  it('are duplicate-member errors at the later occurrence, as the mock and lint report them', () => {
    const text = '{"record":[{"tables":{"attendance":{"studentid":"4242","studentid":"4343","att_date":"2025-09-02","schoolid":"100","yearid":"35","att_mode_code":"ATT_ModeDaily","attendance_codeid":"12"}}}]}';
    expect(findings({ requestBody: text, status: 400, responseBody: envelope({ client_uid: 0, status: 'ERROR', action: 'INSERT', error_message: { error: { field: 'attendance/studentid', error_code: 'DUPLICATE_MEMBER', error_description: '…' } } }) }))
      .toEqual(['error duplicate-member request /record/0/tables/attendance/studentid']);
  });
});

describe('exchangeTarget', () => {
  it('knows the four paths, behind a path prefix too, for POST only', () => {
    expect(exchangeTarget('POST', 'https://ps.test/ws/attendance/batch_daily_time/')).toBe('batch_daily_time');
    expect(exchangeTarget('post', 'https://ps.test/district/ws/attendance/meeting_interval?x=1')).toBe('meeting_interval');
    expect(exchangeTarget('POST', 'https://ps.test/district/oauth/access_token')).toBe('access_token');
    expect(exchangeTarget('GET', 'https://ps.test/ws/attendance/daily_time')).toBeUndefined();
    expect(exchangeTarget('POST', 'https://ps.test/ws/attendance/daily_times')).toBeUndefined();
    expect(exchangeTarget('POST', 'https://ps.test/ws/v1/attendance/1')).toBeUndefined();
  });
});
