import * as fc from 'fast-check';
import { idString } from '../id-string.js';
import { basePayload, pointer, recordIndex, withAttendance, type Obj, type Violation } from './violation.js';

const sameId = (a: string, b: string): boolean => a.replace(/^0+(?=\d)/, '') === b.replace(/^0+(?=\d)/, '');

/**
 * `mixed-student`: a meeting_interval payload of 2 or more records where one record after the first
 * has another studentid (different as a number, not only in leading zeros).
 *
 * @example
 * ```ts
 * fc.sample(mixedStudentViolation.build('meeting_interval'), 1); // record 1 studentid '4243', path '/record/1/tables/attendance/studentid'
 * ```
 */
export const mixedStudentViolation: Violation = {
  endpoints: ['meeting_interval'],
  build(endpoint) {
    return fc.tuple(basePayload(endpoint, 2), idString(), fc.nat()).map(([payload, candidate, pick]) => {
      const j = recordIndex(pick, payload.record.length, 1);
      const first = String(((payload.record[0]?.['tables'] as Obj)['attendance'] as Obj)['studentid']);
      const other = sameId(candidate, first) ? (sameId(first, '1') ? '2' : '1') : candidate;
      return { endpoint, payload: withAttendance(payload, j, (a) => ({ ...a, studentid: other })), expected: { code: 'mixed-student' as const, path: pointer(j, 'studentid') } };
    });
  },
};
