import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validate } from '../src/validate.js';
import { batchDailyTimeRequest, dailyTimeRequest, meetingIntervalRequest, validPayload } from './arbitraries/index.js';
import { fcParams } from './fc-params.js';

const codesAndPaths = (payload: unknown, endpoint: Parameters<typeof validate>[1]) => validate(payload, endpoint).diagnostics.map((d) => `${d.code} ${d.path}`);

describe('valid arbitraries', () => {
  it('every generated payload validates with no diagnostic at all, on every endpoint', () => {
    fc.assert(
      fc.property(validPayload(), ({ endpoint, payload }) => {
        expect(codesAndPaths(payload, endpoint)).toEqual([]);
      }),
      fcParams(150),
    );
  });

  it('payloads drawn with fixed values and one mode still validate and keep the fixed values', () => {
    const fixed = { studentid: '4242', att_date: '2026-02-27', schoolid: '100' } as const;
    fc.assert(
      fc.property(batchDailyTimeRequest({ ...fixed, modes: ['ATT_ModeTime'], maxRecords: 30 }), (payload) => {
        expect(codesAndPaths(payload, 'batch_daily_time')).toEqual([]);
        for (const { tables } of payload.record) {
          expect(tables.attendance).toMatchObject({ ...fixed, yearid: '35', att_mode_code: 'ATT_ModeTime' });
        }
      }),
      fcParams(30),
    );
  });

  it('meeting_interval payloads of many records stay one student, one day, no overlap', () => {
    fc.assert(
      fc.property(meetingIntervalRequest({ minRecords: 10, maxRecords: 40 }), (payload) => {
        expect(codesAndPaths(payload, 'meeting_interval')).toEqual([]);
      }),
      fcParams(20),
    );
  });

  it('a daily_time payload is valid on batch_daily_time too (same model, 1 record)', () => {
    fc.assert(
      fc.property(dailyTimeRequest(), (payload) => {
        expect(codesAndPaths(payload, 'batch_daily_time')).toEqual([]);
      }),
      fcParams(50),
    );
  });
});
