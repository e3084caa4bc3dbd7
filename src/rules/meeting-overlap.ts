import { describeSpan } from '../describe-seconds.js';
import { attendancePath, cleanNumber, cleanString, type RecordView, type SemanticRule } from './check-context.js';
import { meetingAttendance, payloadOf } from './examples.js';
import { firstEqualKeys } from './first-equal-keys.js';
import { findFirstOverlaps, noneOverlap, type TimedMeeting } from './overlap-finder.js';

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
    const meetings: { index: number; start: number; end: number; slot: number; view: RecordView }[] = [];
    for (const view of context.views) {
      if (view.mode !== 'ATT_ModeMeeting') continue;
      const start = cleanNumber(context, view, 'start_time');
      const end = cleanNumber(context, view, 'end_time');
      if (start === undefined || end === undefined || end <= start) continue;
      meetings.push({ index: view.index, start, end, slot: 0, view });
    }
    // A day with no two meetings overlapping at all (the usual one) has nothing to report, whatever
    // the slots: one sweep proves it.
    if (meetings.length < 2 || noneOverlap(meetings)) return;
    // The ccid and periodid of each meeting, for its slot: the same two strings are the same slot.
    // The same ccid/periodid twice is a duplicate-record, not an overlap: one cause, one diagnostic.
    const slotParts: (string | undefined)[] = [];
    for (const { view } of meetings) slotParts.push(cleanString(context, view, 'ccid') ?? '', cleanString(context, view, 'periodid') ?? '');
    // A slot's number is the position of its first meeting: equal numbers, equal slots, and no
    // slot text or map entry per meeting for the garbage collector to copy.
    const slots = firstEqualKeys(slotParts, 2);
    for (let j = 0; j < meetings.length; j++) (meetings[j] as { slot: number }).slot = slots[j] as number;
    // A scan of the earlier meetings is quicker for a school day's handful; the trees keep tens of
    // thousands of meetings in one payload linear (see findFirstOverlaps). Both give the first earlier overlap.
    const firsts = meetings.length <= scanLimit ? scanFirstOverlaps(meetings) : findFirstOverlaps(meetings);
    for (let j = 0; j < meetings.length; j++) {
      const other = meetings[firsts[j] ?? -1];
      if (other === undefined) continue;
      const { index, start, end } = meetings[j] as (typeof meetings)[number];
      context.report({
        code: 'meeting-overlap',
        severity: 'warning',
        path: attendancePath(index, 'start_time'),
        // Joined into one flat string: a template literal leaves a tree of a dozen small strings
        // behind each message (about 780 bytes against 310), which the garbage collector copies
        // for as long as the diagnostics live: 40,000 overlapping meetings made 30 MB of it.
        message: ['This meeting, ', describeSpan(start, end), ', overlaps record ', String(other.index), ', ', describeSpan(other.start, other.end), ': check the period and the bell schedule.'].join(''),
        recordIndex: index,
      });
    }
  },
};

const scanLimit = 32;

function scanFirstOverlaps(meetings: readonly TimedMeeting[]): number[] {
  return meetings.map((m, j) => {
    for (let i = 0; i < j; i++) {
      const other = meetings[i] as TimedMeeting;
      if (other.start < m.end && m.start < other.end && other.slot !== m.slot) return i;
    }
    return -1;
  });
}
