import * as fc from 'fast-check';
import type { BatchDailyTimeRequest, DailyTimeRecord } from '../../generated/types.js';
import { checkOrder, integerIn } from './check-constraints.js';
import { dailyTimeRecord, type DailyTimeRecordConstraints } from './daily-time-record.js';
import { distinctDailyTimeSlots } from './distinct-slots.js';
import { tableName } from './table-name.js';

/**
 * Constraints of {@link batchDailyTimeRequest}.
 *
 * @example
 * ```ts
 * batchDailyTimeRequest({ minRecords: 150, maxRecords: 200, modes: ['ATT_ModeDaily'] });
 * ```
 */
export interface BatchDailyTimeRequestConstraints extends DailyTimeRecordConstraints {
  /** The fewest records (default 1, at least 1). */
  readonly minRecords?: number;
  /** The most records (default 10, at most 200, the endpoint's limit). */
  readonly maxRecords?: number;
}

/**
 * Valid payloads for `POST /ws/attendance/batch_daily_time`: 1 to 200 ATT_ModeDaily/ATT_ModeTime
 * records (10 at most by default, to keep properties fast), no two writing the same slot (student,
 * date, mode, program), sometimes `name: "ATTENDANCE"`. No diagnostic at all, not even a warning.
 * Shrinks toward one small record.
 *
 * @param constraints - Record count, modes, name, fixed values; see {@link BatchDailyTimeRequestConstraints}.
 * @returns An arbitrary of BatchDailyTimeRequest payloads.
 * @throws RangeError when a constraint is invalid.
 *
 * @example
 * ```ts
 * import * as fc from 'fast-check';
 * import { batchDailyTimeRequest } from 'ps-attendance-contract/arbitraries';
 *
 * fc.assert(fc.property(batchDailyTimeRequest({ minRecords: 200, maxRecords: 200 }), (payload) => {
 *   expect(payload.record).toHaveLength(200);
 * }), { numRuns: 5 });
 * ```
 */
export function batchDailyTimeRequest(constraints: BatchDailyTimeRequestConstraints = {}): fc.Arbitrary<BatchDailyTimeRequest> {
  const minRecords = integerIn('batchDailyTimeRequest', 'minRecords', constraints.minRecords, 1, 1, 200);
  const maxRecords = integerIn('batchDailyTimeRequest', 'maxRecords', constraints.maxRecords, Math.max(minRecords, 10), 1, 200);
  checkOrder('batchDailyTimeRequest', 'minRecords', minRecords, 'maxRecords', maxRecords);
  return fc
    .tuple(tableName('batchDailyTimeRequest', constraints.withTableName), fc.array(dailyTimeRecord(constraints), { minLength: minRecords, maxLength: maxRecords }))
    .map(([name, records]) => ({ ...name, record: distinctDailyTimeSlots(records) as [DailyTimeRecord, ...DailyTimeRecord[]] }));
}
