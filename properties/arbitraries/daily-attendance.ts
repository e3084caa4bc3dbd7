import * as fc from 'fast-check';
import type { DailyAttendance } from '../../generated/types.js';
import type { AttendanceConstraints } from './attendance-constraints.js';
import { commonFields } from './common-fields.js';

/**
 * Valid ATT_ModeDaily attendance tables (`record[i].tables.attendance`): the six required columns,
 * sometimes calendar_dayid, att_comment, programid and dcid; never total_minutes (ignored by the
 * mode). The yearid matches att_date's school year. Shrinks toward small ids and no optional columns.
 *
 * @param constraints - Fixed values and date range; see {@link AttendanceConstraints}.
 * @returns An arbitrary of DailyAttendance objects.
 * @throws RangeError when a constraint is invalid.
 *
 * @example
 * ```ts
 * import * as fc from 'fast-check';
 * import { dailyAttendance } from 'ps-attendance-contract/arbitraries';
 *
 * fc.assert(fc.property(dailyAttendance({ studentid: '4242' }), (attendance) => myMapper(attendance).id === 4242));
 * ```
 */
export function dailyAttendance(constraints: AttendanceConstraints = {}): fc.Arbitrary<DailyAttendance> {
  return commonFields('dailyAttendance', constraints, true).map(({ studentid, att_date, schoolid, yearid, attendance_codeid, ...optional }) => ({
    studentid,
    att_date,
    schoolid,
    yearid,
    att_mode_code: 'ATT_ModeDaily' as const,
    attendance_codeid,
    ...optional,
  }));
}
