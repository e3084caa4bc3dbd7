import { checkSameValue } from './same-value.js';
import type { SemanticRule } from './check-context.js';
import { meetingAttendance, payloadOf } from './examples.js';

/** `mixed-student`: a meeting_interval record for a different student than record 0. */
export const mixedStudent: SemanticRule<'mixed-student'> = {
  endpoints: ['meeting_interval'],
  definition: {
    code: 'mixed-student',
    severity: 'error',
    summary: 'All records of a meeting_interval payload are for one student.',
    rationale:
      'The reference: records "must all be for a single student for a single day". Split by student: planPayloads() or `ps-attendance split` does this.',
    invalid: {
      endpoint: 'meeting_interval',
      payload: payloadOf(meetingAttendance(), meetingAttendance({ studentid: '4243', ccid: '88121' })),
      path: '/record/1/tables/attendance/studentid',
    },
    valid: {
      endpoint: 'meeting_interval',
      payload: payloadOf(meetingAttendance(), meetingAttendance({ ccid: '88121', periodid: '1502', start_time: 32700, end_time: 35700 })),
    },
  },
  check(context) {
    checkSameValue(context, 'studentid', 'mixed-student', 'student');
  },
};
