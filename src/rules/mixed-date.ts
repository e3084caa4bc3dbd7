import { checkSameValue } from './same-value.js';
import type { SemanticRule } from './check-context.js';
import { meetingAttendance, payloadOf } from './examples.js';

/** `mixed-date`: a meeting_interval record for a different day than record 0. */
export const mixedDate: SemanticRule<'mixed-date'> = {
  endpoints: ['meeting_interval'],
  definition: {
    code: 'mixed-date',
    severity: 'error',
    summary: 'All records of a meeting_interval payload are for one day.',
    rationale:
      'The reference: records "must all be for a single student for a single day". Split by day: planPayloads() or `ps-attendance split` does this.',
    invalid: {
      endpoint: 'meeting_interval',
      payload: payloadOf(meetingAttendance(), meetingAttendance({ att_date: '2025-09-03' })),
      path: '/record/1/tables/attendance/att_date',
    },
    valid: {
      endpoint: 'meeting_interval',
      payload: payloadOf(meetingAttendance(), meetingAttendance({ ccid: '88121', periodid: '1502', start_time: 32700, end_time: 35700 })),
    },
  },
  check(context) {
    checkSameValue(context, 'att_date', 'mixed-date', 'day');
  },
};
