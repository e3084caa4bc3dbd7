import { describe, expect, it } from 'vitest';
import { planPayloads } from '../../src/batch/plan-payloads.js';
import { planPayloadStream } from '../../src/batch/plan-payload-stream.js';
import { daily, meeting } from './records.js';

// Issue 13 (10e): the planners take hostile values like validate() does: the record is rejected with a
// payload-shape diagnostic pointing at it, and every other record is planned as usual.
const ownKeysThrows = (target: object) => new Proxy(target, { ownKeys: () => { throw new Error('no keys for you'); } });
const getThrows = (target: object) => new Proxy(target, { get: () => { throw new Error('no reading'); } });
// Answers normally `reads` times, then throws on every read: passes its own check, fails later.
function throwsAfter(target: Record<string, unknown>, reads: number): object {
  let left = reads;
  return new Proxy(target, { get: (t, key) => { if (left-- <= 0) throw new Error('changed its mind'); return t[key as string]; } });
}

const rejectionOf = (records: unknown[], index: number) => {
  const plan = planPayloads(records);
  const rejected = plan.rejected.find((r) => r.index === index);
  return { plan, rejected };
};

describe('planPayloads with hostile records', () => {
  it.each([
    ['a Proxy whose ownKeys throws (no mode)', ownKeysThrows({})],
    ['a Proxy whose ownKeys throws (a Daily record)', ownKeysThrows(daily({ studentid: '7' }))],
    ['a Proxy whose ownKeys throws (a Meeting record)', ownKeysThrows(meeting())],
    ['a Proxy whose get throws', getThrows(daily({ studentid: '7' }))],
  ])('rejects %s with payload-shape at its index and plans the rest', (_name, hostile) => {
    const records = [daily({ studentid: '1' }), hostile, daily({ studentid: '2' })];
    const { plan, rejected } = rejectionOf(records, 1);
    expect(rejected?.diagnostics.map((d) => `${d.code} ${d.path}`)).toEqual(['payload-shape /1']);
    expect(rejected?.record).toBe(hostile);
    expect(plan.payloads.flatMap((p) => p.indices)).toEqual([0, 2]);
  });

  it('rejects a Meeting record that throws after passing its own check, instead of throwing', () => {
    let reads = 0;
    // Count how many reads the check takes, then let it fail on the next one.
    const counting = new Proxy(meeting(), { get: (t, key) => { reads++; return (t as Record<string, unknown>)[key as string]; } });
    planPayloads([counting]);
    for (const allowed of [Math.floor(reads / 2), reads - 2, reads - 1]) {
      const hostile = throwsAfter(meeting(), allowed);
      const { plan } = rejectionOf([meeting({ ccid: '999', periodid: '9', start_time: 80000, end_time: 81000 }), hostile], 1);
      expect(plan.rejected.map((r) => r.index)).toContain(1);
      expect(plan.payloads.flatMap((p) => p.indices)).toEqual([0]);
    }
  });

  it('planPayloadStream rejects it too', async () => {
    const events = [];
    for await (const event of planPayloadStream([ownKeysThrows({}), daily({ studentid: '1' })])) events.push(event);
    expect(events.map((e) => e.kind)).toEqual(['rejected', 'payload']);
  });
});
