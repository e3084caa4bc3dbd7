import { attendanceModes, endpoints, modeFields, type EndpointId } from '../endpoints.js';
import { closestName } from '../suggest.js';
import type { RuleDefinition } from './rule-definition.js';
import { dailyAttendance, payloadOf } from './examples.js';

/** `unknown-field`: a member outside the endpoint's model, at any level. */
export const unknownField: RuleDefinition<'unknown-field'> = {
  code: 'unknown-field',
  severity: 'error',
  summary: 'Only the members of the endpoint\'s model may appear, at every level; names are case-sensitive.',
  rationale:
    'A misspelt column (`student_id`, `STUDENTID`) is dropped or rejected by the server, so the value you meant to write is lost. Fields of the other model (`ccid` on daily_time, `dcid` on meeting_interval) are not part of the endpoint.',
  invalid: {
    endpoint: 'daily_time',
    payload: payloadOf({ ...dailyAttendance({ studentid: undefined }), student_id: '4242' }),
    path: '/record/0/tables/attendance/student_id',
  },
  valid: { endpoint: 'daily_time', payload: payloadOf(dailyAttendance()) },
};

/** Where an unknown member was found. */
export type MemberLevel = 'payload' | 'record' | 'tables' | 'attendance';

/**
 * The message for an unknown member `name` among `known`, with the closest name when one is close.
 * `suggestionMissing` says whether the suggested member is absent from the object, and whether the
 * model requires it there: only a required one is called missing.
 */
export function unknownFieldMessage(
  name: string,
  level: MemberLevel,
  known: readonly string[],
  endpoint: EndpointId,
  suggestion: string | undefined,
  suggestionMissing: 'required' | 'optional' | false = false,
): string {
  const shown = name.length > 40 ? `${JSON.stringify(name.slice(0, 32))}…` : JSON.stringify(name);
  const where = level === 'attendance' ? `an attendance record for ${endpoint}` : level === 'payload' ? 'the payload' : level === 'record' ? 'a record' : '`tables`';
  const owner = level === 'attendance' ? otherModelOwner(name, endpoint) : undefined;
  if (suggestion && !owner) {
    const rename =
      suggestionMissing === 'required' ? ` Rename it: "${suggestion}" is required and missing.` : suggestionMissing === 'optional' ? ` Rename it to "${suggestion}".` : '';
    return `${shown} is not a member of ${where}. Did you mean "${suggestion}"?${rename}`;
  }
  if (owner) return `${shown} belongs to the ${owner} model and is not accepted by ${endpoint}: remove it (or send the record to ${owner}).`;
  return `${shown} is not a member of ${where}: remove it. Allowed: ${known.join(', ')}.`;
}

/** The closest known member to `name`, when there is one worth suggesting (none for the other model's fields). */
export function suggestMember(name: string, known: readonly string[], level: MemberLevel, endpoint: EndpointId): string | undefined {
  if (level === 'attendance' && otherModelOwner(name, endpoint)) return undefined;
  return closestName(name, known);
}

function otherModelOwner(name: string, endpoint: EndpointId): EndpointId | undefined {
  for (const mode of attendanceModes) {
    if (endpoints[endpoint].modes.includes(mode)) continue;
    if (modeFields(mode).includes(name)) return endpoint === 'meeting_interval' ? 'batch_daily_time' : 'meeting_interval';
  }
  return undefined;
}
