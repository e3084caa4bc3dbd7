import { normalizeId } from '../rules/check-context.js';

/**
 * The student and day a meeting_interval payload is for.
 *
 * @example
 * ```ts
 * const day: StudentDay = { studentid: '4242', att_date: '2025-09-02' };
 * ```
 */
export interface StudentDay {
  /** The studentid without leading zeros: "0042" and "42" are one student, as the mixed-student rule has it. */
  readonly studentid: string;
  /** The day, `YYYY-MM-DD`. */
  readonly att_date: string;
}

/**
 * The student-day of a Meeting/Interval record that passed validation (so studentid is 1 to 10
 * digits and att_date a `YYYY-MM-DD` date).
 *
 * @example
 * ```ts
 * studentDayOf({ studentid: '0042', att_date: '2025-09-02' }); // { studentid: '42', att_date: '2025-09-02' }
 * ```
 */
export function studentDayOf(attendance: Readonly<Record<string, unknown>>): StudentDay {
  return { studentid: normalizeId(String(attendance['studentid'])), att_date: String(attendance['att_date']) };
}

/**
 * Orders student-days by studentid as a number, then by date; negative when `a` comes first.
 *
 * @example
 * ```ts
 * compareStudentDays({ studentid: '9', att_date: '2025-09-03' }, { studentid: '10', att_date: '2025-09-01' }); // < 0
 * ```
 */
export function compareStudentDays(a: StudentDay, b: StudentDay): number {
  // Normalised ids have no leading zeros, so a shorter id is a smaller number.
  if (a.studentid.length !== b.studentid.length) return a.studentid.length - b.studentid.length;
  if (a.studentid !== b.studentid) return a.studentid < b.studentid ? -1 : 1;
  if (a.att_date === b.att_date) return 0;
  return a.att_date < b.att_date ? -1 : 1;
}

/**
 * A string naming a student-day, for maps.
 *
 * @example
 * ```ts
 * studentDayKey({ studentid: '42', att_date: '2025-09-02' }); // '42|2025-09-02'
 * ```
 */
export function studentDayKey(day: StudentDay): string {
  return `${day.studentid}|${day.att_date}`;
}
