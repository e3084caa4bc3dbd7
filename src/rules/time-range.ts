import { describeValue } from '../describe-value.js';
import type { RuleDefinition } from './rule-definition.js';
import { meetingAttendance, payloadOf } from './examples.js';

/** `time-range`: start_time or end_time is not an integer from 0 to 86400. */
export const timeRange: RuleDefinition<'time-range'> = {
  code: 'time-range',
  severity: 'error',
  summary: 'start_time and end_time are whole seconds since midnight, from 0 to 86400.',
  rationale: 'The reference: "Start time in seconds since midnight." Milliseconds (29400000) or fractions are a common unit mistake.',
  invalid: {
    endpoint: 'meeting_interval',
    payload: payloadOf(meetingAttendance({ start_time: 29400000, end_time: 32400000 })),
    path: '/record/0/tables/attendance/start_time',
  },
  valid: { endpoint: 'meeting_interval', payload: payloadOf(meetingAttendance({ start_time: 29400, end_time: 32400 })) },
};

/** The message for a time outside 0..86400 or not whole. */
export function timeRangeMessage(field: string, value: unknown): string {
  const ms = typeof value === 'number' && value > 86400 && value <= 86400000 && value % 1000 === 0 && value >= 3600000 ? ` If it is in milliseconds, write ${value / 1000}.` : '';
  return `${field} must be whole seconds since midnight, from 0 to 86400, but is ${describeValue(value)}.${ms}`;
}
