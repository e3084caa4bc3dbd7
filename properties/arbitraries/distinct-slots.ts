// Valid payloads carry no warning either: two records never write the same attendance slot
// (duplicate-record) and meetings never overlap (meeting-overlap). Drawn records can collide, so the
// payload arbitraries repair collisions in their map step; the repair is deterministic, so shrinking
// keeps it.
import type { DailyTimeRecord, MeetingIntervalRecord } from '../../generated/types.js';
import { layoutPeriods, type PeriodDraft } from './period-layout.js';

const maxId = 9_999_999_999;

/**
 * The next id after `id` (as 1 to 10 digits) that makes `key(candidate)` unused in `used`.
 *
 * @example
 * ```ts
 * nextFree('41', (id) => id, new Set(['41', '42'])); // '43'
 * ```
 */
export function nextFree(id: string, key: (candidate: string) => string, used: ReadonlySet<string>): string {
  let n = Number(id);
  let candidate = id;
  while (used.has(key(candidate))) {
    n = n >= maxId ? 1 : n + 1;
    candidate = String(n);
  }
  return candidate;
}

/**
 * Daily/time records with distinct slots (student, date, mode, program): on a collision the later
 * record's programid moves to the next free one.
 *
 * @example
 * ```ts
 * distinctDailyTimeSlots([a, a]); // the second copy gets another programid
 * ```
 */
export function distinctDailyTimeSlots(records: readonly DailyTimeRecord[]): DailyTimeRecord[] {
  const used = new Set<string>();
  return records.map((record) => {
    const a = record.tables.attendance;
    const key = (program: string): string => `${a.studentid}|${a.att_date}|${a.att_mode_code}|${program}`;
    const program = a.programid ?? '0';
    const free = nextFree(program, key, used);
    used.add(key(free));
    return free === program ? record : { ...record, tables: { attendance: { ...a, programid: free } } };
  });
}

/**
 * Meeting/interval records made into one valid payload's records: every record gets record 0's
 * student, date, school and year; meetings are laid out on one bell schedule from `firstBell` with
 * their drafts; meeting ccid/periodid pairs and interval numbers are made distinct.
 *
 * @example
 * ```ts
 * oneStudentDay(records, 29400, drafts); // same studentid and att_date everywhere, no overlap
 * ```
 */
export function oneStudentDay(records: readonly MeetingIntervalRecord[], firstBell: number, drafts: readonly PeriodDraft[]): MeetingIntervalRecord[] {
  const head = records[0]?.tables.attendance;
  if (!head) return [];
  const meetings = records.filter((r) => r.tables.attendance.att_mode_code === 'ATT_ModeMeeting').length;
  const times = layoutPeriods(firstBell, drafts.slice(0, meetings));
  const slots = new Set<string>();
  const intervals = new Set<string>();
  let meeting = 0;
  return records.map((record) => {
    const a = record.tables.attendance;
    const shared = { studentid: head.studentid, att_date: head.att_date, schoolid: head.schoolid, yearid: head.yearid };
    if (a.att_mode_code === 'ATT_ModeInterval') {
      const interval = nextFree(a.att_interval, (c) => c, intervals);
      intervals.add(interval);
      return { ...record, tables: { attendance: { ...a, ...shared, att_interval: interval } } };
    }
    const periodid = a.periodid ?? '';
    const ccid = nextFree(a.ccid ?? '1', (c) => `${c}|${periodid}`, slots);
    slots.add(`${ccid}|${periodid}`);
    const slot = times[meeting++] ?? { start_time: a.start_time, end_time: a.end_time };
    return { ...record, tables: { attendance: { ...a, ...shared, ccid, ...slot } } };
  });
}
