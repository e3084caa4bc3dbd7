import { describeValue } from '../describe-value.js';
import type { RuleDefinition } from './rule-definition.js';
import { dailyAttendance, payloadOf } from './examples.js';

/** `id-format`: an id column is not 1 to 10 decimal digits. */
export const idFormat: RuleDefinition<'id-format'> = {
  code: 'id-format',
  severity: 'error',
  summary: 'studentid, schoolid, yearid, attendance_codeid, calendar_dayid, ccid, periodid, programid and dcid are strings of 1 to 10 decimal digits.',
  rationale: 'PowerSchool\'s data dictionary defines the id columns of the ATTENDANCE table as NUMBER(10,0). An empty string, a sign, a decimal point or an 11-digit id cannot be stored.',
  invalid: { endpoint: 'daily_time', payload: payloadOf(dailyAttendance({ schoolid: '' })), path: '/record/0/tables/attendance/schoolid' },
  valid: { endpoint: 'daily_time', payload: payloadOf(dailyAttendance({ schoolid: '100' })) },
};

/** The message for an id column that is not 1 to 10 digits. */
export function idFormatMessage(field: string, value: unknown): string {
  return `${field} must be 1 to 10 decimal digits (an internal PowerSchool id), but is ${describeValue(value)}.`;
}
