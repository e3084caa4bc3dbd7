import * as fc from 'fast-check';
import type { MeetingIntervalRecord, MeetingIntervalRequest } from '../../generated/types.js';
import { checkOrder, integerIn } from './check-constraints.js';
import { oneStudentDay } from './distinct-slots.js';
import { meetingIntervalRecord, type MeetingIntervalRecordConstraints } from './meeting-interval-record.js';
import { firstBell, periodDraft } from './period-layout.js';
import { tableName } from './table-name.js';

/**
 * Constraints of {@link meetingIntervalRequest}.
 *
 * @example
 * ```ts
 * meetingIntervalRequest({ minRecords: 7, maxRecords: 7, modes: ['ATT_ModeMeeting'] }); // a seven-period day
 * ```
 */
export interface MeetingIntervalRequestConstraints extends MeetingIntervalRecordConstraints {
  /** The fewest records (default 1, at least 1). */
  readonly minRecords?: number;
  /** The most records (default 8; the endpoint sets no limit, this arbitrary allows 86400). */
  readonly maxRecords?: number;
}

/**
 * Valid payloads for `POST /ws/attendance/meeting_interval`: ATT_ModeMeeting and ATT_ModeInterval
 * records for one student on one day (record 0's studentid, att_date, schoolid and yearid), meetings
 * on one bell schedule (in order, never overlapping, distinct ccid/periodid), distinct interval
 * numbers, sometimes `name: "ATTENDANCE"`. No diagnostic at all, not even a warning. Shrinks toward
 * one 07:00–07:30 meeting.
 *
 * @param constraints - Record count, modes, name, fixed values; see {@link MeetingIntervalRequestConstraints}.
 * @returns An arbitrary of MeetingIntervalRequest payloads.
 * @throws RangeError when a constraint is invalid.
 *
 * @example
 * ```ts
 * import * as fc from 'fast-check';
 * import { meetingIntervalRequest } from 'ps-attendance-contract/arbitraries';
 *
 * fc.assert(fc.property(meetingIntervalRequest({ studentid: '4242', minRecords: 2 }), (payload) => {
 *   expect(new Set(payload.record.map((r) => r.tables.attendance.studentid))).toEqual(new Set(['4242']));
 * }));
 * ```
 */
export function meetingIntervalRequest(constraints: MeetingIntervalRequestConstraints = {}): fc.Arbitrary<MeetingIntervalRequest> {
  const minRecords = integerIn('meetingIntervalRequest', 'minRecords', constraints.minRecords, 1, 1, 86_400);
  const maxRecords = integerIn('meetingIntervalRequest', 'maxRecords', constraints.maxRecords, Math.max(minRecords, 8), 1, 86_400);
  checkOrder('meetingIntervalRequest', 'minRecords', minRecords, 'maxRecords', maxRecords);
  const items = fc.array(fc.tuple(meetingIntervalRecord(constraints), periodDraft), { minLength: minRecords, maxLength: maxRecords });
  return fc.tuple(tableName('meetingIntervalRequest', constraints.withTableName), firstBell, items).map(([name, bell, pairs]) => ({
    ...name,
    record: oneStudentDay(
      pairs.map(([record]) => record),
      bell,
      pairs.map(([, draft]) => draft),
    ) as [MeetingIntervalRecord, ...MeetingIntervalRecord[]],
  }));
}
