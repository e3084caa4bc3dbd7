import * as fc from 'fast-check';
import type { AttendanceConstraints } from './attendance-constraints.js';
import { attComment } from './att-comment.js';
import { attDate } from './att-date.js';
import { checkDate, checkId, fail } from './check-constraints.js';
import { idString } from './id-string.js';
import { yearIdOf } from './school-year.js';

/** The columns every mode shares, as drawn for one record. */
export interface CommonFields {
  studentid: string;
  att_date: string;
  schoolid: string;
  yearid: string;
  attendance_codeid: string;
  calendar_dayid?: string;
  att_comment?: string;
  programid?: string;
  dcid?: string;
}

/**
 * The shared columns of a record, honouring fixed values; `withDcid` for daily/time records.
 *
 * @example
 * ```ts
 * fc.sample(commonFields('dailyAttendance', { studentid: '4242' }, true), 1);
 * ```
 */
export function commonFields(caller: string, constraints: AttendanceConstraints, withDcid: boolean): fc.Arbitrary<CommonFields> {
  for (const name of ['studentid', 'schoolid', 'yearid'] as const) checkId(caller, name, constraints[name]);
  checkDate(caller, 'att_date', constraints.att_date);
  if (constraints.optionalMembers !== undefined && typeof constraints.optionalMembers !== 'boolean') fail(caller, 'optionalMembers', 'a boolean', constraints.optionalMembers);
  const fixedOr = (value: string | undefined, arbitrary: fc.Arbitrary<string>): fc.Arbitrary<string> => (value === undefined ? arbitrary : fc.constant(value));
  const dates = constraints.att_date === undefined ? attDate(constraints) : fc.constant(constraints.att_date);
  const required = fc.record({
    studentid: fixedOr(constraints.studentid, idString()),
    att_date: dates,
    schoolid: fixedOr(constraints.schoolid, idString()),
    attendance_codeid: idString(),
  });
  const optional =
    constraints.optionalMembers === false
      ? fc.constant({})
      : fc.record(
          { calendar_dayid: idString(), att_comment: attComment(), programid: idString(), ...(withDcid ? { dcid: idString() } : {}) },
          { requiredKeys: [] },
        );
  return fc.tuple(required, optional).map(([r, o]): CommonFields => ({
    studentid: r.studentid,
    att_date: r.att_date,
    schoolid: r.schoolid,
    yearid: constraints.yearid ?? yearIdOf(r.att_date),
    attendance_codeid: r.attendance_codeid,
    ...o,
  }));
}
