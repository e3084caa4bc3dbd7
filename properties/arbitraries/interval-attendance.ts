import * as fc from 'fast-check';
import type { IntervalAttendance } from '../../generated/types.js';
import type { AttendanceConstraints } from './attendance-constraints.js';
import { commonFields } from './common-fields.js';

/**
 * Valid ATT_ModeInterval attendance tables: the six required columns and att_interval ("1" to "12",
 * the numbered intervals of a day); sometimes calendar_dayid, att_comment and programid; never
 * start_time or end_time (ignored by the mode). Shrinks toward att_interval "1".
 *
 * @param constraints - Fixed values and date range; see {@link AttendanceConstraints}.
 * @returns An arbitrary of IntervalAttendance objects.
 * @throws RangeError when a constraint is invalid.
 *
 * @example
 * ```ts
 * import * as fc from 'fast-check';
 * import { intervalAttendance } from 'ps-attendance-contract/arbitraries';
 *
 * fc.assert(fc.property(intervalAttendance({ att_date: '2025-09-02' }), (a) => a.att_date === '2025-09-02'));
 * ```
 */
export function intervalAttendance(constraints: AttendanceConstraints = {}): fc.Arbitrary<IntervalAttendance> {
  return fc
    .tuple(commonFields('intervalAttendance', constraints, false), fc.integer({ min: 1, max: 12 }))
    .map(([{ studentid, att_date, schoolid, yearid, attendance_codeid, ...optional }, interval]) => ({
      studentid,
      att_date,
      schoolid,
      yearid,
      att_mode_code: 'ATT_ModeInterval' as const,
      attendance_codeid,
      att_interval: String(interval),
      ...optional,
    }));
}
