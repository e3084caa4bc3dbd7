import { describe, expect, it } from 'vitest';
import { validate } from '../../src/index.js';
import { planPayloads } from '../../src/batch/plan-payloads.js';
import { PlanOrderError } from '../../src/batch/plan-order-error.js';
import { checkRecord } from '../../src/batch/check-record.js';
import { dailies, daily, interval, meeting, time } from './records.js';

const sizes = (records: unknown[], batchSize?: number) =>
  planPayloads(records, batchSize === undefined ? {} : { batchSize }).payloads.map((p) => p.payload.record.length);

describe('planPayloads: Daily/Time batching', () => {
  it('puts exactly 200 records in one batch_daily_time payload', () => {
    expect(sizes(dailies(200))).toEqual([200]);
  });

  it('splits 201 records into 200 + 1 and 400 into 200 + 200', () => {
    expect(sizes(dailies(201))).toEqual([200, 1]);
    expect(sizes(dailies(400))).toEqual([200, 200]);
  });

  it('honours a smaller batch size', () => {
    expect(sizes(dailies(120), 50)).toEqual([50, 50, 20]);
    expect(sizes(dailies(3), 1)).toEqual([1, 1, 1]);
  });

  it.each([0, 201, 1.5, Number.NaN])('refuses batch size %s with a RangeError', (batchSize) => {
    expect(() => planPayloads([], { batchSize })).toThrow(RangeError);
  });

  it('mixes Daily and Time records in one batch, in input order, with their input indices', () => {
    const records = [daily({ studentid: '1' }), time({ studentid: '2' }), daily({ studentid: '3' })];
    const [planned, ...rest] = planPayloads(records).payloads;
    expect(rest).toEqual([]);
    expect(planned?.endpoint).toBe('batch_daily_time');
    expect(planned?.payload.record.map((r) => r.tables.attendance)).toEqual(records);
    expect(planned?.indices).toEqual([0, 1, 2]);
  });

  it('returns no payload and no rejection for no input', () => {
    expect(planPayloads([])).toEqual({ payloads: [], rejected: [] });
  });

  it('accepts any iterable, such as a generator', () => {
    function* gen() {
      yield* dailies(5);
    }
    expect(planPayloads(gen(), { batchSize: 2 }).payloads.map((p) => p.indices)).toEqual([[0, 1], [2, 3], [4]]);
  });
});

describe('planPayloads: Meeting/Interval grouping', () => {
  it('makes one meeting_interval payload per student and day, keeping input order, for interleaved students', () => {
    const records = [
      meeting({ studentid: '1' }),
      meeting({ studentid: '2' }),
      interval({ studentid: '1' }),
      meeting({ studentid: '1', att_date: '2025-09-03' }),
      meeting({ studentid: '2', ccid: '88121', periodid: '1502', start_time: 32700, end_time: 35700 }),
    ];
    const { payloads } = planPayloads(records);
    expect(payloads.map((p) => [p.endpoint, p.indices])).toEqual([
      ['meeting_interval', [0, 2]],
      ['meeting_interval', [1, 4]],
      ['meeting_interval', [3]],
    ]);
    expect(payloads.map((p) => (p.endpoint === 'meeting_interval' ? [p.studentid, p.att_date] : []))).toEqual([
      ['1', '2025-09-02'],
      ['2', '2025-09-02'],
      ['1', '2025-09-03'],
    ]);
  });

  it('treats studentid "0042" and "42" as one student, as the mixed-student rule does', () => {
    const { payloads } = planPayloads([meeting({ studentid: '0042' }), interval({ studentid: '42' })]);
    expect(payloads.map((p) => p.indices)).toEqual([[0, 1]]);
    expect(payloads[0]?.endpoint === 'meeting_interval' && payloads[0].studentid).toBe('42');
  });

  it('completes the Daily/Time batch before the student-days at the end of the input', () => {
    const { payloads } = planPayloads([meeting(), daily(), interval({ studentid: '7' })]);
    expect(payloads.map((p) => p.endpoint)).toEqual(['batch_daily_time', 'meeting_interval', 'meeting_interval']);
  });

  it('produces payloads that validate() accepts', () => {
    const records = [...dailies(250), meeting(), interval(), meeting({ studentid: '9' }), time()];
    for (const { endpoint, payload } of planPayloads(records).payloads) expect(validate(payload, endpoint).valid).toBe(true);
  });
});

