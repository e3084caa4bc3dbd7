import type { AttDateConstraints } from './att-date.js';

/**
 * Constraints shared by the record and payload arbitraries. Every member is optional; fixed values
 * are checked when the arbitrary is built (a RangeError names the bad one).
 *
 * @example
 * ```ts
 * const constraints: AttendanceConstraints = { studentid: '4242', minSchoolYear: 2025, maxSchoolYear: 2025 };
 * fc.sample(dailyAttendance(constraints), 1); // [{ studentid: '4242', att_date: '2025-…', … }]
 * ```
 */
export interface AttendanceConstraints extends AttDateConstraints {
  /** A fixed studentid for every record (default: drawn, 1 to 10 digits). */
  readonly studentid?: string;
  /** A fixed att_date for every record (default: a school day inside the school years). */
  readonly att_date?: string;
  /** A fixed schoolid (default: drawn). */
  readonly schoolid?: string;
  /** A fixed yearid (default: the yearid of att_date's school year, e.g. "35" for 2025-26). */
  readonly yearid?: string;
  /**
   * Whether the optional columns (calendar_dayid, att_comment, programid, and dcid for daily/time
   * records) may appear (default true). When false, records carry only what their mode requires
   * (plus ccid and periodid on meeting records).
   */
  readonly optionalMembers?: boolean;
}
