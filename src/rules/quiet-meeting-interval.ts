import { anyRepeatedPair } from './any-repeated-pair.js';
import { scratchNumbers } from './scratch-numbers.js';
import { freeTextFields, isWellFormedText } from './lone-surrogate.js';
import { noneOverlap } from './overlap-finder.js';
import { flagBits } from './field-flag-masks.js';

type Plain = Readonly<Record<string, unknown>>;

/**
 * The semantic rules that can fire on a valid meeting_interval payload. {@link isQuietMeetingInterval}
 * answers for exactly these; a test fails when the catalogue's meeting_interval rules change without it.
 */
export const meetingIntervalRuleCodes = ['time-order', 'mixed-student', 'mixed-date', 'table-name', 'mode-unused-field', 'duplicate-record', 'meeting-overlap', 'lone-surrogate'] as const;

/**
 * Whether none of {@link meetingIntervalRuleCodes} can report anything on `payload`, a
 * meeting_interval payload that was proved plain data and either passed the schema check or failed it
 * only on members of attendance tables other than att_mode_code (so that its shape is the model's),
 * those members given by `flagged`: every `name` is absent or "ATTENDANCE"; one student and one day;
 * no meeting carries att_interval and no interval start_time or end_time; every meeting ends after it
 * starts; no two records write the same slot; no two meetings overlap; no free-text member holds a
 * lone surrogate. A flagged member is left out of each of these as the rules leave it out (a record
 * with a flagged id writes no slot, a meeting with a flagged time is neither ordered nor swept); only
 * the presence of a member (mode-unused-field) counts whether flagged or not. One loop of plain reads
 * (and a sort of the start times only when meetings are listed out of time order), so the common
 * payload (a day's bell schedule) skips the rule runner; `false` means "run it".
 *
 * @param flagged - Per record, the members a schema diagnostic points at (see `fieldFlagMasks`); none
 *   when the schema check passed.
 * @example
 * ```ts
 * isQuietMeetingInterval({ record: [{ tables: { attendance: { studentid: '4242', att_date: '2025-09-02',
 *   att_mode_code: 'ATT_ModeMeeting', ccid: '88120', periodid: '1501', start_time: 29400, end_time: 32400 } } }] }); // true
 * ```
 */
export function isQuietMeetingInterval(payload: Plain, flagged?: Uint8Array): boolean {
  if (!quietName(payload['name'])) return false;
  const records = payload['record'] as readonly Plain[];
  const count = records.length;
  // Each keyed record's slot as a pair of numbers: its ids are digit strings (the schema passed
  // them), equal as normalizeId compares them exactly when equal as numbers; -1 for a missing id, and
  // -2 marks an interval slot, so no meeting slot equals one. Reused typed arrays, read and written by
  // index: this loop runs on every valid payload, mostly before V8 has optimised it, so it makes no
  // object per record and no array per payload.
  const slotFirst = scratchNumbers(0, count);
  const slotSecond = scratchNumbers(1, count);
  let keyed = 0;
  let student = -1;
  let date: unknown;
  let seenStudent = false;
  let seenDate = false;
  // Meetings listed in time order (the usual bell schedule) are swept for overlaps as they come;
  // the first one listed out of order leaves the sweep to noneOverlap after the loop.
  let inOrder = true;
  let previousStart = -1;
  let latestEnd = -1;
  for (let i = 0; i < count; i++) {
    const record = records[i] as Plain;
    if (!quietName(record['name'])) return false;
    const attendance = (record['tables'] as Plain)['attendance'] as Plain;
    // mixed-student and mixed-date compare the values no diagnostic points at.
    const mask = flagged === undefined ? 0 : (flagged[i] as number);
    const cleanStudent = (mask & flagBits.studentid) === 0;
    const cleanDate = (mask & flagBits.att_date) === 0;
    if (cleanStudent) {
      const studentid = idNumber(attendance['studentid']);
      if (!seenStudent) {
        student = studentid;
        seenStudent = true;
      } else if (studentid !== student) return false;
    }
    if (cleanDate) {
      if (!seenDate) {
        date = attendance['att_date'];
        seenDate = true;
      } else if (attendance['att_date'] !== date) return false;
    }
    for (let f = 0; f < freeTextFields.length; f++) {
      const field = freeTextFields[f] as string;
      const text = attendance[field];
      if (text !== undefined && (mask & flagBits[field as keyof typeof flagBits]) === 0 && !isWellFormedText(text as string)) return false;
    }
    // The slot within the one student-day, as duplicate-record keys it: not at all when a diagnostic
    // points at the student, the day or a present id.
    let keys = cleanStudent && cleanDate;
    let first: number;
    let second: number;
    if (attendance['att_mode_code'] === 'ATT_ModeMeeting') {
      if (attendance['att_interval'] !== undefined) return false;
      if ((mask & (flagBits.start_time | flagBits.end_time)) === 0) {
        const start = attendance['start_time'] as number;
        const end = attendance['end_time'] as number;
        if (!(end > start)) return false;
        if (inOrder) {
          if (start < previousStart) inOrder = false;
          // Starts before an earlier meeting ends: a rule will speak, so stop before the whole pass.
          else if (start < latestEnd) return false;
          previousStart = start;
          if (end > latestEnd) latestEnd = end;
        }
      }
      first = idNumber(attendance['ccid']);
      second = idNumber(attendance['periodid']);
      if ((attendance['ccid'] !== undefined && (mask & flagBits.ccid) !== 0) || (attendance['periodid'] !== undefined && (mask & flagBits.periodid) !== 0)) keys = false;
    } else {
      if (attendance['att_mode_code'] !== 'ATT_ModeInterval') return false;
      if (attendance['start_time'] !== undefined || attendance['end_time'] !== undefined) return false;
      first = -2;
      second = idNumber(attendance['att_interval']);
      if ((mask & flagBits.att_interval) !== 0) keys = false;
    }
    if (keys) {
      slotFirst[keyed] = first;
      slotSecond[keyed] = second;
      keyed++;
    }
  }
  return !anyRepeatedPair(slotFirst, slotSecond, keyed) && (inOrder || noneOverlap(meetingsOf(records, flagged)));
}

// The start and end of each meeting of `records` that has no flagged time.
function meetingsOf(records: readonly Plain[], flagged: Uint8Array | undefined): { start: number; end: number }[] {
  const meetings: { start: number; end: number }[] = [];
  for (let i = 0; i < records.length; i++) {
    const attendance = ((records[i] as Plain)['tables'] as Plain)['attendance'] as Plain;
    if (attendance['att_mode_code'] !== 'ATT_ModeMeeting') continue;
    if (flagged !== undefined && ((flagged[i] as number) & (flagBits.start_time | flagBits.end_time)) !== 0) continue;
    meetings.push({ start: attendance['start_time'] as number, end: attendance['end_time'] as number });
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
