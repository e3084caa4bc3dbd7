import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validate } from '../src/validate.js';
import { planPayloads } from '../src/batch/plan-payloads.js';
import { planPayloadStream } from '../src/batch/plan-payload-stream.js';
import { compareStudentDays, studentDayOf } from '../src/batch/student-day.js';
import type { PlanEvent, PlanResult } from '../src/batch/plan-types.js';
import { dailyAttendance, intervalAttendance, meetingAttendance, timeAttendance } from './arbitraries/index.js';
import { fcParams } from './fc-params.js';

// Few students and days, so that student-days collide and interleave; "0003" and "3" are one student.
const student = fc.constantFrom('1', '2', '3', '0003', '12');
const day = fc.constantFrom('2025-09-02', '2025-09-03');
const fixed = fc.record({ studentid: student, att_date: day });

const dailyTime = fc.oneof(dailyAttendance(), timeAttendance());
const meetingInterval = fixed.chain((f) => fc.oneof(meetingAttendance(f), intervalAttendance(f)));
const invalid = fc.oneof(
  fc.constantFrom<unknown>(null, 42, 'ATT_ModeDaily', []),
  timeAttendance().map((r) => ({ ...r, total_minutes: 'lots' })),
  meetingAttendance().map((r) => ({ ...r, end_time: r.start_time })),
  dailyAttendance().map(({ studentid: _gone, ...rest }) => rest),
);
const anyRecord = fc.oneof({ arbitrary: dailyTime, weight: 4 }, { arbitrary: meetingInterval, weight: 4 }, { arbitrary: invalid, weight: 1 });
const records = fc.array(anyRecord, { maxLength: 120 });
const batchSize = fc.oneof(fc.integer({ min: 1, max: 10 }), fc.constant(200));

/** Every input index is in exactly one payload or rejection, and each payload holds the input objects themselves. */
function expectPartition(input: readonly unknown[], plan: PlanResult): void {
  const placed = [...plan.payloads.flatMap((p) => p.indices), ...plan.rejected.map((r) => r.index)].sort((a, b) => a - b);
  expect(placed).toEqual(input.map((_, i) => i));
  for (const planned of plan.payloads) {
    expect(planned.payload.record.map((r) => r.tables.attendance)).toEqual(planned.indices.map((i) => input[i]));
    planned.payload.record.forEach((r, k) => expect(r.tables.attendance).toBe(input[planned.indices[k] ?? -1]));
  }
  for (const rejected of plan.rejected) expect(rejected.record).toBe(input[rejected.index]);
}

describe('planPayloads properties', () => {
  it('loses and duplicates no record: each is in exactly one payload or rejected', () => {
    fc.assert(
      fc.property(records, batchSize, (input, size) => expectPartition(input, planPayloads(input, { batchSize: size }))),
      fcParams(100),
    );
  });

  it('keeps input order within every payload', () => {
    fc.assert(
      fc.property(records, batchSize, (input, size) => {
        for (const { indices } of planPayloads(input, { batchSize: size }).payloads) expect(indices).toEqual([...indices].sort((a, b) => a - b));
      }),
      fcParams(100),
    );
  });

  it('builds only payloads validate() accepts, and rejects only records with an error pointing into them', () => {
    fc.assert(
      fc.property(records, batchSize, (input, size) => {
        const plan = planPayloads(input, { batchSize: size });
        for (const { endpoint, payload } of plan.payloads) expect(validate(payload, endpoint).valid).toBe(true);
        for (const { index, diagnostics } of plan.rejected) {
          expect(diagnostics.some((d) => d.severity === 'error')).toBe(true);
          for (const d of diagnostics) {
            expect(d.recordIndex).toBe(index);
            expect(d.path === `/${index}` || d.path.startsWith(`/${index}/`)).toBe(true);
          }
        }
      }),
      fcParams(100),
    );
  });

  it('fills batches up to the size (only the last may be short) and gives each student-day one payload', () => {
    fc.assert(
      fc.property(records, batchSize, (input, size) => {
        const { payloads } = planPayloads(input, { batchSize: size });
        const batches = payloads.filter((p) => p.endpoint === 'batch_daily_time').map((p) => p.payload.record.length);
        batches.forEach((length, i) => (i === batches.length - 1 ? expect(length).toBeLessThanOrEqual(size) : expect(length).toBe(size)));
        const keys = new Set<string>();
        for (const planned of payloads) {
          if (planned.endpoint !== 'meeting_interval') continue;
          const days = planned.payload.record.map((r) => studentDayOf(r.tables.attendance as unknown as Record<string, unknown>));
          for (const d of days) expect(d).toEqual({ studentid: planned.studentid, att_date: planned.att_date });
          const key = `${planned.studentid}|${planned.att_date}`;
          expect(keys.has(key)).toBe(false);
          keys.add(key);
        }
      }),
      fcParams(100),
    );
  });

  it('splits exactly 200, 201 and 400 Daily/Time records into 200 | 200+1 | 200+200', () => {
    const expected: Record<number, number[]> = { 200: [200], 201: [200, 1], 400: [200, 200] };
    fc.assert(
      fc.property(
        fc.constantFrom(200, 201, 400).chain((n) => fc.array(dailyTime, { minLength: n, maxLength: n })),
        (input) => {
          const plan = planPayloads(input);
          expect(plan.rejected).toEqual([]);
          expect(plan.payloads.map((p) => p.payload.record.length)).toEqual(expected[input.length]);
          expectPartition(input, plan);
        },
      ),
      fcParams(15),
    );
  });

  it('plans sorted input the same with and without the sorted flag', () => {
    fc.assert(
      fc.property(records, (input) => {
        const sorted = sortByStudentDay(input);
        const groups = (plan: PlanResult) => plan.payloads.map((p) => p.indices.join(',')).sort();
        expect(groups(planPayloads(sorted, { sorted: true }))).toEqual(groups(planPayloads(sorted)));
      }),
      fcParams(100),
    );
  });

  it('streams the same payloads and rejections as planPayloads', async () => {
    await fc.assert(
      fc.asyncProperty(records, batchSize, fc.boolean(), async (input, size, sorted) => {
        const source = sorted ? sortByStudentDay(input) : input;
        const events: PlanEvent[] = [];
        for await (const event of planPayloadStream(source, { batchSize: size, sorted })) events.push(event);
        const plan = planPayloads(source, { batchSize: size, sorted });
        expect(events.flatMap((e) => (e.kind === 'payload' ? [e.planned] : []))).toEqual(plan.payloads);
        expect(events.flatMap((e) => (e.kind === 'rejected' ? [e.rejected] : []))).toEqual(plan.rejected);
      }),
      fcParams(50),
    );
  });
});

/** A stable sort of the Meeting/Interval records by student-day; everything else keeps its place. */
function sortByStudentDay(input: readonly unknown[]): unknown[] {
  const isMeeting = (r: unknown): r is Record<string, unknown> =>
    r !== null && typeof r === 'object' && (['ATT_ModeMeeting', 'ATT_ModeInterval'] as unknown[]).includes((r as Record<string, unknown>)['att_mode_code']);
  const meetings = input.filter(isMeeting).sort((a, b) => compareStudentDays(studentDayOf(a), studentDayOf(b)));
  return input.map((r) => (isMeeting(r) ? meetings.shift() : r));
}
