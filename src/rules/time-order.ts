import { describeSeconds } from '../describe-seconds.js';
import { attendancePath, cleanNumber, type SemanticRule } from './check-context.js';
import { meetingAttendance, payloadOf } from './examples.js';

/** `time-order`: a meeting record's end_time is not after its start_time. */
export const timeOrder: SemanticRule<'time-order'> = {
  endpoints: ['meeting_interval'],
  definition: {
    code: 'time-order',
    severity: 'error',
    summary: 'A meeting record ends after it starts: end_time > start_time.',
    rationale: 'A class meeting of zero or negative length is a swapped pair or a unit mistake; the server cannot store a meaningful interval.',
    invalid: {
      endpoint: 'meeting_interval',
      payload: payloadOf(meetingAttendance({ start_time: 32400, end_time: 29400 })),
      path: '/record/0/tables/attendance/end_time',
    },
    valid: { endpoint: 'meeting_interval', payload: payloadOf(meetingAttendance({ start_time: 29400, end_time: 32400 })) },
  },
  check(context) {
    for (const view of context.views) {
      if (view.mode !== 'ATT_ModeMeeting') continue;
      const start = cleanNumber(context, view, 'start_time');
      const end = cleanNumber(context, view, 'end_time');
      if (start === undefined || end === undefined || end > start) continue;
      context.report({
        code: 'time-order',
        severity: 'error',
        path: attendancePath(view.index, 'end_time'),
        message: `end_time ${describeSeconds(end)} must be after start_time ${describeSeconds(start)}${end < start ? ': are they swapped?' : '.'}`,
        recordIndex: view.index,
      });
    }
  },
};
