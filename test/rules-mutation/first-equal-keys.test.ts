import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostic.js';
import type { AttendanceMode } from '../../src/endpoints.js';
import { cleanString, memberOf, normalizeId, type CheckContext, type RecordView } from '../../src/rules/check-context.js';
import { duplicateRecord } from '../../src/rules/duplicate-record.js';
import { firstEqualKeys, type KeyMeter } from '../../src/rules/first-equal-keys.js';
import { validate } from '../../src/validate.js';
import { fcParams } from '../../properties/fc-params.js';

// firstEqualKeys replaced a Map from key text (the parts joined with '|') to the first position
// writing it: the answers must be the Map's, and the work per key must not grow with the count.

/** The reference: a Map from each key's joined text to its first position. */
function byJoinedText(parts: readonly (string | undefined)[], width: number): number[] {
  const firsts = new Map<string, number>();
  const answers: number[] = [];
  for (let k = 0; k * width < parts.length - width + 1; k++) {
    const key = parts.slice(k * width, k * width + width);
    if (key[0] === undefined) {
      answers.push(-1);
      continue;
    }
    const text = key.filter((part) => part !== undefined).join('|');
    if (!firsts.has(text)) firsts.set(text, k);
    answers.push(firsts.get(text) as number);
  }
  return answers;
}

// Few distinct parts, '|' inside some of them (the joined texts of different parts can be equal),
// empty strings and missing parts.
const part = fc.option(fc.constantFrom('', '1', '01', '2', '1|2', '|', '2025-09-02', 'ATT_ModeDaily'), { nil: undefined, freq: 4 });

describe('firstEqualKeys', () => {
  it('gives the first position of each key text, as a Map from the joined text does', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }), fc.array(part, { maxLength: 120 }), (width, raw) => {
        const parts = raw.slice(0, raw.length - (raw.length % width));
        expect([...firstEqualKeys(parts, width)]).toEqual(byJoinedText(parts, width));
      }),
      fcParams(400),
    );
  });

  it('compares by text: parts split differently but joining to the same text are one key', () => {
    expect([...firstEqualKeys(['1|2', '3', '1', '2|3', '1', '2', '1', undefined], 2)]).toEqual([0, 0, 2, 3]);
    expect([...firstEqualKeys([undefined, 'x', 'a', undefined, 'a', 'x'], 2)]).toEqual([-1, 1, 2]);
  });

  it('does linear work: the table probes per key do not grow with the count', () => {
    // One student's Daily records, one per day: every key distinct, the shape of issue 14.
    const keysOf = (n: number): (string | undefined)[] =>
      Array.from({ length: n }, (_, i) => ['4242', new Date(Date.UTC(2000, 0, 1) + i * 86_400_000).toISOString().slice(0, 10), 'ATT_ModeDaily', '0', undefined]).flat();
    const perKey = (n: number): number => {
      const meter: KeyMeter = { probes: 0 };
      firstEqualKeys(keysOf(n), 5, meter);
      return meter.probes / n;
    };
    const small = perKey(1_000);
    expect(small).toBeLessThan(3);
    expect(perKey(100_000)).toBeLessThan(1.5 * small);
    // All keys equal: one probe each.
    const meter: KeyMeter = { probes: 0 };
    firstEqualKeys(Array.from({ length: 10_000 }, () => 'same'), 1, meter);
    expect(meter.probes).toBe(10_000);
  });
});

// The duplicate-record check it replaced: a map per student from slot key text to the first record.
function previousSlotKey(context: CheckContext, view: RecordView): string | undefined {
  const student = cleanString(context, view, 'studentid');
  const date = cleanString(context, view, 'att_date');
  if (student === undefined || date === undefined) return undefined;
  const id = (field: string, missing: string | undefined): string | undefined => {
    if (memberOf(context, view.attendance, field) === undefined) return missing;
    const value = cleanString(context, view, field);
    return value === undefined ? undefined : normalizeId(value);
  };
  let rest: string | undefined;
  if (view.mode === 'ATT_ModeMeeting') {
    const ccid = id('ccid', '');
    const periodid = id('periodid', '');
    rest = ccid === undefined || periodid === undefined ? undefined : `${ccid}|${periodid}`;
  } else rest = id(view.mode === 'ATT_ModeInterval' ? 'att_interval' : 'programid', view.mode === 'ATT_ModeInterval' ? undefined : '0');
  return rest === undefined ? undefined : `${normalizeId(student)}|${date}|${view.mode}|${rest}`;
}

function previousDuplicates(context: CheckContext): { index: number; first: number }[] {
  const firsts = new Map<string, number>();
  const found: { index: number; first: number }[] = [];
  for (const view of context.views) {
    const key = previousSlotKey(context, view);
    if (key === undefined) continue;
    const first = firsts.get(key);
    if (first === undefined) firsts.set(key, view.index);
    else found.push({ index: view.index, first });
  }
  return found;
}

