import type { BatchDailyTimeRequest, DailyTimeRequest, MeetingIntervalRequest } from '../generated/types.js';
import { validate } from './validate.js';

/**
 * Whether `value` is a valid daily_time payload (no error diagnostics).
 *
 * @example
 * ```ts
 * if (isDailyTimeRequest(body)) body.record[0].tables.attendance.studentid;
 * ```
 */
export function isDailyTimeRequest(value: unknown): value is DailyTimeRequest {
  return validate(value, 'daily_time').valid;
}

/**
 * Whether `value` is a valid batch_daily_time payload (1 to 200 records, no error diagnostics).
 *
 * @example
 * ```ts
 * if (!isBatchDailyTimeRequest(body)) throw new Error('split the batch first');
 * ```
 */
export function isBatchDailyTimeRequest(value: unknown): value is BatchDailyTimeRequest {
  return validate(value, 'batch_daily_time').valid;
}

/**
 * Whether `value` is a valid meeting_interval payload (one student, one day, no error diagnostics).
 *
 * @example
 * ```ts
 * const ok = isMeetingIntervalRequest(body);
 * ```
 */
export function isMeetingIntervalRequest(value: unknown): value is MeetingIntervalRequest {
  return validate(value, 'meeting_interval').valid;
}
