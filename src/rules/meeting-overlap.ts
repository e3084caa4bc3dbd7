import { describeSpan } from '../describe-seconds.js';
import { attendancePath, cleanNumber, cleanString, type SemanticRule } from './check-context.js';
import { meetingAttendance, payloadOf } from './examples.js';

/** `meeting-overlap`: two meeting records of a payload overlap in time. */
export const meetingOverlap: SemanticRule<'meeting-overlap'> = {
  endpoints: ['meeting_interval'],
  definition: {
    code: 'meeting-overlap',
    severity: 'warning',
    summary: 'The meeting records of a payload do not overlap in time.',
    rationale:
      'One student cannot attend two class meetings at once: overlapping bell-schedule times usually mean a wrong period or a copy-paste error. Meetings that only touch (09:00–09:00) do not overlap.',
    invalid: {
      endpoint: 'meeting_interval',
      payload: payloadOf(meetingAttendance(), meetingAttendance({ ccid: '88121', periodid: '1502', start_time: 31800, end_time: 35700 })),
      path: '/record/1/tables/attendance/start_time',
    },
    valid: {
      endpoint: 'meeting_interval',
      payload: payloadOf(meetingAttendance(), meetingAttendance({ ccid: '88121', periodid: '1502', start_time: 32400, end_time: 35700 })),
    },
  },
  check(context) {
    const seen: { index: number; start: number; end: number; slot: string }[] = [];
    for (const view of context.views) {
      if (view.mode !== 'ATT_ModeMeeting') continue;
      const start = cleanNumber(context, view, 'start_time');
      const end = cleanNumber(context, view, 'end_time');
      if (start === undefined || end === undefined || end <= start) continue;
      // The same ccid/periodid twice is a duplicate-record, not an overlap: one cause, one diagnostic.
      const slot = `${cleanString(context, view, 'ccid') ?? ''}|${cleanString(context, view, 'periodid') ?? ''}`;
      const other = seen.find((m) => m.start < end && start < m.end && m.slot !== slot);
      seen.push({ index: view.index, start, end, slot });
      if (!other) continue;
      context.report({
        code: 'meeting-overlap',
        severity: 'warning',
        path: attendancePath(view.index, 'start_time'),
        message: `This meeting, ${describeSpan(start, end)}, overlaps record ${other.index}, ${describeSpan(other.start, other.end)}: check the period and the bell schedule.`,
        recordIndex: view.index,
      });
    }
  },
};
