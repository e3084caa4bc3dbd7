import { dailyAttendance as dailyExample, meetingAttendance as meetingExample } from '../../../src/rules/examples.js';

/** A valid daily_time attendance member set (the rule catalogue's example), to spread into test payloads. */
export const dailyAttendance: Readonly<Record<string, unknown>> = dailyExample();

/** A valid meeting_interval attendance member set (the rule catalogue's example). */
export const meetingAttendance: Readonly<Record<string, unknown>> = meetingExample();

/**
 * A payload of the given attendance members, pretty-printed with two-space indentation.
 *
 * @example
 * ```ts
 * payloadText([{ ...dailyAttendance }]);
 * ```
 */
export function payloadText(records: readonly Record<string, unknown>[], indent: string | number = 2): string {
  return `${JSON.stringify({ record: records.map((attendance) => ({ tables: { attendance } })) }, null, indent)}\n`;
}
