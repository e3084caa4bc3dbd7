import { describe, expect, it } from 'vitest';
import type { EndpointId } from '../../src/endpoints.js';
import { validate } from '../../src/validate.js';
import { messageOf } from './message-of.js';

// Rules that explain different mistakes differently (a datetime, an ambiguous US date, an impossible
// date…) must put each input in the right kind of explanation. These tests compare the shape of
// messages (the offending value and every number masked), never their wording: two inputs of one
// kind get the same shape, inputs of different kinds different shapes.

const daily = { studentid: '4242', att_date: '2025-09-02', schoolid: '100', yearid: '35', att_mode_code: 'ATT_ModeDaily', attendance_codeid: '12' };
const meeting = { ...daily, att_mode_code: 'ATT_ModeMeeting', ccid: '1', periodid: '2', start_time: 29400, end_time: 32400 };
const one = (attendance: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({ ...extra, record: [{ tables: { attendance } }] });
const without = (object: Record<string, unknown>, key: string) => Object.fromEntries(Object.entries(object).filter(([k]) => k !== key));

/** The message with the given strings replaced by a placeholder and every number masked. */
const shape = (message: string, ...values: string[]): string => values.reduce((m, v) => m.split(v).join('‹›'), message).replace(/\d+/g, '#');

describe('date-format: datetime, ambiguous, impossible, other', () => {
  const kind = (value: string) => shape(messageOf(one({ ...daily, att_date: value }), 'daily_time', 'date-format'), value);
  const suggests = (value: string, date: string) => messageOf(one({ ...daily, att_date: value }), 'daily_time', 'date-format').includes(`"${date}"`);

  it('a datetime gets its date suggested; anything else that merely contains a date does not', () => {
    for (const value of ['2031-01-05T08:00:00Z', '2031-01-05 08:00', '2031-01-05T']) expect(suggests(value, '2031-01-05'), value).toBe(true);
    for (const value of ['x2031-01-05T08:00', '2031-01-05X08:00', '2031-01-5T08:00', '2031-1-05T08:00', '231-01-05T08:00', 'abcd-01-05T08', '2031-ab-05T08', '2031-01-abT08']) {
      expect(suggests(value, value.slice(0, 10)), value).toBe(false);
    }
  });

  it('day/month orders are called ambiguous; look-alikes get the general explanation', () => {
    const ambiguous = kind('12/31/2031');
    const general = kind('soon');
    const impossible = kind('2031-02-30');
    expect(new Set([ambiguous, general, impossible]).size).toBe(3);
    for (const value of ['1/2/2031', '12.31.2031', '12-31-2031', '1/22/2031']) expect(kind(value), value).toBe(ambiguous);
    for (const value of ['x12/31/2031', '12/31/2031x', '123/31/2031', '12/311/2031', '12/31/20311', '12/31/203', 'a/31/2031', '12/b/2031', '12/31/abcd', '12_31/2031', '12/31_2031']) {
      expect(kind(value), value).toBe(general);
    }
  });

  it('a well-formed date that does not exist is called impossible, by its month or by its day; malformed ones are not', () => {
    const impossibleDay = kind('2031-04-31');
    const impossibleMonth = kind('2031-13-01');
    expect(impossibleMonth).not.toBe(impossibleDay);
    for (const value of ['2031-04-00', '2032-04-99']) expect(kind(value), value).toBe(impossibleDay);
    expect(kind('2031-02-29')).toBe(kind('2033-02-29'));
    expect(kind('2031-02-29')).not.toBe(kind('2031-02-30'));
    for (const value of ['2031-00-10', '2031-99-01']) expect(kind(value), value).toBe(impossibleMonth);
    for (const value of ['x2031-04-31', '2031-02-30x', '2031-2-30', '203-02-30', '2031-02-3', 'abcd-02-30', '2031-ab-30', '2031-02-ab']) {
      expect(kind(value), value).not.toBe(impossibleDay);
      expect(kind(value), value).not.toBe(impossibleMonth);
    }
  });
});

describe('field-type: string or integer expected, fixable or not', () => {
  const kind = (attendance: Record<string, unknown>, field: string, endpoint: EndpointId) => shape(messageOf(one(attendance), endpoint, 'field-type'), field);

  it('says whether a string or an integer is expected', () => {
    expect(kind({ ...daily, att_comment: true }, 'att_comment', 'daily_time')).not.toBe(kind({ ...meeting, start_time: true }, 'start_time', 'meeting_interval'));
    expect(kind({ ...daily, att_comment: true }, 'att_comment', 'daily_time')).toBe(kind({ ...daily, schoolid: true }, 'schoolid', 'daily_time'));
  });

  it('offers the repair only when it is lossless', () => {
    expect(kind({ ...daily, studentid: 9007199254740991 }, 'studentid', 'daily_time')).not.toBe(kind({ ...daily, studentid: 9007199254740992 }, 'studentid', 'daily_time'));
    expect(kind({ ...meeting, start_time: '29400' }, 'start_time', 'meeting_interval')).not.toBe(kind({ ...meeting, start_time: '029400' }, 'start_time', 'meeting_interval'));
    expect(messageOf(one({ ...daily, studentid: 4242 }), 'daily_time', 'field-type')).toContain('"4242"');
  });

  it('names the member, including name and att_mode_code', () => {
    expect(messageOf({ name: 5, ...one(daily) }, 'daily_time', 'field-type')).toMatch(/\bname\b/);
    expect(messageOf({ record: [{ name: 5, tables: { attendance: daily } }] }, 'daily_time', 'field-type')).toMatch(/\bname\b/);
    expect(messageOf(one({ ...daily, att_mode_code: 5 }), 'daily_time', 'field-type')).toContain('att_mode_code');
  });
});

describe('pattern and range rules name their field', () => {
  it.each([
    ['total_minutes', 'minutes-range', { ...daily, att_mode_code: 'ATT_ModeTime', total_minutes: '1441' }, 'daily_time'],
    ['att_interval', 'interval-format', { ...daily, att_mode_code: 'ATT_ModeInterval', att_interval: '0' }, 'meeting_interval'],
    ['att_date', 'date-format', { ...daily, att_date: 'soon' }, 'daily_time'],
    ['schoolid', 'id-format', { ...daily, schoolid: 'x' }, 'daily_time'],
    ['ccid', 'id-format', { ...meeting, ccid: 'x' }, 'meeting_interval'],
    ['start_time', 'time-range', { ...meeting, start_time: -1 }, 'meeting_interval'],
    ['end_time', 'time-range', { ...meeting, end_time: 1.5 }, 'meeting_interval'],
  ] as const)('%s (%s)', (field, code, attendance, endpoint) => {
    expect(messageOf(one(attendance), endpoint, code)).toContain(field);
  });

  it('minutes-range, interval-format and id-format explain different things', () => {
    const minutes = shape(messageOf(one({ ...daily, att_mode_code: 'ATT_ModeTime', total_minutes: 'x' }), 'daily_time', 'minutes-range'), 'total_minutes');
    const interval = shape(messageOf(one({ ...daily, att_mode_code: 'ATT_ModeInterval', att_interval: 'x' }), 'meeting_interval', 'interval-format'), 'att_interval');
    const id = shape(messageOf(one({ ...daily, schoolid: 'x' }), 'daily_time', 'id-format'), 'schoolid');
    expect(new Set([minutes, interval, id]).size).toBe(3);
  });
});

describe('unknown-field: where, what to do', () => {
  const at = (payload: unknown, endpoint: EndpointId = 'daily_time') => messageOf(payload, endpoint, 'unknown-field');

  it('says at which level the member is unknown', () => {
    expect(at({ zzzzzzzz: 1, ...one(daily) })).toContain('payload');
    expect(at({ record: [{ zzzzzzzz: 1, tables: { attendance: daily } }] })).toContain('record');
    expect(at({ record: [{ tables: { zzzzzzzz: 1, attendance: daily } }] })).toContain('tables');
    expect(at(one({ ...daily, zzzzzzzz: 1 }))).toContain('daily_time');
    const shapes = [
      at({ zzzzzzzz: 1, ...one(daily) }),
      at({ record: [{ zzzzzzzz: 1, tables: { attendance: daily } }] }),
      at({ record: [{ tables: { zzzzzzzz: 1, attendance: daily } }] }),
      at(one({ ...daily, zzzzzzzz: 1 })),
    ].map((m) => shape(m.replace(/Allowed: .*$/, ''), 'zzzzzzzz'));
    expect(new Set(shapes).size).toBe(4);
  });

  it('shows names of up to 40 characters whole and shortens longer ones', () => {
    const forty = 'q'.repeat(40);
    const longer = 'q'.repeat(41);
    expect(at(one({ ...daily, [forty]: 1 }))).toContain(JSON.stringify(forty));
    expect(at(one({ ...daily, [longer]: 1 }))).not.toContain(JSON.stringify(longer));
  });

  it('asks to rename a typo when the member it stands for is missing, not when it is there', () => {
    const missing = shape(at(one({ ...without(daily, 'studentid'), student_id: '4242' })));
    const present = shape(at(one({ ...daily, student_id: '4242' })));
    expect(missing).not.toBe(present);
  });

  it('only attendance columns belong to the other endpoint\'s model', () => {
    expect(at({ ccid: '1', ...one(daily) })).not.toContain('meeting_interval');
    expect(at(one({ ...daily, ccid: '1' }))).toContain('meeting_interval');
  });
});

describe('other explanations', () => {
  it('unknown-mode suggests a mode of another endpoint too', () => {
    expect(messageOf(one({ ...meeting, att_mode_code: 'ATT_MODEDAILY' }), 'meeting_interval', 'unknown-mode')).toContain('"ATT_ModeDaily"');
    expect(shape(messageOf(one({ ...daily, att_mode_code: 'xyz' }), 'daily_time', 'unknown-mode'), 'xyz')).not.toBe(
      shape(messageOf(one({ ...daily, att_mode_code: 'ATT_MODEDAIL' }), 'daily_time', 'unknown-mode'), 'ATT_MODEDAIL'),
    );
  });

  it('mode-endpoint names only the endpoints that take the mode', () => {
    const message = messageOf(one({ ...daily, att_mode_code: 'ATT_ModeMeeting' }), 'daily_time', 'mode-endpoint');
    expect(message).not.toContain('/ws/attendance/daily_time');
    expect(message).not.toContain('/ws/attendance/batch_daily_time');
  });

  it('unknown-endpoint suggests the closest endpoint id for a string, nothing for other values', () => {
    const payload = one(daily);
    expect(validate(payload, 'daily_tim' as EndpointId).diagnostics[0]?.message).toContain('"daily_time"');
    expect(validate(payload, 'zzzzzzzz' as EndpointId).diagnostics[0]?.message).not.toContain('"daily_time"');
    expect(validate(payload, 5 as unknown as EndpointId).diagnostics[0]?.message).not.toContain('"daily_time"');
  });

  it('time-order asks whether swapped times are swapped, not equal ones', () => {
    const swapped = shape(messageOf(one({ ...meeting, start_time: 32400, end_time: 29400 }), 'meeting_interval', 'time-order'));
    const equal = shape(messageOf(one({ ...meeting, start_time: 32400, end_time: 32400 }), 'meeting_interval', 'time-order'));
    expect(swapped).not.toBe(equal);
  });

  it('duplicate-record names the slot columns of the mode', () => {
    const interval = { ...daily, att_mode_code: 'ATT_ModeInterval', att_interval: '2' };
    const dup = (a: Record<string, unknown>, endpoint: EndpointId, b: Record<string, unknown> = a) =>
      messageOf({ record: [{ tables: { attendance: a } }, { tables: { attendance: b } }] }, endpoint, 'duplicate-record');
    expect(dup(meeting, 'meeting_interval', { ...meeting, start_time: 40000, end_time: 41000 })).toContain('ccid');
    expect(dup(interval, 'meeting_interval')).toContain('att_interval');
    expect(dup(daily, 'batch_daily_time')).toContain('program');
    expect(dup(daily, 'batch_daily_time')).not.toContain('ccid');
    expect(dup(interval, 'meeting_interval')).not.toContain('ccid');
  });

  it('payload-shape says an array is expected for record, an object elsewhere', () => {
    expect(messageOf({ record: 5 }, 'daily_time', 'payload-shape')).toContain('array');
    for (const payload of [5, { record: [{ tables: 5 }] }, { record: [{ tables: { attendance: 5 } }] }]) {
      expect(messageOf(payload, 'daily_time', 'payload-shape')).toContain('object');
    }
  });
});
