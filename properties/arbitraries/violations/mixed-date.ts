import * as fc from 'fast-check';
import { attDate } from '../att-date.js';
import { nextDay } from '../school-year.js';
import { basePayload, pointer, recordIndex, withAttendance, type Obj, type Violation } from './violation.js';

/**
 * `mixed-date`: a meeting_interval payload of 2 or more records where one record after the first is
 * for another (real) day.
 *
 * @example
 * ```ts
 * fc.sample(mixedDateViolation.build('meeting_interval'), 1); // record 1 att_date '2025-09-03', path '/record/1/tables/attendance/att_date'
 * ```
 */
export const mixedDateViolation: Violation = {
  endpoints: ['meeting_interval'],
  build(endpoint) {
    return fc.tuple(basePayload(endpoint, 2), attDate(), fc.nat()).map(([payload, candidate, pick]) => {
      const j = recordIndex(pick, payload.record.length, 1);
      const first = String(((payload.record[0]?.['tables'] as Obj)['attendance'] as Obj)['att_date']);
      const other = candidate === first ? nextDay(first) : candidate;
      return { endpoint, payload: withAttendance(payload, j, (a) => ({ ...a, att_date: other })), expected: { code: 'mixed-date' as const, path: pointer(j, 'att_date') } };
    });
  },
};
