import * as fc from 'fast-check';
import { asMode, basePayload, pointer, recordIndex, withAttendance, type Violation } from './violation.js';

const outOfDay = [-1, 86_401, 29_400_000, 1.5, 29_400.5, -0.5, 1e10, Number.MAX_SAFE_INTEGER];

/**
 * `time-range`: one record turned into ATT_ModeMeeting with start_time or end_time a JSON number
 * that is not an integer from 0 to 86400: negative, past midnight, milliseconds, fractional.
 *
 * @example
 * ```ts
 * fc.sample(timeRangeViolation.build('meeting_interval'), 1); // start_time 29400000
 * ```
 */
export const timeRangeViolation: Violation = {
  endpoints: ['meeting_interval'],
  build(endpoint) {
    const bad = fc.oneof(fc.constantFrom(...outOfDay), fc.integer({ min: 86_401, max: 2 ** 31 - 1 }), fc.integer({ min: -(2 ** 31), max: -1 }));
    const field = fc.constantFrom('start_time', 'end_time');
    return fc.tuple(basePayload(endpoint), field, bad, fc.nat()).map(([payload, which, value, pick]) => {
      const j = recordIndex(pick, payload.record.length);
      return {
        endpoint,
        payload: withAttendance(payload, j, (a) => ({ ...asMode(a, 'ATT_ModeMeeting'), [which]: value })),
        expected: { code: 'time-range' as const, path: pointer(j, which) },
      };
    });
  },
};
