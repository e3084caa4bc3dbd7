import * as fc from 'fast-check';
import type { MeetingAttendance } from '../../generated/types.js';
import type { AttendanceConstraints } from './attendance-constraints.js';
import { commonFields } from './common-fields.js';
import { idString } from './id-string.js';
import { firstBell, layoutPeriods, periodDraft } from './period-layout.js';

/**
 * Valid ATT_ModeMeeting attendance tables: the six required columns, ccid and periodid, and one
 * class meeting from a bell schedule (start_time/end_time in seconds since midnight, 30 to 90
 * minutes, starting 07:00 to 09:00 plus up to seven earlier periods); sometimes calendar_dayid,
 * att_comment and programid; never att_interval (ignored by the mode). Shrinks toward 07:00–07:30.
 *
 * @param constraints - Fixed values and date range; see {@link AttendanceConstraints}.
 * @returns An arbitrary of MeetingAttendance objects.
 * @throws RangeError when a constraint is invalid.
 *
 * @example
 * ```ts
 * import * as fc from 'fast-check';
 * import { meetingAttendance } from 'ps-attendance-contract/arbitraries';
 *
 * fc.assert(fc.property(meetingAttendance(), (attendance) => attendance.end_time > attendance.start_time));
 * ```
 */
export function meetingAttendance(constraints: AttendanceConstraints = {}): fc.Arbitrary<MeetingAttendance> {
  const period = fc
    .tuple(firstBell, fc.array(periodDraft, { minLength: 1, maxLength: 8 }))
    .map(([start, drafts]) => layoutPeriods(start, drafts)[drafts.length - 1] ?? { start_time: start, end_time: start + 1800 });
  return fc
    .tuple(commonFields('meetingAttendance', constraints, false), idString(), idString(), period)
    .map(([{ studentid, att_date, schoolid, yearid, attendance_codeid, ...optional }, ccid, periodid, times]) => ({
      studentid,
      att_date,
      schoolid,
      yearid,
      att_mode_code: 'ATT_ModeMeeting' as const,
      attendance_codeid,
      ccid,
      periodid,
      start_time: times.start_time,
      end_time: times.end_time,
      ...optional,
    }));
}
