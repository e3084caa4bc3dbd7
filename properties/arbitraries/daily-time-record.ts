import * as fc from 'fast-check';
import type { DailyTimeRecord } from '../../generated/types.js';
import { choices } from './check-constraints.js';
import { dailyAttendance } from './daily-attendance.js';
import type { RecordConstraints } from './record-constraints.js';
import { tableName } from './table-name.js';
import { timeAttendance } from './time-attendance.js';

/**
 * The modes of daily_time and batch_daily_time records.
 *
 * @example
 * ```ts
 * const modes: DailyTimeMode[] = ['ATT_ModeTime'];
 * ```
 */
export type DailyTimeMode = 'ATT_ModeDaily' | 'ATT_ModeTime';

/**
 * Constraints of {@link dailyTimeRecord}.
 *
 * @example
 * ```ts
 * dailyTimeRecord({ modes: ['ATT_ModeDaily'], withTableName: false });
 * ```
 */
export type DailyTimeRecordConstraints = RecordConstraints<DailyTimeMode>;

/**
 * Valid records of a daily_time or batch_daily_time payload: `{ name?, tables: { attendance } }`
 * with an ATT_ModeDaily or ATT_ModeTime attendance table (see {@link dailyAttendance} and
 * {@link timeAttendance}). Shrinks toward ATT_ModeDaily without a name.
 *
 * @param constraints - Modes, name, fixed values and date range; see {@link RecordConstraints}.
 * @returns An arbitrary of DailyTimeRecord objects.
 * @throws RangeError when a constraint is invalid.
 *
 * @example
 * ```ts
 * import * as fc from 'fast-check';
 * import { dailyTimeRecord } from 'ps-attendance-contract/arbitraries';
 *
 * const records = fc.array(dailyTimeRecord({ modes: ['ATT_ModeTime'] }), { maxLength: 5 });
 * fc.assert(fc.property(records, (rs) => myBatcher(rs).every((payload) => payload.record.length <= 200)));
 * ```
 */
export function dailyTimeRecord(constraints: DailyTimeRecordConstraints = {}): fc.Arbitrary<DailyTimeRecord> {
  const modes = choices('dailyTimeRecord', 'modes', constraints.modes, ['ATT_ModeDaily', 'ATT_ModeTime'] as const);
  const tables = modes.map((mode) => (mode === 'ATT_ModeDaily' ? dailyAttendance(constraints) : timeAttendance(constraints)));
  const attendance = tables.length === 1 && tables[0] ? tables[0] : fc.oneof(...tables);
  return fc.tuple(tableName('dailyTimeRecord', constraints.withTableName), attendance).map(([name, a]) => ({ ...name, tables: { attendance: a } }));
}
