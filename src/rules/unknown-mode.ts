import { attendanceModes, type EndpointId, endpoints } from '../endpoints.js';
import { closestName } from '../suggest.js';
import { describeValue } from '../describe-value.js';
import type { RuleDefinition } from './rule-definition.js';
import { dailyAttendance, payloadOf } from './examples.js';

/** `unknown-mode`: att_mode_code is not one of the four mode codes (compared case-sensitively). */
export const unknownMode: RuleDefinition<'unknown-mode'> = {
  code: 'unknown-mode',
  severity: 'error',
  summary: 'att_mode_code is one of ATT_ModeDaily, ATT_ModeTime, ATT_ModeMeeting, ATT_ModeInterval, spelled exactly so.',
  rationale:
    'The API reference names ATT_ModeTime, ATT_ModeMeeting and ATT_ModeInterval; PowerSchool\'s data dictionary and public client code add ATT_ModeDaily, and no other code. ATT_MODE_CODE is a VARCHAR(20) compared as stored, so `att_modedaily` is another code.',
  invalid: {
    endpoint: 'daily_time',
    payload: payloadOf(dailyAttendance({ att_mode_code: 'ATT_MODEDAILY' })),
    path: '/record/0/tables/attendance/att_mode_code',
  },
  valid: { endpoint: 'daily_time', payload: payloadOf(dailyAttendance({ att_mode_code: 'ATT_ModeDaily' })) },
};

/** The message for an unknown mode, suggesting the closest of the endpoint's modes. */
export function unknownModeMessage(value: unknown, endpoint: EndpointId): string {
  const accepted = endpoints[endpoint].modes;
  const suggestion = typeof value === 'string' ? closestName(value, attendanceModes) : undefined;
  const hint = suggestion ? ` Did you mean "${suggestion}"?` : '';
  return `att_mode_code is ${describeValue(value)}, which is not an attendance mode.${hint} ${endpoint} accepts ${accepted.map((m) => `"${m}"`).join(' or ')} (case-sensitive).`;
}
