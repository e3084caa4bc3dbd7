import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findFirstOverlaps, type OverlapMeter, type TimedMeeting } from '../../src/rules/overlap-finder.js';
import { validate } from '../../src/validate.js';
import { fcParams } from '../../properties/fc-params.js';

// The cross-record rules (duplicate-record, meeting-overlap) must cost O(n log n) for n records of
// one student: issue 14 measured 40,000 meetings in one payload at 5.9 s with a scan per record.
// These tests pin the answers against the scan they replace, and the work done, counted, not timed.

/** The reference: for each meeting, the first earlier one that overlaps it and writes another slot. */
function scan(meetings: readonly TimedMeeting[]): number[] {
  return meetings.map((m, j) => meetings.findIndex((o, i) => i < j && o.start < m.end && m.start < o.end && o.slot !== m.slot));
}

const meeting = fc
  .record({ start: fc.integer({ min: 0, max: 60 }), length: fc.integer({ min: 1, max: 30 }), slot: fc.constantFrom('a', 'b', 'c') })
  .map(({ start, length, slot }) => ({ start, end: start + length, slot }));

describe('findFirstOverlaps', () => {
  it('finds the same first earlier overlap of another slot as a scan of every earlier meeting', () => {
    fc.assert(
      fc.property(fc.array(meeting, { maxLength: 80 }), (meetings) => {
        expect(findFirstOverlaps(meetings)).toEqual(scan(meetings));
      }),
      fcParams(300),
    );
  });

  it('agrees with the scan on a day of back-to-back meetings, in any order, with or without one moved onto another', () => {
    // The common payload (no overlap at all) is proven by one sort; one moved meeting must be found.
    const day = fc
      .array(fc.record({ gap: fc.integer({ min: 0, max: 600 }), length: fc.integer({ min: 1, max: 3_600 }), slot: fc.constantFrom('a', 'b', 'c') }), { minLength: 1, maxLength: 300 })
      .map((parts) => {
        let at = 28_800;
        return parts.map(({ gap, length, slot }) => ({ start: (at += gap), end: (at += length), slot }));
      });
    fc.assert(
      fc.property(day, fc.nat(), fc.option(fc.nat()), fc.boolean(), (meetings, seed, moved, shuffle) => {
        const all: TimedMeeting[] = shuffle ? [...meetings].sort((a, b) => ((a.start * 7919 + seed) % 97) - ((b.start * 7919 + seed) % 97)) : [...meetings];
        if (moved !== null && all.length > 1) {
          const target = all[moved % all.length] as TimedMeeting;
          all[(moved + 1) % all.length] = { start: target.start, end: target.end + 1, slot: 'z' };
        }
        expect(findFirstOverlaps(all)).toEqual(scan(all));
      }),
      fcParams(200),
    );
  });

  it('touching meetings do not overlap; the same slot never counts', () => {
    expect(findFirstOverlaps([{ start: 0, end: 10, slot: 'a' }, { start: 10, end: 20, slot: 'b' }])).toEqual([-1, -1]);
    expect(findFirstOverlaps([{ start: 0, end: 10, slot: 'a' }, { start: 5, end: 20, slot: 'a' }])).toEqual([-1, -1]);
    expect(findFirstOverlaps([{ start: 0, end: 10, slot: 'a' }, { start: 2, end: 3, slot: 'a' }, { start: 1, end: 4, slot: 'b' }])).toEqual([-1, -1, 0]);
  });

  // Every meeting overlaps every other (the worst case for a scan), all on one or two slots.
  const crowded = (n: number): TimedMeeting[] => Array.from({ length: n }, (_, i) => ({ start: i, end: n + i + 1, slot: i % 3 === 0 ? 'a' : 'b' }));
  const steps = (meetings: readonly TimedMeeting[]): number => {
    const meter: OverlapMeter = { steps: 0 };
    findFirstOverlaps(meetings, meter);
    return meter.steps;
  };

  it('does O(n log n) work: doubling the meetings a little more than doubles the nodes visited', () => {
    for (const n of [2_000, 8_000]) {
      const ratio = steps(crowded(2 * n)) / steps(crowded(n));
      // n log n doubles to 2.2x at these sizes; a scan per meeting would quadruple.
      expect(ratio).toBeGreaterThan(1.8);
      expect(ratio).toBeLessThan(2.4);
    }
    // And in absolute terms: at most a few dozen nodes per meeting, not thousands.
    expect(steps(crowded(16_000)) / 16_000).toBeLessThan(8 * Math.log2(32_000));
  });
});

