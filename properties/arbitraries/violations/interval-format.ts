import * as fc from 'fast-check';
import { asMode, basePayload, pointer, recordIndex, withAttendance, type Violation } from './violation.js';

const malformed = ['0', '00', '-1', '-0', '', '1.5', ' 2', '2 ', '+1', '12345678901', 'two', '２', '1e1'];

/**
 * `interval-format`: one record turned into ATT_ModeInterval with an att_interval that is not a
 * positive decimal integer string: zero, negative, fractional, padded, 11+ digits, or not a number.
 *
 * @example
 * ```ts
 * fc.sample(intervalFormatViolation.build('meeting_interval'), 1); // att_interval '0'
 * ```
 */
export const intervalFormatViolation: Violation = {
  endpoints: ['meeting_interval'],
  build(endpoint) {
    return fc.tuple(basePayload(endpoint), fc.constantFrom(...malformed), fc.nat()).map(([payload, value, pick]) => {
      const j = recordIndex(pick, payload.record.length);
      return {
        endpoint,
        payload: withAttendance(payload, j, (a) => ({ ...asMode(a, 'ATT_ModeInterval'), att_interval: value })),
        expected: { code: 'interval-format' as const, path: pointer(j, 'att_interval') },
      };
    });
  },
};
