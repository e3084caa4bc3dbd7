// Shared by the mock's tests: payloads, requests, and the check that every answer matches its schema.
import { expect } from 'vitest';
import type { ValidateFunction } from 'ajv';
import {
  validateAccessTokenResponse,
  validateAttendanceResultsResponse,
  validateErrorResponse,
  validateOAuthErrorResponse,
} from '../../generated/validators.js';
import type { AttendanceResultsResponse, ErrorResponse, WriteResult } from '../../generated/types.js';

export const origin = 'https://district.powerschool.com';

export function daily(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { studentid: '4242', att_date: '2025-09-02', schoolid: '100', yearid: '35', att_mode_code: 'ATT_ModeDaily', attendance_codeid: '12', programid: '0', ...overrides };
}

export function meeting(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { studentid: '4242', att_date: '2025-09-02', schoolid: '100', yearid: '35', att_mode_code: 'ATT_ModeMeeting', attendance_codeid: '3', ccid: '88120', periodid: '1501', start_time: 29400, end_time: 32400, ...overrides };
}

export function interval(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { studentid: '4242', att_date: '2025-09-02', schoolid: '100', yearid: '35', att_mode_code: 'ATT_ModeInterval', attendance_codeid: '3', att_interval: '2', ...overrides };
}

export function payloadOf(...tables: Record<string, unknown>[]): { record: { tables: { attendance: Record<string, unknown> } }[] } {
  return { record: tables.map((attendance) => ({ tables: { attendance } })) };
}

/** A POST to an attendance endpoint, JSON with a bearer token unless the headers say otherwise. */
export function attendanceRequest(endpoint: string, body: unknown, token: string | undefined, headers: Record<string, string> = {}): Request {
  return new Request(`${origin}/ws/attendance/${endpoint}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...(token === undefined ? {} : { Authorization: `Bearer ${token}` }), ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** The token request PowerSchool documents. */
export function tokenRequest(clientId: string, clientSecret: string, body = 'grant_type=client_credentials', contentType = 'application/x-www-form-urlencoded;charset=UTF-8'): Request {
  return new Request(`${origin}/oauth/access_token`, {
    method: 'POST',
    headers: { Authorization: `Basic ${btoa(`${clientId}:${clientSecret}`)}`, 'Content-Type': contentType },
    body,
  });
}

function schemaFor(url: string, status: number): [string, ValidateFunction] {
  if (new URL(url).pathname.endsWith('/oauth/access_token')) {
    return status === 200 ? ['AccessTokenResponse', validateAccessTokenResponse] : ['OAuthErrorResponse', validateOAuthErrorResponse];
  }
  return status === 200 || status === 400 ? ['AttendanceResultsResponse', validateAttendanceResultsResponse] : ['ErrorResponse', validateErrorResponse];
}

/**
 * The JSON body of a mock answer, after checking that it is JSON and matches the response schema of
 * its endpoint and status (the check every test of the mock goes through).
 */
export async function checkedBody<T = unknown>(response: Response | undefined, url: string): Promise<T> {
  if (response === undefined) throw new Error(`no handler answered ${url}`);
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  const body: unknown = await response.json();
  const [title, check] = schemaFor(url, response.status);
  const valid = check(body);
  expect(valid, `${response.status} body does not match ${title}: ${JSON.stringify(check.errors)}\n${JSON.stringify(body)}`).toBe(true);
  return body as T;
}

export type ResultsBody = AttendanceResultsResponse;
export type ErrorBody = ErrorResponse;

/** `result` as an array, whether PowerSchool sent an object or an array. */
export function resultList(body: AttendanceResultsResponse): WriteResult[] {
  const { result } = body.results;
  return Array.isArray(result) ? result : [result];
}

/** Each result's [client_uid, status, action] and its error fields/codes. */
export function summary(body: AttendanceResultsResponse): unknown[] {
  return resultList(body).map((r) =>
    r.status === 'SUCCESS'
      ? [r.client_uid, r.status, r.action]
      : [r.client_uid, r.status, r.action, (Array.isArray(r.error_message.error) ? r.error_message.error : [r.error_message.error]).map((e) => `${e.field} ${e.error_code}`)],
  );
}
