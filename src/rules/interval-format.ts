import { describeValue } from '../describe-value.js';
import type { RuleDefinition } from './rule-definition.js';
import { meetingAttendance, payloadOf } from './examples.js';

const interval = { att_mode_code: 'ATT_ModeInterval', start_time: undefined, end_time: undefined, ccid: undefined, periodid: undefined };

/** `interval-format`: att_interval is not a positive decimal integer string. */
export const intervalFormat: RuleDefinition<'interval-format'> = {
  code: 'interval-format',
  severity: 'error',
  summary: 'att_interval is a positive decimal integer string ("1", "2", …) of at most 10 digits.',
  rationale: 'PowerSchool\'s data dictionary defines ATTENDANCE.ATT_INTERVAL as NUMBER(10,0), so at most 10 digits; intervals are numbered from 1.',
  invalid: {
    endpoint: 'meeting_interval',
    payload: payloadOf(meetingAttendance({ ...interval, att_interval: '0' })),
    path: '/record/0/tables/attendance/att_interval',
  },
  valid: { endpoint: 'meeting_interval', payload: payloadOf(meetingAttendance({ ...interval, att_interval: '2' })) },
};

/** The message for an att_interval that is not a positive integer string. */
export function intervalFormatMessage(value: unknown): string {
  if (typeof value === 'string' && /^[0-9]+$/.test(value)) {
    const digits = value.replace(/^0+/, '').length;
    if (digits === 0) return `att_interval "${value}" is not an interval number: intervals are numbered from 1.`;
    if (digits > 10) return `att_interval "${value}" has ${digits} digits, but PowerSchool stores ATT_INTERVAL as NUMBER(10,0): at most 10 digits. Check that this is the interval number, not another id or a timestamp.`;
  }
  return `att_interval must be a positive whole number as a string ("1", "2", …), but is ${describeValue(value)}.`;
}
