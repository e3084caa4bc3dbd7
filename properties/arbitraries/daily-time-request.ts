import * as fc from 'fast-check';
import type { DailyTimeRequest } from '../../generated/types.js';
import { dailyTimeRecord, type DailyTimeRecordConstraints } from './daily-time-record.js';
import { tableName } from './table-name.js';

/**
 * Constraints of {@link dailyTimeRequest}: modes, name, fixed values and date range.
 *
 * @example
 * ```ts
 * dailyTimeRequest({ att_date: '2025-09-02', modes: ['ATT_ModeTime'] });
 * ```
 */
export type DailyTimeRequestConstraints = DailyTimeRecordConstraints;

/**
 * Valid payloads for `POST /ws/attendance/daily_time`: exactly one ATT_ModeDaily or ATT_ModeTime
 * record, sometimes `name: "ATTENDANCE"`. validate(payload, 'daily_time') reports no diagnostic at
 * all for them, not even a warning.
 *
 * @param constraints - Modes, name, fixed values and date range; see {@link DailyTimeRecordConstraints}.
 * @returns An arbitrary of DailyTimeRequest payloads.
 * @throws RangeError when a constraint is invalid.
 *
 * @example
 * ```ts
 * import * as fc from 'fast-check';
 * import { dailyTimeRequest } from 'ps-attendance-contract/arbitraries';
 *
 * fc.assert(fc.property(dailyTimeRequest({ modes: ['ATT_ModeTime'] }), (payload) => {
 *   expect(toPowerSchoolCall(payload).path).toBe('/ws/attendance/daily_time');
 * }));
 * ```
 */
export function dailyTimeRequest(constraints: DailyTimeRequestConstraints = {}): fc.Arbitrary<DailyTimeRequest> {
  return fc
    .tuple(tableName('dailyTimeRequest', constraints.withTableName), dailyTimeRecord(constraints))
    .map(([name, record]) => ({ ...name, record: [record] }));
}
