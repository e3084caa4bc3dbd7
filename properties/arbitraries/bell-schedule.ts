import * as fc from 'fast-check';
import { checkOrder, integerIn } from './check-constraints.js';
import { layoutPeriods, periodDraft, firstBell } from './period-layout.js';

/**
 * Constraints of {@link bellSchedule}.
 *
 * @example
 * ```ts
 * bellSchedule({ minPeriods: 6, maxPeriods: 8 });
 * ```
 */
export interface BellScheduleConstraints {
  /** The fewest class meetings (default 1). */
  readonly minPeriods?: number;
  /** The most class meetings (default 8, at most 86400). */
  readonly maxPeriods?: number;
}

/**
 * One class meeting: seconds since midnight, `end_time` after `start_time`.
 *
 * @example
 * ```ts
 * const first: MeetingTimes = { start_time: 29400, end_time: 32400 }; // 08:10–09:00
 * ```
 */
export interface MeetingTimes {
  readonly start_time: number;
  readonly end_time: number;
}

/**
 * A school day's class meetings, shaped like a bell schedule: the first bell between 07:00 and 09:00
 * on a 5-minute grid, periods of 30 to 90 minutes, 0 to 15 minutes of passing time, in order and
 * never overlapping. Times are seconds since midnight (start_time/end_time). A schedule too long for
 * one day is spread evenly over it. Shrinks toward one 07:00–07:30 period.
 *
 * @param constraints - The number of periods; see {@link BellScheduleConstraints}.
 * @returns An arbitrary of ordered, non-overlapping meeting times.
 * @throws RangeError when a constraint is out of range.
 *
 * @example
 * ```ts
 * import * as fc from 'fast-check';
 * import { bellSchedule } from 'ps-attendance-contract/arbitraries';
 *
 * fc.sample(bellSchedule({ minPeriods: 2, maxPeriods: 2 }), 1);
 * // e.g. [[{ start_time: 29400, end_time: 32400 }, { start_time: 32700, end_time: 35700 }]]
 * ```
 */
export function bellSchedule(constraints: BellScheduleConstraints = {}): fc.Arbitrary<MeetingTimes[]> {
  const minPeriods = integerIn('bellSchedule', 'minPeriods', constraints.minPeriods, 1, 0, 86_400);
  const maxPeriods = integerIn('bellSchedule', 'maxPeriods', constraints.maxPeriods, Math.max(minPeriods, 8), 0, 86_400);
  checkOrder('bellSchedule', 'minPeriods', minPeriods, 'maxPeriods', maxPeriods);
  return fc
    .tuple(firstBell, fc.array(periodDraft, { minLength: minPeriods, maxLength: maxPeriods }))
    .map(([start, drafts]) => layoutPeriods(start, drafts));
}
