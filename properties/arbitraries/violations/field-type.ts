import * as fc from 'fast-check';
import { endpointIds } from '../../../src/endpoints.js';
import { basePayload, pointer, recordIndex, withAttendance, withRecord, type Obj, type Violation } from './violation.js';

// Not JSON strings (for every column but the times, and for `name`); not JSON numbers (for the times,
// where a wrong number is a time-range, not a type, problem).
const notStrings: unknown[] = [4242, 0, 1.5, null, true, false, {}, [], ['4242'], { value: '4242' }];
const notNumbers: unknown[] = ['29400', '', null, true, {}, [], [29400]];
const integerFields = new Set(['start_time', 'end_time']);

/**
 * `field-type`: one member of a record (any column present, att_mode_code included) or a `name`
 * given a value of the wrong JSON type: a number, boolean, null, object or array where a string is
 * expected; a string, boolean, null, object or array for start_time/end_time.
 *
 * @example
 * ```ts
 * fc.sample(fieldTypeViolation.build('daily_time'), 1); // studentid 4242, path '/record/0/tables/attendance/studentid'
 * ```
 */
export const fieldTypeViolation: Violation = {
  endpoints: endpointIds,
  build(endpoint) {
    const where = fc.constantFrom('attendance', 'payload-name', 'record-name');
    return fc.tuple(basePayload(endpoint), where, fc.nat(), fc.nat(), fc.nat()).map(([payload, target, pickRecord, pickField, pickValue]) => {
      const j = recordIndex(pickRecord, payload.record.length);
      const expected = (path: string) => ({ code: 'field-type' as const, path });
      const wrong = notStrings[pickValue % notStrings.length];
      if (target === 'payload-name') return { endpoint, payload: { ...payload, name: wrong }, expected: expected('/name') };
      if (target === 'record-name') return { endpoint, payload: withRecord(payload, j, (r) => ({ ...r, name: wrong })), expected: expected(`/record/${j}/name`) };
      const attendance = (payload.record[j]?.['tables'] as Obj)['attendance'] as Obj;
      const fields = Object.keys(attendance);
      const field = fields[pickField % fields.length] ?? 'studentid';
      const value = integerFields.has(field) ? notNumbers[pickValue % notNumbers.length] : wrong;
      return { endpoint, payload: withAttendance(payload, j, (a) => ({ ...a, [field]: value })), expected: expected(pointer(j, field)) };
    });
  },
};
