import { describeValue } from '../describe-value.js';
import type { RuleDefinition } from './rule-definition.js';
import { dailyAttendance, meetingAttendance, payloadOf } from './examples.js';

/** `field-type`: a member of the wrong JSON type. */
export const fieldType: RuleDefinition<'field-type'> = {
  code: 'field-type',
  severity: 'error',
  summary: 'Every column is a JSON string, except start_time and end_time, which are JSON integers; null is never accepted.',
  rationale:
    'The reference types every column as string but start_time and end_time as integer. Public client code sends ids as strings ("0" for no program). A number where a string is expected is a common client bug.',
  invalid: { endpoint: 'daily_time', payload: payloadOf(dailyAttendance({ studentid: 4242 })), path: '/record/0/tables/attendance/studentid' },
  valid: { endpoint: 'meeting_interval', payload: payloadOf(meetingAttendance()) },
};

/** The message for `field` holding `value` where `expected` ("string" or "integer") is required. */
export function fieldTypeMessage(field: string, expected: string, value: unknown, fixable: boolean): string {
  if (expected === 'string') {
    const fix = fixable ? `: write it as the string "${String(value)}"` : '';
    return `${field} must be a JSON string, but is ${describeValue(value)}${fix}.`;
  }
  const fix = fixable ? `: write it as the number ${String(value)} without quotes` : ' of seconds since midnight';
  return `${field} must be a JSON ${expected}, but is ${describeValue(value)}${fix}.`;
}
