import type { DailyTimeRecord, MeetingIntervalRecord } from '../generated/types.js';
import type { EndpointId } from './endpoints.js';
import type { RequestFor } from './request-types.js';

/**
 * The record type of each endpoint's payload.
 *
 * @example
 * ```ts
 * const row: RecordFor<'meeting_interval'> = { tables: { attendance: meeting } };
 * ```
 */
export type RecordFor<E extends EndpointId> = E extends 'meeting_interval' ? MeetingIntervalRecord : DailyTimeRecord;

/**
 * Builds the payload of `endpoint` from its records: `{ record: [...records] }`, typed as that
 * endpoint's request. The request types take a plain array (so that `rows.map(toRecord)` fits);
 * this builder also refuses, at compile time, an array TypeScript knows to be empty (`[]`), and
 * throws a `RangeError` for an empty array at run time. The other counts (at most one record for
 * daily_time, 200 for batch_daily_time) are left to {@link validate} (`record-count`).
 *
 * @param endpoint - `daily_time`, `batch_daily_time` or `meeting_interval`.
 * @param records - The records, e.g. `rows.map(toRecord)`.
 * @returns A new payload object holding a copy of the array.
 *
 * @example
 * ```ts
 * const body = attendanceRequest('batch_daily_time', rows.map(toRecord)); // BatchDailyTimeRequest
 * attendanceRequest('meeting_interval', []); // compile error: the array is empty
 * ```
 */
export function attendanceRequest<E extends EndpointId, const R extends readonly RecordFor<E>[]>(endpoint: E, records: R & (R extends readonly [] ? never : unknown)): RequestFor<E> {
  if (!Array.isArray(records) || records.length === 0) {
    throw new RangeError(`attendanceRequest(${JSON.stringify(endpoint)}): a payload needs at least one record, but the array is ${Array.isArray(records) ? 'empty' : 'not an array'}.`);
  }
  return { record: [...records] } as RequestFor<E>;
}
