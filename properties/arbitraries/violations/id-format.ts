import * as fc from 'fast-check';
import { idFields } from '../../../generated/model.js';
import { endpointIds } from '../../../src/endpoints.js';
import { basePayload, pointer, recordIndex, withAttendance, type Obj, type Violation } from './violation.js';

const idPattern = /^[0-9]{1,10}$/;
const malformed = ['', '12345678901', '-1', '+42', '4.0', ' 42', '42 ', '４２', '٤٢', '0x2A', '1e3', '4,242', 'null', 'S4242'];

/**
 * `id-format`: one id column of a record (studentid, schoolid, yearid, attendance_codeid, and any
 * optional id present) set to a string that is not 1 to 10 decimal digits: empty, 11 or more digits,
 * signs, decimals, spaces, non-ASCII digits, hex, or any other non-id string.
 *
 * @example
 * ```ts
 * fc.sample(idFormatViolation.build('daily_time'), 1); // schoolid '', path '/record/0/tables/attendance/schoolid'
 * ```
 */
export const idFormatViolation: Violation = {
  endpoints: endpointIds,
  build(endpoint) {
    const bad = fc.oneof(
      fc.constantFrom(...malformed),
      fc.bigInt({ min: 10n ** 10n, max: 10n ** 15n }).map((n) => n.toString()),
      fc.string({ maxLength: 12 }).filter((s) => !idPattern.test(s)),
    );
    return fc.tuple(basePayload(endpoint), bad, fc.nat(), fc.nat()).map(([payload, value, pickRecord, pickField]) => {
      const j = recordIndex(pickRecord, payload.record.length);
      const attendance = (payload.record[j]?.['tables'] as Obj)['attendance'] as Obj;
      const present = idFields.filter((f) => Object.hasOwn(attendance, f));
      const field = present[pickField % present.length] ?? 'studentid';
      return { endpoint, payload: withAttendance(payload, j, (a) => ({ ...a, [field]: value })), expected: { code: 'id-format' as const, path: pointer(j, field) } };
    });
  },
};
