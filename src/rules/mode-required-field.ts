import type { RuleDefinition } from './rule-definition.js';
import { dailyAttendance, meetingAttendance, payloadOf } from './examples.js';

/** `mode-required-field`: the column a mode needs (total_minutes, att_interval, start_time, end_time) is missing. */
export const modeRequiredField: RuleDefinition<'mode-required-field'> = {
  code: 'mode-required-field',
  severity: 'error',
  summary: 'ATT_ModeTime needs total_minutes; ATT_ModeInterval needs att_interval; ATT_ModeMeeting needs start_time and end_time.',
  rationale:
    'The reference: meeting_interval data "must include … ATT_INTERVAL or START_TIME and END_TIME depending on the mode", and total_minutes "is only needed for ATT_ModeTime".',
  invalid: {
    endpoint: 'meeting_interval',
    payload: payloadOf(meetingAttendance({ end_time: undefined })),
    path: '/record/0/tables/attendance/end_time',
  },
  valid: { endpoint: 'daily_time', payload: payloadOf(dailyAttendance({ att_mode_code: 'ATT_ModeTime', total_minutes: '45' })) },
};

const hints: Record<string, string> = {
  total_minutes: 'the minutes of attendance as a string, e.g. "45"',
  att_interval: 'the interval number as a string, e.g. "2"',
  start_time: 'the start in seconds since midnight, e.g. 29400 for 08:10',
  end_time: 'the end in seconds since midnight, e.g. 32400 for 09:00',
};

/** The message for a missing mode-specific column. */
export function modeRequiredFieldMessage(field: string, mode: string): string {
  const hint = hints[field];
  return `${field} is required for ${mode} records${hint ? `: add ${hint}` : ''}.`;
}
