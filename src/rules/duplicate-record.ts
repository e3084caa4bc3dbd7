import { cleanString, normalizeId, type CheckContext, type RecordView, type SemanticRule } from './check-context.js';
import { dailyAttendance, payloadOf } from './examples.js';

/**
 * The attendance slot a record writes, or undefined when a column of the key is unusable. Daily/Time:
 * student, date, mode and program (a missing programid is "0", no program); Meeting: student, date,
 * ccid and periodid; Interval: student, date and att_interval.
 */
export function slotKey(context: CheckContext, view: RecordView): string | undefined {
  const student = cleanString(context, view, 'studentid');
  const date = cleanString(context, view, 'att_date');
  if (student === undefined || date === undefined) return undefined;
  const id = (field: string, missing: string | undefined): string | undefined => {
    if (!Object.hasOwn(view.attendance, field)) return missing;
    const value = cleanString(context, view, field);
    return value === undefined ? undefined : normalizeId(value);
  };
  let rest: string | undefined;
  switch (view.mode) {
    case 'ATT_ModeDaily':
    case 'ATT_ModeTime':
      rest = id('programid', '0');
      break;
    case 'ATT_ModeMeeting': {
      const ccid = id('ccid', '');
      const periodid = id('periodid', '');
      rest = ccid === undefined || periodid === undefined ? undefined : `${ccid}|${periodid}`;
      break;
    }
    case 'ATT_ModeInterval':
      rest = id('att_interval', undefined);
      break;
  }
  return rest === undefined ? undefined : `${normalizeId(student)}|${date}|${view.mode}|${rest}`;
}

/** `duplicate-record`: two records of one payload write the same attendance slot. */
export const duplicateRecord: SemanticRule<'duplicate-record'> = {
  definition: {
    code: 'duplicate-record',
    severity: 'warning',
    summary: 'No two records of a payload write the same attendance slot.',
    rationale:
      'The server upserts each record in order, so a second record for the same slot silently overwrites the first: the result depends on order, and one of the two is lost.',
    invalid: { endpoint: 'batch_daily_time', payload: payloadOf(dailyAttendance(), dailyAttendance({ attendance_codeid: '13' })), path: '/record/1' },
    valid: { endpoint: 'batch_daily_time', payload: payloadOf(dailyAttendance(), dailyAttendance({ studentid: '4243' })) },
  },
  check(context) {
    // Grouped by student first: the full slot key is only built when a student has several
    // records, which keeps the common case (one record per student) to one map lookup each.
    // One map entry per student holds the first record's view; a list is made only for a student
    // with several records.
    const byStudent = new Map<string, RecordView | { view: RecordView; key: string | undefined }[]>();
    for (const view of context.views) {
      const student = cleanString(context, view, 'studentid');
      if (student === undefined) continue;
      const id = normalizeId(student);
      let earlier = byStudent.get(id);
      if (earlier === undefined) {
        byStudent.set(id, view);
        continue;
      }
      if (!Array.isArray(earlier)) {
        earlier = [{ view: earlier, key: slotKey(context, earlier) }];
        byStudent.set(id, earlier);
      }
      const key = slotKey(context, view);
      const first = key === undefined ? undefined : earlier.find((entry) => entry.key === key);
      earlier.push({ view, key });
      if (first === undefined) continue;
      context.report({
        code: 'duplicate-record',
        severity: 'warning',
        path: `/record/${view.index}`,
        message: `This record writes the same ${view.mode} attendance slot as record ${first.view.index} (same student, date and ${slotNoun(view)}): the later one overwrites the earlier. Keep one of them.`,
        recordIndex: view.index,
      });
    }
  },
};

function slotNoun(view: RecordView): string {
  if (view.mode === 'ATT_ModeMeeting') return 'ccid/periodid';
  if (view.mode === 'ATT_ModeInterval') return 'att_interval';
  return 'program';
}
