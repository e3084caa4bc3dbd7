import * as fc from 'fast-check';
import type { TimeAttendance } from '../../generated/types.js';
import type { AttendanceConstraints } from './attendance-constraints.js';
import { commonFields } from './common-fields.js';

/**
 * Valid ATT_ModeTime attendance tables: the six required columns, total_minutes from "0" to "1440",
 * sometimes calendar_dayid, att_comment, programid and dcid. Shrinks toward total_minutes "0".
 *
 * @param constraints - Fixed values and date range; see {@link AttendanceConstraints}.
 * @returns An arbitrary of TimeAttendance objects.
 * @throws RangeError when a constraint is invalid.
 *
 * @example
 * ```ts
 * import * as fc from 'fast-check';
 * import { timeAttendance } from 'ps-attendance-contract/arbitraries';
 *
 * fc.assert(fc.property(timeAttendance(), (attendance) => Number(attendance.total_minutes) <= 1440));
 * ```
 */
export function timeAttendance(constraints: AttendanceConstraints = {}): fc.Arbitrary<TimeAttendance> {
  return fc
    .tuple(commonFields('timeAttendance', constraints, true), fc.integer({ min: 0, max: 1440 }))
    .map(([{ studentid, att_date, schoolid, yearid, attendance_codeid, ...optional }, minutes]) => ({
      studentid,
      att_date,
      schoolid,
      yearid,
      att_mode_code: 'ATT_ModeTime' as const,
      attendance_codeid,
      total_minutes: String(minutes),
      ...optional,
    }));
}
