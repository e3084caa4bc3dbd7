import { endpointIds, endpoints, type AttendanceMode, type EndpointId } from '../endpoints.js';
import type { RuleDefinition } from './rule-definition.js';
import { meetingAttendance, payloadOf } from './examples.js';

/** `mode-endpoint`: a real mode sent to an endpoint that does not take it. */
export const modeEndpoint: RuleDefinition<'mode-endpoint'> = {
  code: 'mode-endpoint',
  severity: 'error',
  summary: 'Daily and Time records go to daily_time or batch_daily_time; Meeting and Interval records go to meeting_interval.',
  rationale: 'The reference splits the modes between the endpoints; each endpoint rejects the other modes.',
  invalid: {
    endpoint: 'batch_daily_time',
    payload: payloadOf(meetingAttendance()),
    path: '/record/0/tables/attendance/att_mode_code',
  },
  valid: { endpoint: 'meeting_interval', payload: payloadOf(meetingAttendance()) },
};

/** The endpoints that accept `mode`. */
export function endpointsForMode(mode: AttendanceMode): EndpointId[] {
  return endpointIds.filter((id) => endpoints[id].modes.includes(mode));
}

/** The message for a mode sent to the wrong endpoint, naming the right one(s). */
export function modeEndpointMessage(mode: AttendanceMode, endpoint: EndpointId): string {
  const right = endpointsForMode(mode)
    .map((id) => `POST ${endpoints[id].path}`)
    .join(' or ');
  return `${mode} records cannot be sent to ${endpoint}: send them to ${right}. ${endpoint} accepts ${endpoints[endpoint].modes.join(' and ')}.`;
}

