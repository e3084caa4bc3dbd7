import { PayloadPlanner } from './payload-planner.js';
import type { PlanEvent, PlannedPayload, PlanOptions, PlanResult, RejectedRecord } from './plan-types.js';

/**
 * Turns flat attendance records (the members of `tables.attendance`) into payloads the API accepts.
 * Each record is checked on its own with `validate()`; Daily/Time records then fill batch_daily_time
 * payloads of at most `batchSize` (200), Meeting/Interval records one meeting_interval payload per
 * student and day. Records keep their input order within each payload; every input record is in
 * exactly one payload or in `rejected`, whose diagnostics point into the input (`/3/total_minutes`).
 *
 * Payloads come in the order they complete: each full batch as it fills, then the last batch, then
 * the student-days in the order first seen (with `sorted`, each student-day as soon as the next begins).
 * Cross-record warnings (`duplicate-record`, `meeting-overlap`) are kept on the payload's `diagnostics`;
 * cross-record errors cannot arise.
 *
 * @param records - Any iterable of records (an array, a generator).
 * @param options - `batchSize` (1 to 200) and `sorted`; see {@link PlanOptions}.
 * @throws RangeError for a bad `batchSize`; {@link PlanOrderError} when `sorted` is declared and untrue.
 *
 * @example
 * ```ts
 * import { planPayloads, endpoints } from 'ps-attendance-contract';
 *
 * const { payloads, rejected } = planPayloads(rows);
 * for (const { endpoint, payload } of payloads) await post(endpoints[endpoint].path, payload);
 * for (const { index, diagnostics } of rejected) console.warn(index, diagnostics.map((d) => d.code));
 * ```
 */
export function planPayloads(records: Iterable<unknown>, options: PlanOptions = {}): PlanResult {
  const planner = new PayloadPlanner(options);
  const payloads: PlannedPayload[] = [];
  const rejected: RejectedRecord[] = [];
  const take = (events: PlanEvent[]): void => {
    for (const event of events) {
      if (event.kind === 'payload') payloads.push(event.planned);
      else rejected.push(event.rejected);
    }
  };
  for (const record of records) take(planner.add(record));
  take(planner.finish());
  return { payloads, rejected };
}
