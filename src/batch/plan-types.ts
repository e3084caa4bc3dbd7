import type { Diagnostic } from '../diagnostic.js';
import type { BatchDailyTimeRequest, MeetingIntervalRequest } from '../../generated/types.js';

/**
 * Options of {@link planPayloads} and {@link planPayloadStream}.
 *
 * @example
 * ```ts
 * const options: PlanOptions = { batchSize: 50, sorted: true };
 * ```
 */
export interface PlanOptions {
  /** Most records per batch_daily_time payload: an integer from 1 to 200 (default 200, the endpoint's limit). */
  readonly batchSize?: number;
  /**
   * The input is sorted by studentid (as a number) then att_date, so a meeting_interval payload is
   * complete as soon as the student-day changes: only one student-day is held in memory. A
   * Meeting/Interval record out of that order throws a {@link PlanOrderError}. Default false: every
   * student-day stays open until the input ends.
   */
  readonly sorted?: boolean;
}

/**
 * A planned batch_daily_time payload: 1 to `batchSize` Daily/Time records, in input order.
 *
 * @example
 * ```ts
 * const planned: PlannedBatchPayload = { endpoint: 'batch_daily_time', payload: { record: [...] }, indices: [0, 2], diagnostics: [] };
 * ```
 */
export interface PlannedBatchPayload {
  readonly endpoint: 'batch_daily_time';
  /** The request body, ready to send. Its records are the input objects themselves, not copies. */
  readonly payload: BatchDailyTimeRequest;
  /** The input index of each record of `payload.record`, in the same order. */
  readonly indices: readonly number[];
  /** The warnings `validate()` reports for the whole payload (paths into `payload`); never an error. */
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * A planned meeting_interval payload: every Meeting/Interval record of one student on one day, in input order.
 *
 * @example
 * ```ts
 * const planned: PlannedMeetingPayload = { endpoint: 'meeting_interval', payload: { record: [...] }, indices: [1], diagnostics: [], studentid: '4242', att_date: '2025-09-02' };
 * ```
 */
export interface PlannedMeetingPayload {
  readonly endpoint: 'meeting_interval';
  /** The request body, ready to send. Its records are the input objects themselves, not copies. */
  readonly payload: MeetingIntervalRequest;
  /** The input index of each record of `payload.record`, in the same order. */
  readonly indices: readonly number[];
  /** The warnings `validate()` reports for the whole payload (paths into `payload`); never an error. */
  readonly diagnostics: readonly Diagnostic[];
  /** The student, without leading zeros ("0042" and "42" are one student). */
  readonly studentid: string;
  /** The day, `YYYY-MM-DD`. */
  readonly att_date: string;
}

/**
 * One payload the planner built.
 *
 * @example
 * ```ts
 * for (const planned of plan.payloads) await post(endpoints[planned.endpoint].path, planned.payload);
 * ```
 */
export type PlannedPayload = PlannedBatchPayload | PlannedMeetingPayload;

/**
 * An input record the planner could not place in any payload, with the reasons.
 *
 * @example
 * ```ts
 * for (const { index, diagnostics } of plan.rejected) console.log(index, diagnostics[0]?.code, diagnostics[0]?.path);
 * // 3 'mode-required-field' '/3/total_minutes'
 * ```
 */
export interface RejectedRecord {
  /** The record's position in the input (0-based). */
  readonly index: number;
  /** The input value itself. */
  readonly record: unknown;
  /**
   * Every diagnostic of the record (at least one error). `path` is a JSON Pointer into the input taken
   * as a list of records (`/3/total_minutes` is member total_minutes of record 3); `recordIndex` is `index`.
   */
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * What the streaming planner yields: a payload once it is complete, or a record it rejected.
 *
 * @example
 * ```ts
 * for await (const event of planPayloadStream(records)) {
 *   if (event.kind === 'payload') await send(event.planned);
 *   else log(event.rejected);
 * }
 * ```
 */
export type PlanEvent =
  | { readonly kind: 'payload'; readonly planned: PlannedPayload }
  | { readonly kind: 'rejected'; readonly rejected: RejectedRecord };

/**
 * The result of {@link planPayloads}: every input record is in exactly one payload or in `rejected`.
 *
 * @example
 * ```ts
 * const { payloads, rejected } = planPayloads(records);
 * ```
 */
export interface PlanResult {
  /** The payloads, in the order they were completed (see {@link planPayloads}). */
  readonly payloads: readonly PlannedPayload[];
  /** The records that are not in any payload, in input order. */
  readonly rejected: readonly RejectedRecord[];
}
