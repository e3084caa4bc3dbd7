import * as fc from 'fast-check';
import { asMode, basePayload, pointer, recordIndex, withAttendance, type Violation } from './violation.js';

const malformed = ['1441', '1500', '99999', '-1', '-0', '1.5', '45.0', '', ' 45', '45 ', '1e3', 'forty', '４５', '45 min'];

/**
 * `minutes-range`: one record turned into ATT_ModeTime with a total_minutes that is not a decimal
 * integer string from 0 to 1440: above 1440, negative, fractional, padded, or not a number.
 *
 * @example
 * ```ts
 * fc.sample(minutesRangeViolation.build('daily_time'), 1); // total_minutes '1441'
 * ```
 */
export const minutesRangeViolation: Violation = {
  endpoints: ['daily_time', 'batch_daily_time'],
  build(endpoint) {
    const bad = fc.oneof(fc.constantFrom(...malformed), fc.integer({ min: 1441, max: 10_000_000 }).map(String));
    return fc.tuple(basePayload(endpoint), bad, fc.nat()).map(([payload, value, pick]) => {
      const j = recordIndex(pick, payload.record.length);
      return {
        endpoint,
        payload: withAttendance(payload, j, (a) => ({ ...asMode(a, 'ATT_ModeTime'), total_minutes: value })),
        expected: { code: 'minutes-range' as const, path: pointer(j, 'total_minutes') },
      };
    });
  },
};
