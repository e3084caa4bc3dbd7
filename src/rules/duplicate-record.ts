import { cleanString, memberOf, normalizeId, type CheckContext, type RecordView, type SemanticRule } from './check-context.js';
import { dailyAttendance, payloadOf } from './examples.js';
import { anyRepeated } from './any-repeated.js';

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
    if (memberOf(context, view.attendance, field) === undefined) return missing;
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
    // records, which keeps the common case (one record per student) to one map lookup each. A
    // student with several records gets a map from slot key to the first record writing it, so
    // 100,000 records of one student cost 100,000 lookups, not a scan per record.
    const { views } = context;
    const students = views.map((view) => {
      const student = cleanString(context, view, 'studentid');
      return student === undefined ? undefined : normalizeId(student);
    });
    // The common batch, one record per student, has no duplicate to find.
    if (!anyRepeated(students)) return;
    const byStudent = new Map<string, RecordView | Map<string, RecordView>>();
    for (let k = 0; k < views.length; k++) {
      const view = views[k] as RecordView;
      const id = students[k];
      if (id === undefined) continue;
      let slots = byStudent.get(id);
      if (slots === undefined) {
        byStudent.set(id, view);
        continue;
      }
      if (!(slots instanceof Map)) {
        const firstKey = slotKey(context, slots);
        const only = slots;
        slots = new Map();
        if (firstKey !== undefined) slots.set(firstKey, only);
        byStudent.set(id, slots);
      }
      const key = slotKey(context, view);
      if (key === undefined) continue;
      const first = slots.get(key);
      if (first === undefined) {
        slots.set(key, view);
        continue;
      }
      context.report({
        code: 'duplicate-record',
        severity: 'warning',
        path: `/record/${view.index}`,
        message: `This record writes the same ${view.mode} attendance slot as record ${first.index} (same student, date and ${slotNoun(view)}): the later one overwrites the earlier. Keep one of them.`,
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
