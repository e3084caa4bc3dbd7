import * as fc from 'fast-check';
import { asMode, basePayload, pointer, recordIndex, withAttendance, type Violation } from './violation.js';

/**
 * `time-order`: one record turned into ATT_ModeMeeting whose end_time is not after its start_time
 * (equal, or swapped), both inside 0..86400. Shrinks toward start_time = end_time = 1.
 *
 * @example
 * ```ts
 * fc.sample(timeOrderViolation.build('meeting_interval'), 1); // start_time 32400, end_time 29400
 * ```
 */
export const timeOrderViolation: Violation = {
  endpoints: ['meeting_interval'],
  build(endpoint) {
    const times = fc.tuple(fc.integer({ min: 1, max: 86_400 }), fc.nat()).map(([start, back]) => [start, start - (back % (start + 1))] as const);
    return fc.tuple(basePayload(endpoint), times, fc.nat()).map(([payload, [start, end], pick]) => {
      const j = recordIndex(pick, payload.record.length);
      return {
        endpoint,
        payload: withAttendance(payload, j, (a) => ({ ...asMode(a, 'ATT_ModeMeeting'), start_time: start, end_time: end })),
        expected: { code: 'time-order' as const, path: pointer(j, 'end_time') },
      };
    });
  },
};
