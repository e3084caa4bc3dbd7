import { describeValue } from '../describe-value.js';
import type { RuleDefinition } from './rule-definition.js';
import { dailyAttendance, payloadOf } from './examples.js';

/** `minutes-range`: total_minutes is not a decimal integer string from 0 to 1440. */
export const minutesRange: RuleDefinition<'minutes-range'> = {
  code: 'minutes-range',
  severity: 'error',
  summary: 'total_minutes is a decimal integer string from "0" to "1440" (the minutes in a day).',
  rationale: 'Minutes of attendance in one day cannot be negative, fractional or more than 24 × 60.',
  invalid: {
    endpoint: 'daily_time',
    payload: payloadOf(dailyAttendance({ att_mode_code: 'ATT_ModeTime', total_minutes: '1500' })),
    path: '/record/0/tables/attendance/total_minutes',
  },
  valid: { endpoint: 'daily_time', payload: payloadOf(dailyAttendance({ att_mode_code: 'ATT_ModeTime', total_minutes: '1440' })) },
};

/** The message for total_minutes out of range or not an integer string. */
export function minutesRangeMessage(value: unknown): string {
  return `total_minutes must be a whole number of minutes from "0" to "1440", but is ${describeValue(value)}.`;
}
