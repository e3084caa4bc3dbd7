import * as fc from 'fast-check';
import { checkOrder, integerIn } from './check-constraints.js';
import { schoolDay } from './school-year.js';

/**
 * Constraints of {@link attDate}.
 *
 * @example
 * ```ts
 * attDate({ minSchoolYear: 2025, maxSchoolYear: 2026 }); // 2025-26 and 2026-27
 * ```
 */
export interface AttDateConstraints {
  /** The first school year (by its starting calendar year) to draw from (default 2018, at least 1990). */
  readonly minSchoolYear?: number;
  /** The last school year (by its starting calendar year) to draw from (default 2030, at most 9998). */
  readonly maxSchoolYear?: number;
}

/** Weekdays from August 15 to the middle of June. */
const schoolDaysPerYear = 217;

/**
 * Attendance dates as the API wants them (YYYY-MM-DD): weekdays inside a school year, from mid-August
 * to mid-June, leap days included. Shrinks toward the first school day of `minSchoolYear`.
 *
 * @param constraints - The range of school years; see {@link AttDateConstraints}.
 * @returns An arbitrary of att_date strings.
 * @throws RangeError when a constraint is out of range.
 *
 * @example
 * ```ts
 * import * as fc from 'fast-check';
 * import { attDate } from 'ps-attendance-contract/arbitraries';
 *
 * fc.sample(attDate({ minSchoolYear: 2025, maxSchoolYear: 2025 }), 2); // e.g. ['2025-09-02', '2026-03-17']
 * ```
 */
export function attDate(constraints: AttDateConstraints = {}): fc.Arbitrary<string> {
  const min = integerIn('attDate', 'minSchoolYear', constraints.minSchoolYear, 2018, 1990, 9998);
  const max = integerIn('attDate', 'maxSchoolYear', constraints.maxSchoolYear, Math.max(min, 2030), 1990, 9998);
  checkOrder('attDate', 'minSchoolYear', min, 'maxSchoolYear', max);
  return fc
    .tuple(fc.integer({ min, max }), fc.integer({ min: 0, max: schoolDaysPerYear - 1 }))
    .map(([year, offset]) => schoolDay(year, offset));
}
