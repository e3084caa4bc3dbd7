import { PayloadPlanner } from './payload-planner.js';
import type { PlanEvent, PlanOptions } from './plan-types.js';

/**
 * The streaming form of {@link planPayloads}: reads records from any (async) iterable and yields each
 * payload as soon as it is complete and each rejected record at once, so memory holds one open
 * Daily/Time batch plus the open student-days (with `sorted`, a single one).
 *
 * The events for record `i` (its rejection, or the payloads it completed) are yielded before record
 * `i + 1` is read, so a caller can attach its own position (a line number) to them.
 *
 * @param records - An async iterable or iterable of flat attendance records.
 * @param options - `batchSize` (1 to 200) and `sorted`; see {@link PlanOptions}.
 * @throws RangeError for a bad `batchSize` (on the first `next()`); {@link PlanOrderError} when `sorted`
 * is declared and a record breaks the order: the events before it have been yielded.
 *
 * @example
 * ```ts
 * import { planPayloadStream } from 'ps-attendance-contract';
 *
 * for await (const event of planPayloadStream(readRecords(), { sorted: true })) {
 *   if (event.kind === 'payload') await send(event.planned.endpoint, event.planned.payload);
 *   else await logReject(event.rejected);
 * }
 * ```
 */
export async function* planPayloadStream(
  records: AsyncIterable<unknown> | Iterable<unknown>,
  options: PlanOptions = {},
): AsyncGenerator<PlanEvent, void, undefined> {
  const planner = new PayloadPlanner(options);
  for await (const record of records) yield* planner.add(record);
  yield* planner.finish();
}
