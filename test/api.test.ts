import { describe, expect, it } from 'vitest';
import {
  AttendanceContractError,
  assertValid,
  detectEndpoint,
  endpoints,
  isBatchDailyTimeRequest,
  isDailyTimeRequest,
  isMeetingIntervalRequest,
  validate,
} from '../src/index.js';
import { dailyAttendance, meetingAttendance, payloadOf } from '../src/rules/examples.js';

const interval = meetingAttendance({ att_mode_code: 'ATT_ModeInterval', att_interval: '1', start_time: undefined, end_time: undefined });

describe('endpoints', () => {
  it('reads paths, modes and record limits from the schemas', () => {
    expect(endpoints.daily_time).toMatchObject({ path: '/ws/attendance/daily_time', minRecords: 1, maxRecords: 1, modes: ['ATT_ModeDaily', 'ATT_ModeTime'] });
    expect(endpoints.batch_daily_time).toMatchObject({ path: '/ws/attendance/batch_daily_time', maxRecords: 200, modes: ['ATT_ModeDaily', 'ATT_ModeTime'] });
    expect(endpoints.meeting_interval).toMatchObject({ path: '/ws/attendance/meeting_interval', maxRecords: null, modes: ['ATT_ModeMeeting', 'ATT_ModeInterval'] });
  });
});

describe('detectEndpoint', () => {
  it('picks daily_time for one Daily/Time record and batch_daily_time for more', () => {
    expect(detectEndpoint(payloadOf(dailyAttendance()))).toBe('daily_time');
    expect(detectEndpoint(payloadOf(dailyAttendance(), dailyAttendance({ att_mode_code: 'ATT_ModeTime' })))).toBe('batch_daily_time');
  });

  it('picks meeting_interval for Meeting and Interval records, mixed or not', () => {
    expect(detectEndpoint(payloadOf(meetingAttendance(), interval))).toBe('meeting_interval');
  });

  it('ignores unknown modes when known ones decide', () => {
    expect(detectEndpoint(payloadOf(meetingAttendance({ att_mode_code: 'ATT_ModeMeting' }), interval))).toBe('meeting_interval');
  });

  it('is undefined when ambiguous or unknown', () => {
    expect(detectEndpoint(payloadOf(dailyAttendance(), meetingAttendance()))).toBeUndefined();
    expect(detectEndpoint(payloadOf(dailyAttendance({ att_mode_code: 'daily' })))).toBeUndefined();
    expect(detectEndpoint({ record: [] })).toBeUndefined();
    for (const value of [undefined, null, 3, 'x', [], { record: 'x' }, { record: [null, 1] }]) expect(detectEndpoint(value)).toBeUndefined();
  });

  it('never throws on hostile input', () => {
    const trap = new Proxy({}, { get() { throw new Error('trap'); }, has() { throw new Error('trap'); }, getOwnPropertyDescriptor() { throw new Error('trap'); } });
    expect(detectEndpoint(trap)).toBeUndefined();
    expect(detectEndpoint({ record: [trap] })).toBeUndefined();
  });
});