const modes: readonly AttendanceMode[] = ['ATT_ModeDaily', 'ATT_ModeTime', 'ATT_ModeMeeting', 'ATT_ModeInterval'];
// Ids often absent (a missing programid is "0"), or undefined, or not strings.
const id = fc.constantFrom('1', '01', '2', '0', '1|2', 7, undefined);
const attendance = fc.record(
  {
    studentid: fc.constantFrom('4242', '04242', '4243', 4242),
    att_date: fc.constantFrom('2025-09-02', '2025-09-03'),
    programid: id,
    ccid: id,
    periodid: id,
    att_interval: id,
  },
  { requiredKeys: ['studentid', 'att_date'] },
);
// An inherited member: present for a plain read, absent for an own-member one (payload not plain).
const inherited = fc.constantFrom(undefined, { programid: '2' }, { ccid: '1' }, { att_interval: '1' });
const view = fc.record({ attendance, inherited, mode: fc.constantFrom(...modes), flagged: fc.subarray(['studentid', 'att_date', 'programid', 'ccid', 'periodid', 'att_interval']) });

describe('duplicate-record over firstEqualKeys', () => {
  it('reports the same records against the same first records as the map of slot key texts did', () => {
    fc.assert(
      fc.property(fc.array(view, { maxLength: 40 }), fc.boolean(), (drawn, plain) => {
        const views: RecordView[] = drawn.map((v, k) => ({
          index: 2 * k + 1,
          attendance: Object.assign(Object.create(v.inherited ?? Object.prototype) as Record<string, unknown>, v.attendance),
          mode: v.mode,
        }));
        const flagged = new Set(drawn.flatMap((v, k) => v.flagged.map((field) => `${2 * k + 1}/${field}`)));
        const reported: Diagnostic[] = [];
        const context: CheckContext = {
          endpoint: 'meeting_interval',
          payload: {},
          views,
          plain,
          isFlagged: (index, field) => flagged.has(`${index}/${field}`),
          report: (d) => reported.push(d),
        };
        duplicateRecord.check(context);
        const expected = previousDuplicates(context);
        expect(reported.map((d) => d.recordIndex)).toEqual(expected.map((e) => e.index));
        reported.forEach((d, i) => expect(d.message).toContain(`as record ${expected[i]?.first} `));
      }),
      fcParams(300),
    );
  });
});

describe('duplicate-record and own members', () => {
  it('an inherited programid is absent (program "0") unless the payload was proved plain', () => {
    const own = { studentid: '4242', att_date: '2025-09-02' };
    const withInherited = Object.assign(Object.create({ programid: '2' }) as Record<string, unknown>, own);
    const views: RecordView[] = [
      { index: 0, attendance: own, mode: 'ATT_ModeDaily' },
      { index: 1, attendance: withInherited, mode: 'ATT_ModeDaily' },
    ];
    const reportedFor = (plain: boolean): (number | undefined)[] => {
      const reported: Diagnostic[] = [];
      duplicateRecord.check({ endpoint: 'batch_daily_time', payload: {}, views, plain, isFlagged: () => false, report: (d) => reported.push(d) });
      return reported.map((d) => d.recordIndex);
    };
    expect(reportedFor(false)).toEqual([1]);
    expect(reportedFor(true)).toEqual([]);
  });
});

describe('meeting-overlap over slot numbers from firstEqualKeys', () => {
  // The slot was the text `${ccid}|${periodid}` (missing: ''); the rule now numbers slots instead.
  const meeting = fc.record(
    {
      ccid: fc.constantFrom('1', '01', '2', '12'),
      periodid: fc.constantFrom('1', '2', '21'),
      start_time: fc.integer({ min: 28_800, max: 30_000 }),
      length: fc.integer({ min: 1, max: 600 }),
    },
    { requiredKeys: ['start_time', 'length'] },
  );

  it('reports the same meetings against the same first overlap as a scan over slot texts', () => {
    fc.assert(
      fc.property(fc.array(meeting, { minLength: 1, maxLength: 60 }), (drawn) => {
        const body = {
          record: drawn.map(({ length, ...m }) => ({
            tables: { attendance: { studentid: '4242', att_date: '2025-09-02', schoolid: '100', yearid: '35', attendance_codeid: '3', att_mode_code: 'ATT_ModeMeeting', ...m, end_time: m.start_time + length } },
          })),
        };
        const spans = drawn.map((m) => ({ start: m.start_time, end: m.start_time + m.length, slot: `${m.ccid ?? ''}|${m.periodid ?? ''}` }));
        const expected = spans.map((m, j) => spans.findIndex((o, i) => i < j && o.start < m.end && m.start < o.end && o.slot !== m.slot));
        const overlaps = validate(body, 'meeting_interval').diagnostics.filter((d) => d.code === 'meeting-overlap');
        expect(overlaps.map((d) => d.recordIndex)).toEqual(expected.flatMap((first, j) => (first === -1 ? [] : [j])));
        for (const d of overlaps) expect(d.message).toContain(`overlaps record ${expected[d.recordIndex ?? -1]},`);
      }),
      fcParams(200),
    );
  });
});
