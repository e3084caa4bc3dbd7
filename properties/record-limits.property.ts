import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validate } from '../src/validate.js';
import { batchDailyTimeRequest, dailyTimeRecord, meetingIntervalRequest } from './arbitraries/index.js';
import { fcParams } from './fc-params.js';

const errors = (payload: unknown, endpoint: Parameters<typeof validate>[1]) =>
  validate(payload, endpoint)
    .diagnostics.filter((d) => d.severity === 'error')
    .map((d) => `${d.code} ${d.path}`);

describe('record limits', () => {
  it('a batch of exactly 200 records passes; one more record fails with record-count at /record', () => {
    fc.assert(
      fc.property(batchDailyTimeRequest({ minRecords: 200, maxRecords: 200 }), dailyTimeRecord(), (payload, extra) => {
        expect(payload.record).toHaveLength(200);
        expect(errors(payload, 'batch_daily_time')).toEqual([]);
        expect(errors({ ...payload, record: [...payload.record, extra] }, 'batch_daily_time')).toEqual(['record-count /record']);
      }),
      fcParams(8),
    );
  });

  it('batches of 1 to 200 pass, 201 to 260 fail', () => {
    fc.assert(
      fc.property(batchDailyTimeRequest({ minRecords: 1, maxRecords: 200 }), fc.integer({ min: 1, max: 60 }), (payload, more) => {
        expect(errors(payload, 'batch_daily_time')).toEqual([]);
        const over = [...payload.record, ...Array.from({ length: 201 - payload.record.length + more - 1 }, (_, i) => payload.record[i % payload.record.length])];
        expect(over.length).toBeGreaterThan(200);
        expect(errors({ ...payload, record: over }, 'batch_daily_time')).toEqual(['record-count /record']);
      }),
      fcParams(10),
    );
  });

  it('daily_time takes one record; the same records as two fail with record-count at /record', () => {
    fc.assert(
      fc.property(batchDailyTimeRequest({ minRecords: 2, maxRecords: 5 }), (payload) => {
        expect(errors({ record: payload.record.slice(0, 1) }, 'daily_time')).toEqual([]);
        expect(errors(payload, 'daily_time')).toEqual(['record-count /record']);
      }),
      fcParams(50),
    );
  });
});

describe('meeting_interval: one student, one day', () => {
  // From record `from` on, every record gets another student (or day): the first diagnostic is at `from`.
  const variants = fc.tuple(meetingIntervalRequest({ minRecords: 2, maxRecords: 8 }), fc.nat(), fc.constantFrom('studentid', 'att_date'), fc.boolean());

  it('a second student or day fails at the first offending record, and only at offending records', () => {
    fc.assert(
      fc.property(variants, ([payload, pick, field, rest]) => {
        const from = 1 + (pick % (payload.record.length - 1));
        const other = field === 'studentid' ? (payload.record[0]!.tables.attendance.studentid === '1' ? '2' : '1') : '1999-12-31';
        const offending = new Set<number>();
        const record = payload.record.map((r, i) => {
          if (i < from || (i > from && !rest)) return r;
          offending.add(i);
          return { ...r, tables: { attendance: { ...r.tables.attendance, [field]: other } } };
        });
        const code = field === 'studentid' ? 'mixed-student' : 'mixed-date';
        expect(errors({ ...payload, record }, 'meeting_interval')).toEqual([...offending].map((i) => `${code} /record/${i}/tables/attendance/${field}`));
      }),
      fcParams(100),
    );
  });
});
