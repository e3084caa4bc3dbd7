import { describe, expect, it } from 'vitest';
import { planPayloadStream } from '../../src/batch/plan-payload-stream.js';
import { PlanOrderError } from '../../src/batch/plan-order-error.js';
import type { PlanEvent } from '../../src/batch/plan-types.js';
import { dailies, daily, meeting, time } from './records.js';

/** Feeds `records` one at a time and notes, for each event, how many records had been read. */
async function trace(records: unknown[], options = {}): Promise<{ event: PlanEvent; read: number }[]> {
  let read = 0;
  async function* source() {
    for (const record of records) {
      read++;
      yield record;
    }
  }
  const out: { event: PlanEvent; read: number }[] = [];
  for await (const event of planPayloadStream(source(), options)) out.push({ event, read });
  return out;
}

describe('planPayloadStream', () => {
  it('yields a full batch before reading the record after it', async () => {
    const events = await trace(dailies(5), { batchSize: 2 });
    expect(events.map(({ event, read }) => [event.kind === 'payload' ? event.planned.indices : [], read])).toEqual([
      [[0, 1], 2],
      [[2, 3], 4],
      [[4], 5],
    ]);
  });

  it('yields a rejection before reading the next record', async () => {
    const events = await trace([daily(), time({ total_minutes: 'x' }), daily({ studentid: '2' })]);
    expect(events.map(({ event, read }) => [event.kind, read])).toEqual([
      ['rejected', 2],
      ['payload', 3],
    ]);
    const first = events[0]?.event;
    expect(first?.kind === 'rejected' && first.rejected.diagnostics.map((d) => [d.code, d.path])).toEqual([['minutes-range', '/1/total_minutes']]);
  });

  it('with sorted input, yields a student-day when the next student-day begins, holding one open at a time', async () => {
    const records = [meeting({ studentid: '1' }), meeting({ studentid: '1', ccid: '2', periodid: '2', start_time: 40000, end_time: 41000 }), meeting({ studentid: '2' }), meeting({ studentid: '3' })];
    const events = await trace(records, { sorted: true });
    expect(events.map(({ event, read }) => [event.kind === 'payload' ? event.planned.indices : [], read])).toEqual([
      [[0, 1], 3],
      [[2], 4],
      [[3], 4],
    ]);
  });

  it('without sorted, holds every student-day to the end', async () => {
    const events = await trace([meeting({ studentid: '1' }), meeting({ studentid: '2' })]);
    expect(events.map(({ read }) => read)).toEqual([2, 2]);
  });

  it('throws PlanOrderError at the out-of-order record after yielding what came before', async () => {
    const seen: PlanEvent[] = [];
    const run = async () => {
      for await (const event of planPayloadStream([meeting({ studentid: '2' }), meeting({ studentid: '3' }), meeting({ studentid: '1' })], { sorted: true })) seen.push(event);
    };
    await expect(run()).rejects.toBeInstanceOf(PlanOrderError);
    expect(seen.map((e) => (e.kind === 'payload' ? e.planned.indices : []))).toEqual([[0]]);
  });

  it('accepts a plain iterable', async () => {
    const events: PlanEvent[] = [];
    for await (const event of planPayloadStream(dailies(3))) events.push(event);
    expect(events.map((e) => (e.kind === 'payload' ? e.planned.indices : []))).toEqual([[0, 1, 2]]);
  });

  it('rejects a bad batch size on the first next()', async () => {
    await expect(planPayloadStream([], { batchSize: 500 }).next()).rejects.toBeInstanceOf(RangeError);
  });
});