describe('assertValid', () => {
  it('returns for a valid payload, even with warnings', () => {
    expect(() => assertValid({ name: 'Automation', ...payloadOf(dailyAttendance()) }, 'daily_time')).not.toThrow();
  });

  it('throws an AttendanceContractError carrying the diagnostics and naming code and path', () => {
    let caught: unknown;
    try {
      assertValid(payloadOf(dailyAttendance({ att_mode_code: 'ATT_ModeTime' })), 'daily_time');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(AttendanceContractError);
    const error = caught as AttendanceContractError;
    expect(error.endpoint).toBe('daily_time');
    expect(error.diagnostics.map((d) => [d.code, d.path])).toEqual([['mode-required-field', '/record/0/tables/attendance/total_minutes']]);
    expect(error.message).toContain('mode-required-field at /record/0/tables/attendance/total_minutes');
  });
});

describe('type guards', () => {
  it('accept exactly the valid payloads of their endpoint', () => {
    const one = payloadOf(dailyAttendance());
    expect([isDailyTimeRequest(one), isBatchDailyTimeRequest(one), isMeetingIntervalRequest(one)]).toEqual([true, true, false]);
    const meeting = payloadOf(meetingAttendance());
    expect([isDailyTimeRequest(meeting), isBatchDailyTimeRequest(meeting), isMeetingIntervalRequest(meeting)]).toEqual([false, false, true]);
  });
});

describe('diagnostic data', () => {
  it('carries the record index and orders findings by record', () => {
    const result = validate(payloadOf(dailyAttendance({ yearid: 35 }), dailyAttendance({ studentid: '' })), 'batch_daily_time');
    expect(result.diagnostics.map((d) => [d.code, d.recordIndex])).toEqual([['field-type', 0], ['id-format', 1]]);
  });

  it('offers lossless fixes: integer to decimal string, decimal string to integer, case-only rename', () => {
    const fixes = (payload: unknown, endpoint: 'daily_time' | 'meeting_interval') => validate(payload, endpoint).diagnostics.map((d) => d.fix);
    expect(fixes(payloadOf(dailyAttendance({ studentid: 4242 })), 'daily_time')).toEqual([{ kind: 'set', path: '/record/0/tables/attendance/studentid', value: '4242' }]);
    expect(fixes(payloadOf(meetingAttendance({ start_time: '29400' })), 'meeting_interval')).toEqual([{ kind: 'set', path: '/record/0/tables/attendance/start_time', value: 29400 }]);
    const renamed = validate(payloadOf({ ...dailyAttendance({ studentid: undefined }), StudentID: '4242' }), 'daily_time').diagnostics;
    expect(renamed.find((d) => d.code === 'unknown-field')?.fix).toEqual({ kind: 'rename', path: '/record/0/tables/attendance/StudentID', to: 'studentid' });
  });

  it('offers no fix where it would lose information or collide', () => {
    const fixOf = (payload: unknown, endpoint: 'daily_time' | 'meeting_interval', code: string) =>
      validate(payload, endpoint).diagnostics.find((d) => d.code === code)?.fix;
    expect(fixOf(payloadOf(dailyAttendance({ studentid: 4242.5 })), 'daily_time', 'field-type')).toBeUndefined();
    expect(fixOf(payloadOf(dailyAttendance({ studentid: -1 })), 'daily_time', 'field-type')).toBeUndefined();
    expect(fixOf(payloadOf(meetingAttendance({ start_time: '08:10' })), 'meeting_interval', 'field-type')).toBeUndefined();
    expect(fixOf(payloadOf(meetingAttendance({ start_time: '029400' })), 'meeting_interval', 'field-type')).toBeUndefined();
    expect(fixOf(payloadOf({ ...dailyAttendance(), STUDENTID: '4243' }), 'daily_time', 'unknown-field')).toBeUndefined();
    expect(fixOf(payloadOf({ ...dailyAttendance({ studentid: undefined }), student_id: '1' }), 'daily_time', 'unknown-field')).toBeUndefined();
  });

  it('names the closest field, mode or endpoint in the message', () => {
    const message = (payload: unknown, endpoint: 'daily_time' | 'meeting_interval') => validate(payload, endpoint).diagnostics.map((d) => d.message).join('\n');
    expect(message(payloadOf({ ...dailyAttendance({ studentid: undefined }), student_id: '1' }), 'daily_time')).toContain('"studentid"');
    expect(message(payloadOf(dailyAttendance({ att_mode_code: 'ATT_ModeDialy' })), 'daily_time')).toContain('"ATT_ModeDaily"');
    expect(message(payloadOf(meetingAttendance()), 'daily_time')).toContain('/ws/attendance/meeting_interval');
    expect(message(payloadOf(dailyAttendance({ ccid: '1' })), 'daily_time')).toContain('meeting_interval');
  });

  it('says how many batches an oversized batch needs', () => {
    const records = Array.from({ length: 450 }, (_, i) => dailyAttendance({ studentid: String(i + 1) }));
    const [diagnostic] = validate(payloadOf(...records), 'batch_daily_time').diagnostics;
    expect(diagnostic).toMatchObject({ code: 'record-count', path: '/record' });
    expect(diagnostic?.message).toContain('3 payloads');
  });

  it('reports one diagnostic for a wrong mode, not a cascade', () => {
    const wrong = payloadOf(meetingAttendance({ total_minutes: 'x', bogus: 1 }));
    expect(validate(wrong, 'batch_daily_time').diagnostics.map((d) => d.code)).toEqual(['mode-endpoint']);
  });
});
