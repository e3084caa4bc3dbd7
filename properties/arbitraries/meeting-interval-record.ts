import * as fc from 'fast-check';
import type { MeetingIntervalRecord } from '../../generated/types.js';
import { choices } from './check-constraints.js';
import { intervalAttendance } from './interval-attendance.js';
import { meetingAttendance } from './meeting-attendance.js';
import type { RecordConstraints } from './record-constraints.js';
import { tableName } from './table-name.js';

/**
 * The modes of meeting_interval records.
 *
 * @example
 * ```ts
 * const modes: MeetingIntervalMode[] = ['ATT_ModeMeeting', 'ATT_ModeInterval'];
 * ```
 */
export type MeetingIntervalMode = 'ATT_ModeMeeting' | 'ATT_ModeInterval';

/**
 * Constraints of {@link meetingIntervalRecord}.
 *
 * @example
 * ```ts
 * meetingIntervalRecord({ modes: ['ATT_ModeInterval'], optionalMembers: false });
 * ```
 */
export type MeetingIntervalRecordConstraints = RecordConstraints<MeetingIntervalMode>;

/**
 * Valid records of a meeting_interval payload: `{ name?, tables: { attendance } }` with an
 * ATT_ModeMeeting or ATT_ModeInterval attendance table (see {@link meetingAttendance} and
 * {@link intervalAttendance}). Shrinks toward ATT_ModeMeeting without a name.
 *
 * @param constraints - Modes, name, fixed values and date range; see {@link RecordConstraints}.
 * @returns An arbitrary of MeetingIntervalRecord objects.
 * @throws RangeError when a constraint is invalid.
 *
 * @example
 * ```ts
 * import * as fc from 'fast-check';
 * import { meetingIntervalRecord } from 'ps-attendance-contract/arbitraries';
 *
 * fc.sample(meetingIntervalRecord({ modes: ['ATT_ModeInterval'], studentid: '4242' }), 1);
 * // [{ tables: { attendance: { studentid: '4242', att_mode_code: 'ATT_ModeInterval', att_interval: '3', … } } }]
 * ```
 */
export function meetingIntervalRecord(constraints: MeetingIntervalRecordConstraints = {}): fc.Arbitrary<MeetingIntervalRecord> {
  const modes = choices('meetingIntervalRecord', 'modes', constraints.modes, ['ATT_ModeMeeting', 'ATT_ModeInterval'] as const);
  const tables = modes.map((mode) => (mode === 'ATT_ModeMeeting' ? meetingAttendance(constraints) : intervalAttendance(constraints)));
  const attendance = tables.length === 1 && tables[0] ? tables[0] : fc.oneof(...tables);
  return fc.tuple(tableName('meetingIntervalRecord', constraints.withTableName), attendance).map(([name, a]) => ({ ...name, tables: { attendance: a } }));
}
