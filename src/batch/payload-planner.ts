import { endpoints } from '../endpoints.js';
import type { DailyTimeRecord, MeetingIntervalRecord } from '../../generated/types.js';
import { completePayload } from './complete-payload.js';
import { checkRecord, unreadableRecord } from './check-record.js';
import { PlanOrderError } from './plan-order-error.js';
import type { PlanEvent, PlanOptions } from './plan-types.js';
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
    let day: StudentDay | undefined;
    try {
      if (check.endpoint === 'meeting_interval') day = studentDayOf(attendance);
    } catch (error) {
      // A record that read fine once and then threw (a stateful Proxy or getter) is rejected too.
      return [{ kind: 'rejected', rejected: { index, record, diagnostics: [unreadableRecord(error, index)] } }];
    }
    if (check.endpoint === 'batch_daily_time') {
      this.#batch.records.push({ tables: { attendance } } as unknown as DailyTimeRecord);
      this.#batch.indices.push(index);
      return this.#batch.records.length >= this.#batchSize ? this.#flushBatch() : [];
    }
    return this.#addMeeting(attendance, index, day as StudentDay);
  }

  /** Completes every open payload: the Daily/Time batch first, then the student-days in first-seen order. */
  finish(): PlanEvent[] {
    const events: PlanEvent[] = [];
    if (this.#batch.records.length > 0) events.push(...this.#flushBatch());
    for (const open of this.#days.values()) events.push(...meetingEvents(open));
    this.#days.clear();
    return events;
  }

  #addMeeting(attendance: Record<string, unknown>, index: number, day: StudentDay): PlanEvent[] {
    const key = studentDayKey(day);
    const events: PlanEvent[] = [];
    let open = this.#days.get(key);
    if (open === undefined) {
      if (this.#sorted) {
        if (this.#lastDay !== undefined && compareStudentDays(day, this.#lastDay) < 0) throw new PlanOrderError(index, day, this.#lastDay);
        for (const done of this.#days.values()) events.push(...meetingEvents(done));
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

  #flushBatch(): PlanEvent[] {
    const batch = this.#batch;
    this.#batch = { records: [], indices: [] };
    return completePayload(batch, 'batch_daily_time');
  }
}

function meetingEvents(open: OpenDay): PlanEvent[] {
  return completePayload(open, 'meeting_interval', open.day);
}
