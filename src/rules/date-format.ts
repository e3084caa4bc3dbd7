import { describeValue } from '../describe-value.js';
import type { RuleDefinition } from './rule-definition.js';
import { dailyAttendance, payloadOf } from './examples.js';

/** `date-format`: att_date is not a real calendar date written YYYY-MM-DD. */
export const dateFormat: RuleDefinition<'date-format'> = {
  code: 'date-format',
  severity: 'error',
  summary: 'att_date is a calendar date that exists, written YYYY-MM-DD.',
  rationale:
    'PowerSchool stores ATTENDANCE.ATT_DATE as a date (data dictionary), and public client code sends it as YYYY-MM-DD. MM/DD/YYYY and DD/MM/YYYY are ambiguous, a datetime carries a time zone the column cannot keep, and 2025-02-29 does not exist.',
  invalid: { endpoint: 'daily_time', payload: payloadOf(dailyAttendance({ att_date: '09/02/2025' })), path: '/record/0/tables/attendance/att_date' },
  valid: { endpoint: 'daily_time', payload: payloadOf(dailyAttendance({ att_date: '2025-09-02' })) },
};

const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

// Why a YYYY-MM-DD string the pattern refused names no day: the month, or the day in that month.
function impossibleDateReason(year: number, month: number, day: number): string {
  if (month < 1 || month > 12) return `there is no month ${String(month).padStart(2, '0')} (months are 01 to 12; is it written YYYY-DD-MM?)`;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] as number;
  const name = monthNames[month - 1] as string;
  if (month === 2 && day === 29) return `${year} is not a leap year, so February has 28 days`;
  return `${name} ${year} has days 01 to ${days}, not ${String(day).padStart(2, '0')}`;
}

/** The message for a malformed or impossible att_date, with the likely intended date when clear. */
export function dateFormatMessage(value: unknown): string {
  if (typeof value === 'string') {
    const datetime = /^(\d{4}-\d{2}-\d{2})[T ]/.exec(value);
    if (datetime) return `att_date must be a date without a time: write "${datetime[1]}" (YYYY-MM-DD), not ${describeValue(value)}.`;
    if (/^\d{1,2}[/.-]\d{1,2}[/.-]\d{4}$/.test(value)) {
      return `att_date must be written YYYY-MM-DD; ${describeValue(value)} is ambiguous (month/day or day/month).`;
    }
    const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    if (parts) return `att_date "${value}" is not a date in the calendar: ${impossibleDateReason(Number(parts[1]), Number(parts[2]), Number(parts[3]))}.`;
  }
  return `att_date must be a calendar date written YYYY-MM-DD, e.g. "2025-09-02", but is ${describeValue(value)}.`;
}
