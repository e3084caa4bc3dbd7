import { describeValue } from '../describe-value.js';
import type { RuleDefinition } from './rule-definition.js';
import { dailyAttendance, payloadOf } from './examples.js';

/** `date-format`: att_date is not a real calendar date written YYYY-MM-DD. */
export const dateFormat: RuleDefinition<'date-format'> = {
  code: 'date-format',
  severity: 'error',
  summary: 'att_date is a calendar date that exists, written YYYY-MM-DD.',
  rationale:
    'FACTS: production clients send YYYY-MM-DD. MM/DD/YYYY and DD/MM/YYYY are ambiguous, a datetime carries a time zone the column cannot keep, and 2025-02-29 does not exist.',
  invalid: { endpoint: 'daily_time', payload: payloadOf(dailyAttendance({ att_date: '09/02/2025' })), path: '/record/0/tables/attendance/att_date' },
  valid: { endpoint: 'daily_time', payload: payloadOf(dailyAttendance({ att_date: '2025-09-02' })) },
};

/** The message for a malformed or impossible att_date, with the likely intended date when clear. */
export function dateFormatMessage(value: unknown): string {
  if (typeof value === 'string') {
    const datetime = /^(\d{4}-\d{2}-\d{2})[T ]/.exec(value);
    if (datetime) return `att_date must be a date without a time: write "${datetime[1]}" (YYYY-MM-DD), not ${describeValue(value)}.`;
    if (/^\d{1,2}[/.-]\d{1,2}[/.-]\d{4}$/.test(value)) {
      return `att_date must be written YYYY-MM-DD; ${describeValue(value)} is ambiguous (month/day or day/month).`;
    }
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return `att_date "${value}" is not a date in the calendar (check the day of the month, and February 29 outside leap years).`;
  }
  return `att_date must be a calendar date written YYYY-MM-DD, e.g. "2025-09-02", but is ${describeValue(value)}.`;
}