describe('findFirstOverlaps over the times of a day (a thousand meetings and more)', () => {
  // From 1,024 meetings whose times are whole seconds of a day, the trees span the day directly.
  const dayMeeting = fc
    .record({ start: fc.integer({ min: 0, max: 86_399 }), length: fc.integer({ min: 1, max: 900 }), slot: fc.constantFrom('a', 'b', 'c', 'd') })
    .map(({ start, length, slot }) => ({ start, end: Math.min(86_400, start + length), slot }));
  // Crowded into one hour, so that most meetings overlap several others.
  const hourMeeting = fc
    .record({ start: fc.integer({ min: 28_800, max: 32_400 }), length: fc.integer({ min: 1, max: 300 }), slot: fc.constantFrom('a', 'b') })
    .map(({ start, length, slot }) => ({ start, end: start + length, slot }));

  it('finds the same first earlier overlap as the scan, on the day-spanning trees', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(dayMeeting, hourMeeting), { minLength: 1_024, maxLength: 1_300 }), (meetings) => {
        expect(findFirstOverlaps(meetings)).toEqual(scan(meetings));
      }),
      fcParams(15),
    );
  });

  it('falls back to ranked times when a time is outside the day or not whole, with the same answers', () => {
    fc.assert(
      fc.property(fc.array(hourMeeting, { minLength: 1_024, maxLength: 1_100 }), fc.constantFrom({ start: 86_000, end: 90_000.5, slot: 'z' }, { start: -5, end: 28_900, slot: 'z' }), (meetings, odd) => {
        const all = [...meetings.slice(0, 500), odd, ...meetings.slice(500)];
        expect(findFirstOverlaps(all)).toEqual(scan(all));
      }),
      fcParams(5),
    );
  });

  it('does linear work: the nodes visited per meeting do not grow with the count', () => {
    // Start times spread over the day: the ranked trees grew a level with each doubling of the
    // distinct times (40 nodes per meeting at 2,000, 56 at 64,000); the day-spanning trees do not.
    const spread = (n: number): TimedMeeting[] => Array.from({ length: n }, (_, i) => ({ start: (i * 37) % 84_000, end: ((i * 37) % 84_000) + 1_200, slot: String(i % 1_000) }));
    const perMeeting = (meetings: readonly TimedMeeting[]): number => {
      const meter: OverlapMeter = { steps: 0 };
      findFirstOverlaps(meetings, meter);
      return meter.steps / meetings.length;
    };
    const small = perMeeting(spread(2_000));
    for (const n of [8_000, 64_000]) expect(perMeeting(spread(n)) / small).toBeLessThan(1.02);
    // Bounded by four walks of the day's depth (17) per meeting, however crowded.
    for (const n of [2_000, 64_000]) expect(perMeeting(Array.from({ length: n }, (_, i) => ({ start: i, end: n + i + 1, slot: i % 3 === 0 ? 'a' : 'b' })))).toBeLessThanOrEqual(4 * 17);
  });
});

describe('validate() with thousands of records of one student', () => {
  const base = { studentid: '4242', att_date: '2025-09-02', schoolid: '100', yearid: '35', attendance_codeid: '3' };
  const meetings = (n: number) => ({
    record: Array.from({ length: n }, (_, i) => ({
      tables: { attendance: { ...base, att_mode_code: 'ATT_ModeMeeting', ccid: String(1 + (i % 500)), periodid: String(1 + Math.floor(i / 500)), start_time: (i * 7) % 80000, end_time: ((i * 7) % 80000) + 600 } },
    })),
  });

  it('reports each overlapping meeting once, against the first earlier meeting it overlaps', () => {
    const body = meetings(3_000);
    const expected = scan(body.record.map(({ tables: { attendance: a } }) => ({ start: a.start_time, end: a.end_time, slot: `${a.ccid}|${a.periodid}` })));
    const overlaps = validate(body, 'meeting_interval').diagnostics.filter((d) => d.code === 'meeting-overlap');
    expect(overlaps.map((d) => d.recordIndex)).toEqual(expected.flatMap((first, j) => (first === -1 ? [] : [j])));
    for (const d of overlaps) expect(d.message).toContain(`overlaps record ${expected[d.recordIndex ?? -1]},`);
  });

  it('reports a duplicate slot against the first record that wrote it, however many records the student has', () => {
    const n = 20_000;
    const records = Array.from({ length: n }, (_, i) => ({ tables: { attendance: { ...base, att_mode_code: 'ATT_ModeInterval', att_interval: String(1 + (i % (n / 2))) } } }));
    const duplicates = validate({ record: records }, 'meeting_interval').diagnostics.filter((d) => d.code === 'duplicate-record');
    expect(duplicates).toHaveLength(n / 2);
    expect(duplicates[0]).toMatchObject({ path: `/record/${n / 2}` });
    expect(duplicates[0]?.message).toContain('as record 0 ');
    expect(duplicates.at(-1)?.message).toContain(`as record ${n / 2 - 1} `);
  });
});
