// Builds recorded exchanges for the unit tests of the checks and the behaviour detectors.
import type { Exchange } from '../../src/exchange/exchange.js';
import { dailyAttendance } from '../cli/helpers/payloads.js';

/** The parts of an exchange a test sets; the rest are a valid daily_time write answered 200. */
export interface ExchangeParts {
  readonly path?: string;
  readonly requestHeaders?: Record<string, string>;
  readonly requestBody?: unknown;
  readonly status?: number;
  readonly responseHeaders?: Record<string, string>;
  readonly responseBody?: unknown;
  readonly answeredBy?: 'blocked' | 'upstream-error';
}

/** `n` valid daily records (distinct students) as a payload. */
export function records(n: number, attendance: Record<string, unknown> = dailyAttendance): unknown {
  return { record: Array.from({ length: n }, (_, i) => ({ tables: { attendance: { ...attendance, studentid: String(4242 + i) } } })) };
}

/** A SUCCESS result for record `uid`. */
export function success(uid: unknown, id: unknown = 100001, action = 'INSERT'): Record<string, unknown> {
  return { client_uid: uid, status: 'SUCCESS', action, success_message: { id, ref: `https://ps.test/ws/v1/attendance/${String(id)}` } };
}

/** A results envelope of `results` with counts that add up. */
export function envelope(...results: Record<string, unknown>[]): unknown {
  const ok = results.filter((r) => r['status'] === 'SUCCESS');
  const inserts = ok.filter((r) => r['action'] === 'INSERT').length;
  return { results: { insert_count: inserts, update_count: ok.length - inserts, delete_count: 0, result: results.length === 1 ? results[0] : results } };
}

/** An exchange: by default a valid one-record daily_time write with a bearer token, answered 200 correctly. */
export function makeExchange(parts: ExchangeParts = {}): Exchange {
  const text = (value: unknown): string | undefined => (value === undefined ? undefined : typeof value === 'string' ? value : JSON.stringify(value));
  const headers = (h: Record<string, string>) => Object.entries(h).map(([name, value]) => ({ name, value }));
  return {
    label: 'entry 1',
    request: {
      method: 'POST',
      url: `https://ps.test${parts.path ?? '/ws/attendance/daily_time'}`,
      headers: headers(parts.requestHeaders ?? { 'Content-Type': 'application/json', Authorization: 'Bearer t0k3n-abcdef' }),
      body: text('requestBody' in parts ? parts.requestBody : records(1)),
    },
    response: { status: parts.status ?? 200, headers: headers(parts.responseHeaders ?? { 'Content-Type': 'application/json' }), body: text('responseBody' in parts ? parts.responseBody : envelope(success(0))) },
    ...(parts.answeredBy === undefined ? {} : { answeredBy: parts.answeredBy }),
  };
}
