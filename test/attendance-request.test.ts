import { describe, expect, it } from 'vitest';
import { attendanceRequest, validate, type DailyTimeRecord } from '../src/index.js';

const record = (studentid: string): DailyTimeRecord => ({
  tables: { attendance: { studentid, att_date: '2025-09-02', schoolid: '100', yearid: '35', att_mode_code: 'ATT_ModeDaily', attendance_codeid: '12' } },
});

describe('attendanceRequest', () => {
  it('wraps a copy of the records in a payload that validates', () => {
    const records = ['4242', '4243'].map(record);
    const body = attendanceRequest('batch_daily_time', records);
    expect(body).toEqual({ record: records });
    expect(body.record).not.toBe(records);
    expect(validate(body, 'batch_daily_time')).toEqual({ valid: true, diagnostics: [] });
  });

  it('throws a RangeError for an empty array or a non-array at run time', () => {
    const none: DailyTimeRecord[] = [];
    expect(() => attendanceRequest('meeting_interval', none as never)).toThrow(new RangeError('attendanceRequest("meeting_interval"): a payload needs at least one record, but the array is empty.'));
    expect(() => attendanceRequest('daily_time', 'x' as never)).toThrow(/but the array is not an array\.$/);
  });
});
