import { describe, expect, it } from 'vitest';
import { validate } from '../../src/validate.js';
import type { EndpointId } from '../../src/endpoints.js';

// The fixes attached to diagnostics are data the CLI applies (`ps-attendance lint --fix`): each one
// must be exactly the lossless repair, and absent when no lossless repair exists.
const daily = { studentid: '4242', att_date: '2025-09-02', schoolid: '100', yearid: '35', att_mode_code: 'ATT_ModeDaily', attendance_codeid: '12' };
const meeting = { ...daily, att_mode_code: 'ATT_ModeMeeting', ccid: '1', periodid: '2', start_time: 29400, end_time: 32400 };
const one = (attendance: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({ ...extra, record: [{ tables: { attendance } }] });
const without = (object: Record<string, unknown>, key: string) => Object.fromEntries(Object.entries(object).filter(([k]) => k !== key));

function only(payload: unknown, endpoint: EndpointId) {
  const { diagnostics } = validate(payload, endpoint);
  expect(diagnostics).toHaveLength(1);
  const [d] = diagnostics;
  return { code: d!.code, path: d!.path, fix: d!.fix, recordIndex: d!.recordIndex };
}

describe('fixes', () => {
  it('an id sent as a safe non-negative integer is fixed to its string', () => {
    expect(only(one({ ...daily, studentid: 4242 }), 'daily_time')).toEqual({
      code: 'field-type',
      path: '/record/0/tables/attendance/studentid',
      fix: { kind: 'set', path: '/record/0/tables/attendance/studentid', value: '4242' },
      recordIndex: 0,
    });
    expect(only(one({ ...daily, att_mode_code: 'ATT_ModeTime', total_minutes: 0 }), 'daily_time').fix).toEqual({ kind: 'set', path: '/record/0/tables/attendance/total_minutes', value: '0' });
  });

  it('no fix for numbers that do not convert losslessly, for non-id strings, or for other types', () => {
    for (const value of [-1, 4.5, 2 ** 53, true, null, {}]) expect(only(one({ ...daily, studentid: value }), 'daily_time').fix).toBeUndefined();
    expect(only(one({ ...daily, att_comment: 5 }), 'daily_time').fix).toBeUndefined();
    expect(only(one({ ...daily, att_date: 20250902 }), 'daily_time').fix).toBeUndefined();
  });

  it('a time sent as a string of 1 to 6 digits without leading zeros is fixed to the integer', () => {
    expect(only(one({ ...meeting, start_time: '29400' }), 'meeting_interval').fix).toEqual({ kind: 'set', path: '/record/0/tables/attendance/start_time', value: 29400 });
    expect(only(one({ ...meeting, start_time: '0' }), 'meeting_interval').fix).toEqual({ kind: 'set', path: '/record/0/tables/attendance/start_time', value: 0 });
    for (const value of ['029400', '1234567', '29400.5', '', ' 1', null, true, [29400], ['0']]) {
      const d = only(one({ ...meeting, start_time: value }), 'meeting_interval');
      expect([d.code, d.fix]).toEqual(['field-type', undefined]);
    }
  });

  it('a member whose name differs only in case is renamed, unless the target is there already', () => {
    expect(only(one({ ...without(daily, 'studentid'), STUDENTID: '4242' }), 'daily_time')).toEqual({
      code: 'unknown-field',
      path: '/record/0/tables/attendance/STUDENTID',
      fix: { kind: 'rename', path: '/record/0/tables/attendance/STUDENTID', to: 'studentid' },
      recordIndex: 0,
    });
    expect(only(one({ ...daily, STUDENTID: '4242' }), 'daily_time').fix).toBeUndefined();
    expect(only(one({ ...without(daily, 'studentid'), student_id: '4242' }), 'daily_time').fix).toBeUndefined();
    expect(only({ RECORD: [], record: [{ tables: { attendance: daily } }] }, 'daily_time').fix).toBeUndefined();
    const renamed = validate({ Record: [{ tables: { attendance: daily } }] }, 'daily_time').diagnostics.find((d) => d.code === 'unknown-field');
    expect(renamed?.fix).toEqual({ kind: 'rename', path: '/Record', to: 'record' });
  });

  it('a name that is "ATTENDANCE" in another case is fixed; any other name is not', () => {
    expect(only(one(daily, { name: 'attendance' }), 'daily_time')).toEqual({ code: 'table-name', path: '/name', fix: { kind: 'set', path: '/name', value: 'ATTENDANCE' } });
    expect(only(one(daily, { name: 'Daily Attendance Automation' }), 'daily_time').fix).toBeUndefined();
    expect(only({ record: [{ name: 'Attendance', tables: { attendance: daily } }] }, 'daily_time')).toEqual({
      code: 'table-name',
      path: '/record/0/name',
      fix: { kind: 'set', path: '/record/0/name', value: 'ATTENDANCE' },
      recordIndex: 0,
    });
  });
});
