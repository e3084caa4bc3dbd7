import type { StudentDay } from './student-day.js';

/**
 * Thrown by the planners given `sorted: true` when a Meeting/Interval record comes after a later
 * student-day. Its student-day's payload may already be complete, and splitting one student-day over
 * two payloads is what the sorted mode promises not to do, so the planner stops instead.
 *
 * @example
 * ```ts
 * try {
 *   planPayloads(records, { sorted: true });
 * } catch (error) {
 *   if (error instanceof PlanOrderError) console.error(`record ${error.index} is out of order`);
 * }
 * ```
 */
export class PlanOrderError extends Error {
  /** The input index of the out-of-order record. */
  readonly index: number;
  /** Its student-day. */
  readonly studentDay: StudentDay;
  /** The student-day that came before it in the input. */
  readonly previous: StudentDay;

  /**
   * @param index - The input index of the out-of-order record.
   * @param studentDay - Its student-day.
   * @param previous - The student-day before it.
   */
  constructor(index: number, studentDay: StudentDay, previous: StudentDay) {
    super(
      `Record ${index} (student ${studentDay.studentid} on ${studentDay.att_date}) comes after student ${previous.studentid} on ${previous.att_date}, ` +
        'but the input was declared sorted by studentid (as a number) then att_date: sort the Meeting/Interval records that way, or plan without `sorted`.',
    );
    this.name = 'PlanOrderError';
    this.index = index;
    this.studentDay = studentDay;
    this.previous = previous;
  }
}
