import { endpoints, type AttendanceMode, type EndpointId } from '../endpoints.js';
import type { RuleDefinition } from './rule-definition.js';
import { dailyAttendance, payloadOf } from './examples.js';

/** `record-count`: `record` is missing or empty, or holds more records than the endpoint accepts. */
export const recordCount: RuleDefinition<'record-count'> = {
  code: 'record-count',
  severity: 'error',
  summary: 'A payload holds 1 record for daily_time, 1 to 200 for batch_daily_time, and at least 1 for meeting_interval.',
  rationale:
    'The reference: daily_time takes "only a single attendance daily or time record"; batch_daily_time "a maximum of 200". A 201-record batch is rejected whole.',
  invalid: { endpoint: 'daily_time', payload: payloadOf(dailyAttendance(), dailyAttendance({ studentid: '4243' })), path: '/record' },
  valid: { endpoint: 'batch_daily_time', payload: payloadOf(dailyAttendance(), dailyAttendance({ studentid: '4243' })) },
};

/** The message for a missing or empty `record`. */
export function recordCountEmptyMessage(endpoint: EndpointId, missing: boolean): string {
  const what = missing ? 'has no `record` array' : 'has an empty `record` array';
  return `The payload ${what}: ${endpoint} needs at least one record in \`record\`.`;
}

/**
 * The message for too many records, with the number of payloads needed. `modes` are the records'
 * attendance modes: Meeting/Interval records are sent to meeting_interval, not to another batch.
 */
export function recordCountTooManyMessage(endpoint: EndpointId, count: number, modes: ReadonlySet<AttendanceMode> = new Set()): string {
  const max = endpoints[endpoint].maxRecords ?? count;
  const foreign = [...modes].filter((mode) => !endpoints[endpoint].modes.includes(mode));
  if (foreign.length > 0) {
    const own = [...modes].some((mode) => endpoints[endpoint].modes.includes(mode));
    const where = endpoints.meeting_interval.modes.includes(foreign[0] as AttendanceMode) ? 'meeting_interval (one payload per student and day)' : 'batch_daily_time (at most 200 a payload)';
    return `${endpoint} accepts ${max === 1 ? 'a single record' : `at most ${max} records`}, but this payload has ${count}, ${own ? 'some of them' : 'all'} ${foreign.join(' or ')} records: send those to ${where}; planPayloads() or \`ps-attendance split\` sorts records into payloads.`;
  }
  if (endpoint === 'daily_time') {
    return `daily_time accepts a single record, but this payload has ${count}: send them to batch_daily_time (at most 200 a payload), or one at a time.`;
  }
  const batches = Math.ceil(count / max);
  return `${endpoint} accepts at most ${max} records, but this payload has ${count}: split it into ${batches} payloads of at most ${max} (planPayloads() or \`ps-attendance split\` does this).`;
}
