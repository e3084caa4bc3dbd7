import { describe, expect, it } from 'vitest';
import { attendanceMatchers, toMatchAttendanceContract, type AttendanceMatcherResult } from '../../src/vitest/index.js';

expect.extend(attendanceMatchers);

const daily = { studentid: '4242', att_date: '2025-09-02', schoolid: '100', yearid: '35', att_mode_code: 'ATT_ModeDaily', attendance_codeid: '12' };
const valid = { record: [{ tables: { attendance: daily } }] };
const twoErrors = { record: [{ tables: { attendance: { ...daily, studentid: 4242, att_date: '09/02/2025' } } }] };
const warned = { name: 'Daily Attendance Automation', ...valid };

/** The failure message of a vitest assertion that must fail. */
function failureOf(assertion: () => void): string {
  try {
    assertion();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('the assertion passed, but it should have failed');
}

describe('expect(payload).toMatchAttendanceContract(endpoint) in vitest', () => {
  it('passes for a valid payload and fails for an invalid one', () => {
    expect(valid).toMatchAttendanceContract('daily_time');
    expect(twoErrors).not.toMatchAttendanceContract('daily_time');
    expect(() => expect(twoErrors).toMatchAttendanceContract('daily_time')).toThrow();
    expect(() => expect(valid).not.toMatchAttendanceContract('daily_time')).toThrow();
  });

  it('lists every diagnostic with its code and path in the failure message', () => {
    const message = failureOf(() => expect(twoErrors).toMatchAttendanceContract('daily_time'));
    expect(message).toContain('field-type at /record/0/tables/attendance/studentid');
    expect(message).toContain('date-format at /record/0/tables/attendance/att_date');
  });

  it('names the root as "" when the whole payload is wrong', () => {
    expect(failureOf(() => expect([]).toMatchAttendanceContract('meeting_interval'))).toContain('payload-shape at ""');
  });

  it('lets warnings pass unless maxWarnings says otherwise, and lists them with .not', () => {
    expect(warned).toMatchAttendanceContract('daily_time');
    expect(warned).not.toMatchAttendanceContract('daily_time', { maxWarnings: 0 });
    expect(failureOf(() => expect(warned).toMatchAttendanceContract('daily_time', { maxWarnings: 0 }))).toContain('table-name at /name');
    expect(failureOf(() => expect(warned).not.toMatchAttendanceContract('daily_time'))).toContain('table-name at /name');
  });

  it('works as an asymmetric matcher inside toEqual', () => {
    expect({ body: valid, status: 200 }).toEqual({ body: expect.toMatchAttendanceContract('daily_time'), status: 200 });
    expect({ body: twoErrors }).not.toEqual({ body: expect.toMatchAttendanceContract('daily_time') });
  });

  it('fails (does not throw from validate) for an unknown endpoint id', () => {
    const message = failureOf(() => expect(valid).toMatchAttendanceContract('daily' as 'daily_time'));
    expect(message).toContain('unknown-endpoint at ""');
  });

  it('rejects a maxWarnings that is not a number of 0 or more with a TypeError', () => {
    expect(() => expect(valid).toMatchAttendanceContract('daily_time', { maxWarnings: -1 })).toThrow(TypeError);
    expect(() => expect(valid).toMatchAttendanceContract('daily_time', { maxWarnings: Number.NaN })).toThrow(TypeError);
  });
});

// jest's expect.extend calls a matcher with `this` = its MatcherContext ({ isNot, promise, equals,
// utils, … }) and requires { pass, message: () => string }; jest inverts `pass` itself for .not.
describe('the matcher contract jest relies on', () => {
  const jestThis = (isNot: boolean) => ({ isNot, promise: '', equals: () => false, utils: {}, expand: false, assertionCalls: 0 });
  const call = (isNot: boolean, payload: unknown): AttendanceMatcherResult =>
    attendanceMatchers.toMatchAttendanceContract.call(jestThis(isNot), payload, 'daily_time');

  it('returns pass and a message function, whatever isNot is (jest negates pass itself)', () => {
    for (const isNot of [false, true]) {
      expect(call(isNot, valid).pass).toBe(true);
      expect(call(isNot, twoErrors).pass).toBe(false);
      expect(typeof call(isNot, twoErrors).message).toBe('function');
    }
  });

  it('puts each diagnostic code and path in the message, and exposes them as actual', () => {
    const result = call(false, twoErrors);
    expect(result.message()).toContain('field-type at /record/0/tables/attendance/studentid');
    expect(result.actual).toEqual([
      { code: 'field-type', path: '/record/0/tables/attendance/studentid' },
      { code: 'date-format', path: '/record/0/tables/attendance/att_date' },
    ]);
  });

  it('explains a .not failure: a payload that matched', () => {
    const result = call(true, warned);
    expect(result.pass).toBe(true);
    expect(result.message()).toContain('table-name at /name');
  });

  it('works as a plain function without a this (destructured from the matcher object)', () => {
    expect(toMatchAttendanceContract.call(undefined, valid, 'daily_time').pass).toBe(true);
  });
});
