import { cleanString, memberOf, normalizeId, type CheckContext, type RecordView, type SemanticRule } from './check-context.js';
import { dailyAttendance, payloadOf } from './examples.js';
import { anyRepeated } from './any-repeated.js';
import { anyRepeatedPair } from './any-repeated-pair.js';
import { scratchNumbers } from './scratch-numbers.js';
import { firstEqualKeys } from './first-equal-keys.js';

/** Parts per record of {@link writeSlotParts}. */
export const slotWidth = 5;

/**
 * Writes the {@link slotWidth} parts of the attendance slot a record writes into `parts` from
 * `at`: joined with `|`, the parts that are not undefined make the slot's key. Daily/Time: student,
 * date, mode and program (a missing programid is "0", no program); Meeting: student, date, mode,
 * ccid and periodid; Interval: student, date, mode and att_interval. The first part is undefined
 * when a column of the key is unusable.
 *
 * @example
 * ```ts
 * writeSlotParts(context, view, parts, 0); // parts: ['4242', '2025-09-02', 'ATT_ModeDaily', '0', undefined]
 * ```
 */
export function writeSlotParts(context: CheckContext, view: RecordView, parts: (string | undefined)[], at: number): void {
  const student = cleanString(context, view, 'studentid');
  const date = cleanString(context, view, 'att_date');
  const id = (field: string, missing: string | undefined): string | undefined => {
    if (memberOf(context, view.attendance, field) === undefined) return missing;
    const value = cleanString(context, view, field);
    return value === undefined ? undefined : normalizeId(value);
  };
  let rest: string | undefined;
  let last: string | undefined;
  if (student !== undefined && date !== undefined) {
    switch (view.mode) {
      case 'ATT_ModeDaily':
      case 'ATT_ModeTime':
        rest = id('programid', '0');
        break;
      case 'ATT_ModeMeeting': {
        const ccid = id('ccid', '');
        const periodid = id('periodid', '');
        if (ccid !== undefined && periodid !== undefined) [rest, last] = [ccid, periodid];
        break;
      }
      case 'ATT_ModeInterval':
        rest = id('att_interval', undefined);
        break;
    }
  }
  const usable = rest !== undefined;
  parts[at] = usable ? normalizeId(student as string) : undefined;
  parts[at + 1] = usable ? date : undefined;
  parts[at + 2] = usable ? view.mode : undefined;
  parts[at + 3] = rest;
  parts[at + 4] = usable ? last : undefined;
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
    // The common batch, one record per student, has no duplicate to find. Otherwise every record's
    // slot parts go into one array, and firstEqualKeys finds the first record writing each slot
    // without a key string or map entry per record: 100,000 records of one student cost 100,000
    // table probes, not a scan per record, and little for the garbage collector.
    const { views } = context;
    const students = views.map((view) => {
      const student = cleanString(context, view, 'studentid');
      return student === undefined ? undefined : normalizeId(student);
    });
    if (!anyRepeated(students)) return;
    const parts = new Array<string | undefined>(views.length * slotWidth);
    for (let k = 0; k < views.length; k++) writeSlotParts(context, views[k] as RecordView, parts, k * slotWidth);
    if (!slotIdsMayRepeat(parts, views.length)) return;
    const firsts = firstEqualKeys(parts, slotWidth);
    for (let k = 0; k < views.length; k++) {
      const firstAt = firsts[k] as number;
      if (firstAt === -1 || firstAt === k) continue;
      const view = views[k] as RecordView;
      const first = views[firstAt] as RecordView;
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

// A quick proof that no two slots are equal, for the common one-student payload (a day of meetings,
// where the student check above cannot help): the mode and the slot's own ids, as numbers, in a
// numeric pair set. Equal slots have equal pairs, so no repeated pair means no repeated slot; a
// repeated pair (or an id that is not a plain digit string) leaves it to the exact comparison.
const modeCodes: Readonly<Record<string, number>> = { ATT_ModeDaily: 0, ATT_ModeTime: 1, ATT_ModeMeeting: 2, ATT_ModeInterval: 3 };
const modeStride = 2 ** 34; // above any 10-digit id, and 4 modes * 2^34 stays below 2^53

function slotIdsMayRepeat(parts: readonly (string | undefined)[], count: number): boolean {
  const first = scratchNumbers(0, count);
  const second = scratchNumbers(1, count);
  let used = 0;
  for (let k = 0; k < count; k++) {
    const at = k * slotWidth;
    if (parts[at] === undefined) continue; // not keyed: never a duplicate
    const mode = modeCodes[parts[at + 2] as string];
    const rest = idValue(parts[at + 3]);
    const last = idValue(parts[at + 4]);
    if (mode === undefined || rest === undefined || last === undefined) return true;
    first[used] = mode * modeStride + rest;
    second[used] = last;
    used++;
  }
  return anyRepeatedPair(first, second, used);
}

// A normalised id part as a number (-1 for absent or empty, the marker of a missing id), or
// undefined when it is not 1 to 10 decimal digits.
function idValue(part: string | undefined): number | undefined {
  if (part === undefined || part === '') return -1;
  if (part.length > 10) return undefined;
  for (let i = 0; i < part.length; i++) {
    const c = part.charCodeAt(i);
    if (c < 48 || c > 57) return undefined;
  }
  return Number(part);
}

function slotNoun(view: RecordView): string {
  if (view.mode === 'ATT_ModeMeeting') return 'ccid/periodid';
  if (view.mode === 'ATT_ModeInterval') return 'att_interval';
  return 'program';
}
