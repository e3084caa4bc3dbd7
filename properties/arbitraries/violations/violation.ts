import * as fc from 'fast-check';
import type { EndpointId } from '../../../src/endpoints.js';
import { escapePointerToken } from '../../../src/pointer.js';
import { batchDailyTimeRequest } from '../batch-daily-time-request.js';
import { dailyTimeRequest } from '../daily-time-request.js';
import type { InvalidCase } from '../invalid-case.js';
import { meetingIntervalRequest } from '../meeting-interval-request.js';

/**
 * How to break one rule: the endpoints where it can be broken and an arbitrary of cases per endpoint.
 * Every case is built in a `map` from a valid payload and a choice among ways that always break the
 * rule, so that no shrink can produce a payload without the violation.
 *
 * @example
 * ```ts
 * const arbitrary = timeOrderViolation.build('meeting_interval');
 * ```
 */
export interface Violation {
  readonly endpoints: readonly EndpointId[];
  build(endpoint: EndpointId): fc.Arbitrary<InvalidCase>;
}

/** A JSON object. */
export type Obj = Record<string, unknown>;

/**
 * A small valid payload for `endpoint` to break: 1 record for daily_time, 1 to 3 otherwise
 * (at least `minRecords`).
 *
 * @example
 * ```ts
 * basePayload('batch_daily_time'); // Arbitrary of 1..3-record batches
 * ```
 */
export function basePayload(endpoint: EndpointId, minRecords = 1): fc.Arbitrary<Obj & { record: Obj[] }> {
  const maxRecords = Math.max(minRecords, 3);
  const arbitrary =
    endpoint === 'daily_time'
      ? dailyTimeRequest()
      : endpoint === 'batch_daily_time'
        ? batchDailyTimeRequest({ minRecords, maxRecords })
        : meetingIntervalRequest({ minRecords, maxRecords });
  return arbitrary as fc.Arbitrary<unknown> as fc.Arbitrary<Obj & { record: Obj[] }>;
}

/**
 * A copy of `payload` whose record `index` is replaced by `edit(record)`; the input is not changed
 * (fast-check reuses it while shrinking).
 *
 * @example
 * ```ts
 * withRecord(payload, 0, () => null); // record 0 is null
 * ```
 */
export function withRecord(payload: Obj & { record: Obj[] }, index: number, edit: (record: Obj) => unknown): Obj {
  return { ...payload, record: payload.record.map((record, i) => (i === index ? edit(record) : record)) };
}

/**
 * A copy of `payload` whose record `index` has its attendance table replaced by `edit(attendance)`.
 *
 * @example
 * ```ts
 * withAttendance(payload, 0, (a) => ({ ...a, studentid: '' }));
 * ```
 */
export function withAttendance(payload: Obj & { record: Obj[] }, index: number, edit: (attendance: Obj) => Obj): Obj {
  return withRecord(payload, index, (record) => {
    const tables = record['tables'] as Obj;
    return { ...record, tables: { ...tables, attendance: edit({ ...(tables['attendance'] as Obj) }) } };
  });
}

/**
 * The JSON Pointer of a member of record `index`'s attendance table.
 *
 * @example
 * ```ts
 * pointer(2, 'att_date'); // '/record/2/tables/attendance/att_date'
 * ```
 */
export function pointer(index: number, field: string): string {
  return `/record/${index}/tables/attendance/${escapePointerToken(field)}`;
}

/**
 * An attendance table turned into a valid one of `mode` (same endpoint family): the mode's own
 * column added when missing, ignored ones removed.
 *
 * @example
 * ```ts
 * asMode({ att_mode_code: 'ATT_ModeDaily', … }, 'ATT_ModeTime'); // { att_mode_code: 'ATT_ModeTime', total_minutes: '45', … }
 * ```
 */
export function asMode(attendance: Obj, mode: string): Obj {
  const out: Obj = { ...attendance, att_mode_code: mode };
  const ensure = (field: string, value: unknown): void => {
    if (!Object.hasOwn(out, field)) out[field] = value;
  };
  if (mode === 'ATT_ModeTime') ensure('total_minutes', '45');
  if (mode === 'ATT_ModeDaily') delete out['total_minutes'];
  if (mode === 'ATT_ModeMeeting') {
    ensure('start_time', 29_400);
    ensure('end_time', 32_400);
    delete out['att_interval'];
  }
  if (mode === 'ATT_ModeInterval') {
    ensure('att_interval', '1');
    delete out['start_time'];
    delete out['end_time'];
  }
  return out;
}

/**
 * A choice of record: `pick` (any natural number, shrinking toward 0) modulo the record count, at
 * least `from`.
 *
 * @example
 * ```ts
 * recordIndex(7, 3); // 1
 * ```
 */
export function recordIndex(pick: number, count: number, from = 0): number {
  return from + (pick % Math.max(1, count - from));
}
