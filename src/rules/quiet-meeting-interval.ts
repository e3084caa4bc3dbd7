import { anyRepeatedPair } from './any-repeated-pair.js';
import { freeTextFields, isWellFormedText } from './lone-surrogate.js';
import { noneOverlap } from './overlap-finder.js';

type Plain = Readonly<Record<string, unknown>>;

/**
 * The semantic rules that can fire on a valid meeting_interval payload. {@link isQuietMeetingInterval}
 * answers for exactly these; a test fails when the catalogue's meeting_interval rules change without it.
 */
export const meetingIntervalRuleCodes = ['time-order', 'mixed-student', 'mixed-date', 'table-name', 'mode-unused-field', 'duplicate-record', 'meeting-overlap', 'lone-surrogate'] as const;

/**
 * Whether none of {@link meetingIntervalRuleCodes} can report anything on `payload`, a
 * meeting_interval payload the schema check passed and that was proved plain data: every `name` is
 * absent or "ATTENDANCE"; one student and one day; no meeting carries att_interval and no interval
 * start_time or end_time; every meeting ends after it starts; no two records write the same slot;
 * no two meetings overlap; no free-text member holds a lone surrogate. One loop of plain reads (and
 * a sort of the start times only when meetings are listed out of time order), so the common payload
 * (a day's bell schedule) skips the rule runner; `false` means "run it".
 *
 * @example
 * ```ts
 * isQuietMeetingInterval({ record: [{ tables: { attendance: { studentid: '4242', att_date: '2025-09-02',
 *   att_mode_code: 'ATT_ModeMeeting', ccid: '88120', periodid: '1501', start_time: 29400, end_time: 32400 } } }] }); // true
 * ```
 */
export function isQuietMeetingInterval(payload: Plain): boolean {
  if (!quietName(payload['name'])) return false;
  const records = payload['record'] as readonly Plain[];
  const count = records.length;
  // Each record's slot as a pair of numbers: its ids are digit strings (the schema passed), equal
  // as normalizeId compares them exactly when equal as numbers; -1 for a missing id, and -2 marks an
  // interval slot, so no meeting slot equals one. Typed arrays, read and written by index: this loop
  // runs on every valid payload, mostly before V8 has optimised it, so it makes no object per record.
  const slotFirst = new Float64Array(count);
  const slotSecond = new Float64Array(count);
  let student = -1;
  let date: unknown;
  // Meetings listed in time order (the usual bell schedule) are swept for overlaps as they come;
  // the first one listed out of order leaves the sweep to noneOverlap after the loop.
  let inOrder = true;
  let previousStart = -1;
  let latestEnd = -1;
  for (let i = 0; i < count; i++) {
    const record = records[i] as Plain;
    if (!quietName(record['name'])) return false;
    const attendance = (record['tables'] as Plain)['attendance'] as Plain;
    const studentid = idNumber(attendance['studentid']);
    if (i === 0) {
      student = studentid;
      date = attendance['att_date'];
    } else if (studentid !== student || attendance['att_date'] !== date) return false;
    for (let f = 0; f < freeTextFields.length; f++) {
      const text = attendance[freeTextFields[f] as string];
      if (text !== undefined && !isWellFormedText(text as string)) return false;
    }
    // The slot within the one student-day, as duplicate-record keys it.
    if (attendance['att_mode_code'] === 'ATT_ModeMeeting') {
      const start = attendance['start_time'] as number;
      const end = attendance['end_time'] as number;
      if (attendance['att_interval'] !== undefined || !(end > start)) return false;
      if (inOrder) {
        if (start < previousStart) inOrder = false;
        // Starts before an earlier meeting ends: a rule will speak, so stop before the whole pass.
        else if (start < latestEnd) return false;
        previousStart = start;
        if (end > latestEnd) latestEnd = end;
      }
      slotFirst[i] = idNumber(attendance['ccid']);
      slotSecond[i] = idNumber(attendance['periodid']);
    } else {
      if (attendance['att_mode_code'] !== 'ATT_ModeInterval') return false;
      if (attendance['start_time'] !== undefined || attendance['end_time'] !== undefined) return false;
      slotFirst[i] = -2;
      slotSecond[i] = idNumber(attendance['att_interval']);
    }
  }
  return !anyRepeatedPair(slotFirst, slotSecond) && (inOrder || noneOverlap(meetingsOf(records)));
}

// The start and end of each meeting of `records` (valid meeting_interval records).
function meetingsOf(records: readonly Plain[]): { start: number; end: number }[] {
  const meetings: { start: number; end: number }[] = [];
  for (let i = 0; i < records.length; i++) {
    const attendance = ((records[i] as Plain)['tables'] as Plain)['attendance'] as Plain;
    if (attendance['att_mode_code'] === 'ATT_ModeMeeting') meetings.push({ start: attendance['start_time'] as number, end: attendance['end_time'] as number });
  }
  return meetings;
}

function quietName(name: unknown): boolean {
  return name === undefined || name === 'ATTENDANCE';
}

// An Id (1 to 10 decimal digits) as a number, exact below 2^53; -1 when missing.
function idNumber(value: unknown): number {
  return value === undefined ? -1 : Number(value as string);
}