describe('planPayloads: rejected records', () => {
  it('rejects an invalid record with diagnostics pointing into the input list', () => {
    const records = [daily(), daily({ studentid: '2' }), time({ total_minutes: undefined }), meeting({ end_time: 100 })];
    const { payloads, rejected } = planPayloads(records);
    expect(payloads.flatMap((p) => p.indices)).toEqual([0, 1]);
    expect(rejected.map((r) => r.index)).toEqual([2, 3]);
    expect(rejected[0]?.record).toBe(records[2]);
    expect(rejected[0]?.diagnostics.map((d) => [d.code, d.path, d.recordIndex])).toEqual([['mode-required-field', '/2/total_minutes', 2]]);
    expect(rejected[1]?.diagnostics.map((d) => [d.code, d.path])).toEqual([['time-order', '/3/end_time']]);
  });

  it.each([
    ['a number', 42],
    ['null', null],
    ['an array', [daily()]],
    ['a string', 'ATT_ModeDaily'],
  ])('rejects %s as a record with payload-shape at the record', (_name, value) => {
    const { rejected } = planPayloads([daily(), value]);
    expect(rejected.map((r) => [r.index, r.diagnostics.map((d) => [d.code, d.path])])).toEqual([[1, [['payload-shape', '/1']]]]);
  });

  it('rejects unknown and missing modes', () => {
    const { rejected } = planPayloads([daily({ att_mode_code: 'ATT_ModeDialy' }), daily({ att_mode_code: undefined })]);
    expect(rejected.map((r) => r.diagnostics.map((d) => [d.code, d.path]))).toEqual([
      [['unknown-mode', '/0/att_mode_code']],
      [['required-field', '/1/att_mode_code']],
    ]);
  });

  it('maps the path of a fix into the input list too', () => {
    const { rejected } = planPayloads([daily(), daily({ studentid: undefined, STUDENTID: '4242' })]);
    const fixes = rejected[0]?.diagnostics.flatMap((d) => (d.fix === undefined ? [] : [d.fix.path])) ?? [];
    expect(fixes.length).toBeGreaterThan(0);
    for (const path of fixes) expect(path.startsWith('/1/')).toBe(true);
  });

  it('points a diagnostic at the member under the record\'s input index', () => {
    expect(checkRecord(time({ total_minutes: undefined }), 12).diagnostics[0]?.path).toBe('/12/total_minutes');
  });

  it('checks a record of unknown mode that carries meeting members against meeting_interval', () => {
    expect(checkRecord(meeting({ att_mode_code: 'ATT_ModeMeting' }), 0).endpoint).toBe('meeting_interval');
    expect(checkRecord(daily({ att_mode_code: 'ATT_ModeDialy' }), 0).endpoint).toBe('batch_daily_time');
    expect(checkRecord(7, 0).endpoint).toBe('batch_daily_time');
  });

  it('rejects a Daily record carrying a meeting member (unknown-field), since it goes to batch_daily_time', () => {
    const { rejected } = planPayloads([daily({ ccid: '88120' })]);
    expect(rejected[0]?.diagnostics.map((d) => [d.code, d.path])).toEqual([['unknown-field', '/0/ccid']]);
  });
});

describe('planPayloads: cross-record rules', () => {
  it('keeps two records for one Daily slot in the batch and reports duplicate-record on the payload', () => {
    const { payloads, rejected } = planPayloads([daily(), daily({ attendance_codeid: '13' })]);
    expect(rejected).toEqual([]);
    expect(payloads[0]?.diagnostics.map((d) => [d.code, d.severity, d.path])).toEqual([['duplicate-record', 'warning', '/record/1']]);
  });

  it('reports meeting-overlap on the payload of the student-day', () => {
    const { payloads } = planPayloads([meeting(), meeting({ ccid: '88121', periodid: '1502', start_time: 30000, end_time: 33000 })]);
    expect(payloads[0]?.diagnostics.map((d) => d.code)).toEqual(['meeting-overlap']);
  });

  it('keeps a record with only warnings, with the warning on its payload', () => {
    const { payloads, rejected } = planPayloads([daily({ total_minutes: '30' })]);
    expect(rejected).toEqual([]);
    expect(payloads[0]?.diagnostics.map((d) => [d.code, d.path])).toEqual([['mode-unused-field', '/record/0/tables/attendance/total_minutes']]);
  });
});

describe('planPayloads: sorted input', () => {
  it('completes each student-day as soon as the next begins', () => {
    const records = [meeting({ studentid: '1' }), daily(), interval({ studentid: '1' }), meeting({ studentid: '2' }), meeting({ studentid: '10' })];
    const { payloads } = planPayloads(records, { sorted: true });
    expect(payloads.map((p) => p.indices)).toEqual([[0, 2], [3], [1], [4]]);
  });

  it('orders students as numbers and days as dates within a student', () => {
    const records = [meeting({ studentid: '9', att_date: '2025-09-03' }), meeting({ studentid: '10', att_date: '2025-09-01' }), meeting({ studentid: '10', att_date: '2025-09-02' })];
    expect(planPayloads(records, { sorted: true }).payloads).toHaveLength(3);
  });

  it('throws PlanOrderError naming the record that comes back to an earlier student-day', () => {
    const records = [meeting({ studentid: '1' }), meeting({ studentid: '2' }), daily(), interval({ studentid: '1' })];
    let caught: unknown;
    try {
      planPayloads(records, { sorted: true });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(PlanOrderError);
    expect((caught as PlanOrderError).index).toBe(3);
    expect((caught as PlanOrderError).previous).toEqual({ studentid: '2', att_date: '2025-09-02' });
  });

  it('does not let rejected or Daily/Time records break the order', () => {
    const records = [meeting({ studentid: '5' }), daily({ studentid: '1' }), meeting({ studentid: '1', end_time: 0 }), meeting({ studentid: '6' })];
    const { payloads, rejected } = planPayloads(records, { sorted: true });
    expect(rejected.map((r) => r.index)).toEqual([2]);
    expect(payloads.map((p) => p.indices)).toEqual([[0], [1], [3]]);
  });
});
