import { anyRepeatedPair } from './any-repeated-pair.js';
import { normalizeId } from './check-context.js';
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
 * no two meetings overlap; no free-text member holds a lone surrogate. One loop of plain reads and
 * one sort of the start times, so the common payload (a day's bell schedule) skips the rule runner;
 * `false` means "run it".
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
  // Each record's slot as a pair of numbers: its ids are digit strings (the schema passed), equal
  // as normalizeId compares them exactly when equal as numbers; -1 for a missing id, and -2 marks an
  // interval slot, so no meeting slot equals one.
  const slotFirst: number[] = [];
  const slotSecond: number[] = [];
  const meetings: { start: number; end: number }[] = [];
  let student: string | undefined;
  let date: unknown;
  for (let i = 0; i < records.length; i++) {
    const record = records[i] as Plain;
    if (!quietName(record['name'])) return false;
    const attendance = (record['tables'] as Plain)['attendance'] as Plain;
    const studentid = normalizeId(attendance['studentid'] as string);
    if (i === 0) [student, date] = [studentid, attendance['att_date']];
    else if (studentid !== student || attendance['att_date'] !== date) return false;
    for (const field of freeTextFields) {
      const text = attendance[field];
      if (text !== undefined && !isWellFormedText(text as string)) return false;
    }
    // The slot within the one student-day, as duplicate-record keys it.
    if (attendance['att_mode_code'] === 'ATT_ModeMeeting') {
      const start = attendance['start_time'] as number;
      const end = attendance['end_time'] as number;
      if (attendance['att_interval'] !== undefined || !(end > start)) return false;
      // Overlapping the meeting listed before it: a rule will speak, so stop before the whole pass.
      const previous = meetings[meetings.length - 1];
      if (previous !== undefined && start < previous.end && previous.start < end) return false;
      meetings.push({ start, end });
      slotFirst.push(idNumber(attendance['ccid']));
      slotSecond.push(idNumber(attendance['periodid']));
    } else {
      if (attendance['att_mode_code'] !== 'ATT_ModeInterval') return false;
      if (attendance['start_time'] !== undefined || attendance['end_time'] !== undefined) return false;
      slotFirst.push(-2);
      slotSecond.push(idNumber(attendance['att_interval']));
    }
  }
  return !anyRepeatedPair(slotFirst, slotSecond) && (meetings.length < 2 || noneOverlap(meetings));
}

function quietName(name: unknown): boolean {
  return name === undefined || name === 'ATTENDANCE';
}

// An Id (1 to 10 decimal digits) as a number, exact below 2^53; -1 when missing.
function idNumber(value: unknown): number {
  return value === undefined ? -1 : Number(value as string);
}
