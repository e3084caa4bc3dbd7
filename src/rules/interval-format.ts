import { describeValue } from '../describe-value.js';
import type { RuleDefinition } from './rule-definition.js';
import { meetingAttendance, payloadOf } from './examples.js';

const interval = { att_mode_code: 'ATT_ModeInterval', start_time: undefined, end_time: undefined, ccid: undefined, periodid: undefined };

/** `interval-format`: att_interval is not a positive decimal integer string. */
export const intervalFormat: RuleDefinition<'interval-format'> = {
  code: 'interval-format',
  severity: 'error',
  summary: 'att_interval is a positive decimal integer string ("1", "2", …) of at most 10 digits.',
  rationale: 'FACTS: ATT_INTERVAL is NUMBER(10,0); intervals are numbered from 1.',
  invalid: {
    endpoint: 'meeting_interval',
    payload: payloadOf(meetingAttendance({ ...interval, att_interval: '0' })),
    path: '/record/0/tables/attendance/att_interval',
  },
  valid: { endpoint: 'meeting_interval', payload: payloadOf(meetingAttendance({ ...interval, att_interval: '2' })) },
};

/** The message for an att_interval that is not a positive integer string. */
export function intervalFormatMessage(value: unknown): string {
  return `att_interval must be a positive whole number as a string ("1", "2", …), but is ${describeValue(value)}.`;
}
