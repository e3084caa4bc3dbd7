import * as fc from 'fast-check';
import { basePayload, pointer, recordIndex, withAttendance, type Violation } from './violation.js';

/**
 * `lone-surrogate`: one record's att_comment holds half of a UTF-16 surrogate pair, alone, somewhere
 * in otherwise ordinary text. Shrinks toward a comment of just "\uD800".
 *
 * @example
 * ```ts
 * fc.sample(loneSurrogateViolation.build('daily_time'), 1); // att_comment 'late \uDE0A'
 * ```
 */
export const loneSurrogateViolation: Violation = {
  endpoints: ['daily_time', 'batch_daily_time', 'meeting_interval'],
  build(endpoint) {
    const half = fc.oneof(fc.integer({ min: 0xd800, max: 0xdbff }), fc.integer({ min: 0xdc00, max: 0xdfff })).map((unit) => String.fromCharCode(unit));
    const text = fc.string({ unit: fc.constantFrom('a', 'b', ' ', 'é', '\u{1F600}'), maxLength: 6 });
    return fc.tuple(basePayload(endpoint), text, half, text, fc.nat()).map(([payload, before, lone, after, pick]) => {
      const j = recordIndex(pick, payload.record.length);
      return {
        endpoint,
        payload: withAttendance(payload, j, (a) => ({ ...a, att_comment: `${before}${lone}${after}` })),
        expected: { code: 'lone-surrogate' as const, path: pointer(j, 'att_comment') },
      };
    });
  },
};
