import { endpoints } from '../endpoints.js';
import { validate } from '../validate.js';
import type { BatchDailyTimeRequest, DailyTimeRecord, MeetingIntervalRecord, MeetingIntervalRequest } from '../../generated/types.js';
import { checkRecord } from './check-record.js';
import { PlanOrderError } from './plan-order-error.js';
import type { PlanEvent, PlannedPayload, PlanOptions } from './plan-types.js';
import { compareStudentDays, studentDayKey, studentDayOf, type StudentDay } from './student-day.js';

interface OpenPayload<R> {
  readonly records: R[];
  readonly indices: number[];
}

interface OpenDay extends OpenPayload<MeetingIntervalRecord> {
  readonly day: StudentDay;
}

const batchLimit = endpoints.batch_daily_time.maxRecords ?? 200;

/**
 * The planners' shared state machine: feed records one at a time with `add`, then call `finish`; each
 * call returns the events it completed. Holds one open Daily/Time batch and the open student-days
 * (one at most when `sorted`).
 *
 * @example
 * ```ts
 * const planner = new PayloadPlanner({ batchSize: 2 });
 * const events = [...planner.add(recordA), ...planner.add(recordB), ...planner.finish()];
 * ```
 */
export class PayloadPlanner {
  readonly #batchSize: number;
  readonly #sorted: boolean;
  #next = 0;
  #batch: OpenPayload<DailyTimeRecord> = { records: [], indices: [] };
  readonly #days = new Map<string, OpenDay>();
  #lastDay: StudentDay | undefined;

  /** @param options - Batch size and sortedness; see {@link PlanOptions}. */
  constructor(options: PlanOptions = {}) {
    const size = options.batchSize ?? batchLimit;
    if (!Number.isInteger(size) || size < 1 || size > batchLimit) {
      throw new RangeError(`batchSize must be an integer from 1 to ${batchLimit} (batch_daily_time's limit), got ${String(size)}.`);
    }
    this.#batchSize = size;
    this.#sorted = options.sorted === true;
  }

  /** Plans the next input record; returns the rejection or the payloads it completed. */
  add(record: unknown): PlanEvent[] {
    const index = this.#next++;
    const check = checkRecord(record, index);
    if (!check.valid) return [{ kind: 'rejected', rejected: { index, record, diagnostics: check.diagnostics } }];
    const attendance = record as Record<string, unknown>;
    if (check.endpoint === 'batch_daily_time') {
      this.#batch.records.push({ tables: { attendance } } as unknown as DailyTimeRecord);
      this.#batch.indices.push(index);
      return this.#batch.records.length >= this.#batchSize ? [this.#flushBatch()] : [];
    }
    return this.#addMeeting(attendance, index);
  }

  /** Completes every open payload: the Daily/Time batch first, then the student-days in first-seen order. */
  finish(): PlanEvent[] {
    const events: PlanEvent[] = [];
    if (this.#batch.records.length > 0) events.push(this.#flushBatch());
    for (const open of this.#days.values()) events.push(meetingEvent(open));
    this.#days.clear();
    return events;
  }

  #addMeeting(attendance: Record<string, unknown>, index: number): PlanEvent[] {
    const day = studentDayOf(attendance);
    const key = studentDayKey(day);
    const events: PlanEvent[] = [];
    let open = this.#days.get(key);
    if (open === undefined) {
      if (this.#sorted) {
        if (this.#lastDay !== undefined && compareStudentDays(day, this.#lastDay) < 0) throw new PlanOrderError(index, day, this.#lastDay);
        for (const done of this.#days.values()) events.push(meetingEvent(done));
        this.#days.clear();
      }
      open = { day, records: [], indices: [] };
      this.#days.set(key, open);
      this.#lastDay = day;
    }
    open.records.push({ tables: { attendance } } as unknown as MeetingIntervalRecord);
    open.indices.push(index);
    return events;
  }

  #flushBatch(): PlanEvent {
    const { records, indices } = this.#batch;
    this.#batch = { records: [], indices: [] };
    const payload = { record: records } as BatchDailyTimeRequest;
    return { kind: 'payload', planned: { endpoint: 'batch_daily_time', payload, indices, diagnostics: payloadWarnings(payload, 'batch_daily_time') } };
  }
}

function meetingEvent(open: OpenDay): PlanEvent {
  const payload = { record: open.records } as MeetingIntervalRequest;
  const planned: PlannedPayload = {
    endpoint: 'meeting_interval',
    payload,
    indices: open.indices,
    diagnostics: payloadWarnings(payload, 'meeting_interval'),
    studentid: open.day.studentid,
    att_date: open.day.att_date,
  };
  return { kind: 'payload', planned };
}

// Every record passed on its own and the planner groups by construction (at most batchSize, one
// student-day), so the whole payload can only have cross-record warnings (duplicate-record,
// meeting-overlap). An error here means a record changed after it was planned: fail loudly.
function payloadWarnings(payload: BatchDailyTimeRequest | MeetingIntervalRequest, endpoint: 'batch_daily_time' | 'meeting_interval'): PlannedPayload['diagnostics'] {
  const { valid, diagnostics } = validate(payload, endpoint);
  if (!valid) {
    const first = diagnostics.find((d) => d.severity === 'error');
    throw new Error(`A planned ${endpoint} payload failed validation (${first?.code ?? ''} at ${first?.path ?? ''}): were its records changed while planning?`);
  }
  return diagnostics;
}
