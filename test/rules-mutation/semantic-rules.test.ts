import { describe, expect, it } from 'vitest';
import type { EndpointId } from '../../src/endpoints.js';
import { validate } from '../../src/validate.js';

// Edge cases of the rules JSON Schema cannot express (src/rules/*): ids compare as numbers, values the
// schema already flagged are left alone, boundaries of times and overlaps, which modes each rule
// looks at. Each test states the behaviour the contract asks for and checks codes and paths.

const daily = { studentid: '4242', att_date: '2025-09-02', schoolid: '100', yearid: '35', att_mode_code: 'ATT_ModeDaily', attendance_codeid: '12' };
const time = { ...daily, att_mode_code: 'ATT_ModeTime', total_minutes: '45' };
const meeting = { ...daily, att_mode_code: 'ATT_ModeMeeting', ccid: '1', periodid: '2', start_time: 29400, end_time: 32400 };
const interval = { ...daily, att_mode_code: 'ATT_ModeInterval', att_interval: '2' };
const payload = (...tables: Record<string, unknown>[]) => ({ record: tables.map((attendance) => ({ tables: { attendance } })) });
const found = (body: unknown, endpoint: EndpointId) => validate(body, endpoint).diagnostics.map((d) => `${d.code} ${d.path}`);
const at = (i: number, field: string) => `/record/${i}/tables/attendance/${field}`;
const meetingAt = (i: number, start: number, end: number, extra: Record<string, unknown> = {}) => ({ ...meeting, ccid: String(100 + i), start_time: start, end_time: end, ...extra });

describe('mixed-student and mixed-date', () => {
  it('ids compare as numbers: leading zeros name the same student', () => {
    expect(found(payload(meeting, meetingAt(1, 33000, 34000, { studentid: '0004242' })), 'meeting_interval')).toEqual([]);
    expect(found(payload({ ...meeting, studentid: '0' }, meetingAt(1, 33000, 34000, { studentid: '000' })), 'meeting_interval')).toEqual([]);
    expect(found(payload({ ...meeting, studentid: '1' }, meetingAt(1, 33000, 34000, { studentid: '10' })), 'meeting_interval')).toEqual([`mixed-student ${at(1, 'studentid')}`]);
  });

  it('every differing record is reported against record 0, not only the first', () => {
    expect(found(payload(meeting, meetingAt(1, 33000, 34000, { studentid: '7' }), meetingAt(2, 35000, 36000), meetingAt(3, 37000, 38000, { studentid: '8' })), 'meeting_interval')).toEqual([
      `mixed-student ${at(1, 'studentid')}`,
      `mixed-student ${at(3, 'studentid')}`,
    ]);
    expect(found(payload(meeting, meetingAt(1, 33000, 34000, { att_date: '2025-09-03' }), meetingAt(2, 35000, 36000, { att_date: '2025-09-03' })), 'meeting_interval')).toEqual([
      `mixed-date ${at(1, 'att_date')}`,
      `mixed-date ${at(2, 'att_date')}`,
    ]);
  });

  it('a value the schema flagged is neither compared nor used as the reference', () => {
    expect(found(payload(meeting, meetingAt(1, 33000, 34000, { studentid: 'abc' })), 'meeting_interval')).toEqual([`id-format ${at(1, 'studentid')}`]);
    // Record 0's studentid is unusable: record 1 becomes the reference, record 2 differs from it.
    expect(found(payload({ ...meeting, studentid: 'x' }, meetingAt(1, 33000, 34000, { studentid: '5' }), meetingAt(2, 35000, 36000, { studentid: '6' })), 'meeting_interval')).toEqual([
      `id-format ${at(0, 'studentid')}`,
      `mixed-student ${at(2, 'studentid')}`,
    ]);
    expect(found(payload({ ...meeting, att_date: '2025-02-30' }, meetingAt(1, 33000, 34000, { att_date: '2025-09-03' })), 'meeting_interval')).toEqual([`date-format ${at(0, 'att_date')}`]);
  });

  it('only meeting_interval payloads must be one student on one day', () => {
    expect(found(payload(daily, { ...daily, studentid: '7', att_date: '2025-09-03' }), 'batch_daily_time')).toEqual([]);
  });

  it('interval records count too, and records with an unusable mode are skipped', () => {
    expect(found(payload(meeting, { ...interval, studentid: '7' }), 'meeting_interval')).toEqual([`mixed-student ${at(1, 'studentid')}`]);
    expect(found(payload(meeting, { ...meeting, att_mode_code: 'ATT_ModeDaily', studentid: '7' }), 'meeting_interval')).toEqual([`mode-endpoint ${at(1, 'att_mode_code')}`]);
  });
});

describe('time-order', () => {
  it('end_time equal to or before start_time is an error at end_time; one second after is fine', () => {
    expect(found(payload({ ...meeting, start_time: 30000, end_time: 30000 }), 'meeting_interval')).toEqual([`time-order ${at(0, 'end_time')}`]);
    expect(found(payload({ ...meeting, start_time: 30000, end_time: 29999 }), 'meeting_interval')).toEqual([`time-order ${at(0, 'end_time')}`]);
    expect(found(payload({ ...meeting, start_time: 30000, end_time: 30001 }), 'meeting_interval')).toEqual([]);
  });

  it('is left alone when a time is already wrong, and ignores interval records', () => {
    expect(found(payload({ ...meeting, start_time: 90000, end_time: 30000 }), 'meeting_interval')).toEqual([`time-range ${at(0, 'start_time')}`]);
    expect(found(payload({ ...meeting, start_time: 30000, end_time: -5 }), 'meeting_interval')).toEqual([`time-range ${at(0, 'end_time')}`]);
    expect(found(payload({ ...interval, start_time: 30000, end_time: 20000 }), 'meeting_interval')).toEqual([`mode-unused-field ${at(0, 'start_time')}`, `mode-unused-field ${at(0, 'end_time')}`]);
  });
});

describe('meeting-overlap', () => {
  it('overlapping meetings warn at the later one\'s start_time; touching ones do not', () => {
    expect(found(payload(meetingAt(0, 0, 10), meetingAt(1, 10, 20)), 'meeting_interval')).toEqual([]);
    expect(found(payload(meetingAt(0, 0, 10), meetingAt(1, 9, 20)), 'meeting_interval')).toEqual([`meeting-overlap ${at(1, 'start_time')}`]);
    expect(found(payload(meetingAt(0, 10, 20), meetingAt(1, 0, 11)), 'meeting_interval')).toEqual([`meeting-overlap ${at(1, 'start_time')}`]);
    expect(found(payload(meetingAt(0, 0, 100), meetingAt(1, 40, 50)), 'meeting_interval')).toEqual([`meeting-overlap ${at(1, 'start_time')}`]);
    expect(found(payload(meetingAt(0, 40, 50), meetingAt(1, 0, 100)), 'meeting_interval')).toEqual([`meeting-overlap ${at(1, 'start_time')}`]);
    expect(found(payload(meetingAt(0, 10, 20), meetingAt(1, 0, 10)), 'meeting_interval')).toEqual([]);
  });

  it('is checked against every earlier meeting, once per record', () => {
    expect(found(payload(meetingAt(0, 0, 10), meetingAt(1, 20, 30), meetingAt(2, 25, 40), meetingAt(3, 5, 35)), 'meeting_interval')).toEqual([
      `meeting-overlap ${at(2, 'start_time')}`,
      `meeting-overlap ${at(3, 'start_time')}`,
    ]);
  });

  it('the same ccid/periodid twice is a duplicate-record, not also an overlap', () => {
    expect(found(payload(meeting, { ...meeting, start_time: 30000 }), 'meeting_interval')).toEqual([`duplicate-record /record/1`]);
  });

  it('a zero-length meeting inside another is a time-order error, not also an overlap', () => {
    expect(found(payload(meetingAt(0, 0, 100), meetingAt(1, 50, 50)), 'meeting_interval')).toEqual([`time-order ${at(1, 'end_time')}`]);
  });

  it('interval records carrying times never overlap anything', () => {
    expect(found(payload(meetingAt(0, 0, 100), { ...interval, start_time: 10, end_time: 90 }), 'meeting_interval')).toEqual([`mode-unused-field ${at(1, 'start_time')}`, `mode-unused-field ${at(1, 'end_time')}`]);
  });

  it('ignores interval records, swapped times and times the schema flagged', () => {
    expect(found(payload(meetingAt(0, 0, 100), { ...interval }), 'meeting_interval')).toEqual([]);
    expect(found(payload(meetingAt(0, 0, 100), meetingAt(1, 50, 40)), 'meeting_interval')).toEqual([`time-order ${at(1, 'end_time')}`]);
    expect(found(payload(meetingAt(0, 0, 100), meetingAt(1, 50, 90000)), 'meeting_interval')).toEqual([`time-range ${at(1, 'end_time')}`]);
  });
});

describe('duplicate-record', () => {
  it('daily/time: same student, date, mode and program; a missing programid is "0"; ids compare as numbers', () => {
    expect(found(payload(daily, { ...daily, attendance_codeid: '13' }), 'batch_daily_time')).toEqual(['duplicate-record /record/1']);
    expect(found(payload(daily, { ...daily, programid: '0' }), 'batch_daily_time')).toEqual(['duplicate-record /record/1']);
    expect(found(payload({ ...daily, programid: '7' }, { ...daily, programid: '007', studentid: '04242' }), 'batch_daily_time')).toEqual(['duplicate-record /record/1']);
    expect(found(payload(daily, { ...daily, programid: '7' }), 'batch_daily_time')).toEqual([]);
    expect(found(payload(daily, time), 'batch_daily_time')).toEqual([]);
    expect(found(payload(daily, { ...daily, att_date: '2025-09-03' }), 'batch_daily_time')).toEqual([]);
    expect(found(payload(daily, { ...daily, studentid: '4243' }), 'batch_daily_time')).toEqual([]);
  });

  it('every later copy is reported, each against the first', () => {
    const result = validate(payload(time, time, { ...time, total_minutes: '50' }), 'batch_daily_time').diagnostics;
    expect(result.map((d) => [d.code, d.path, d.recordIndex])).toEqual([
      ['duplicate-record', '/record/1', 1],
      ['duplicate-record', '/record/2', 2],
    ]);
    for (const d of result) expect(d.message).toContain('record 0');
  });

  it('meeting: same ccid and periodid (missing ones count as equal); interval: same att_interval', () => {
    const noSection = { ...meeting, ccid: undefined, periodid: undefined };
    const strip = (a: Record<string, unknown>) => Object.fromEntries(Object.entries(a).filter(([, v]) => v !== undefined));
    expect(found(payload(strip(noSection), { ...strip(noSection), start_time: 40000, end_time: 41000 }), 'meeting_interval')).toEqual(['duplicate-record /record/1']);
    expect(found(payload(meeting, { ...meeting, periodid: '3', start_time: 40000, end_time: 41000 }), 'meeting_interval')).toEqual([]);
    expect(found(payload(interval, { ...interval, att_interval: '02' }), 'meeting_interval')).toEqual(['duplicate-record /record/1']);
    expect(found(payload(interval, { ...interval, att_interval: '3' }), 'meeting_interval')).toEqual([]);
    expect(found(payload(meeting, interval), 'meeting_interval')).toEqual([]);
  });

  it('records whose student, date, ccid or periodid the schema flagged are not compared, even when equal', () => {
    expect(found(payload({ ...daily, studentid: 'x' }, { ...daily, studentid: 'x' }), 'batch_daily_time')).toEqual([`id-format ${at(0, 'studentid')}`, `id-format ${at(1, 'studentid')}`]);
    expect(found(payload({ ...daily, att_date: '2025-02-30' }, { ...daily, att_date: '2025-02-30' }), 'batch_daily_time')).toEqual([`date-format ${at(0, 'att_date')}`, `date-format ${at(1, 'att_date')}`]);
    const second = { start_time: 40000, end_time: 41000 };
    expect(found(payload({ ...meeting, ccid: 'x' }, { ...meeting, ccid: 'x', ...second }), 'meeting_interval')).toEqual([`id-format ${at(0, 'ccid')}`, `id-format ${at(1, 'ccid')}`]);
    expect(found(payload({ ...meeting, periodid: 'x' }, { ...meeting, periodid: 'x', ...second }), 'meeting_interval')).toEqual([`id-format ${at(0, 'periodid')}`, `id-format ${at(1, 'periodid')}`]);
  });

  it('records with a flagged key column are not compared', () => {
    expect(found(payload(daily, { ...daily, programid: 'x' }), 'batch_daily_time')).toEqual([`id-format ${at(1, 'programid')}`]);
    expect(found(payload(interval, { ...interval, att_interval: '0' }), 'meeting_interval')).toEqual([`interval-format ${at(1, 'att_interval')}`]);
    expect(found(payload(meeting, { ...meeting, ccid: '', start_time: 40000, end_time: 41000 }), 'meeting_interval')).toEqual([`id-format ${at(1, 'ccid')}`]);
  });
});

describe('mode-unused-field', () => {
  it('warns for each column the record\'s mode ignores, and only those', () => {
    expect(found(payload({ ...daily, total_minutes: '45' }), 'daily_time')).toEqual([`mode-unused-field ${at(0, 'total_minutes')}`]);
    expect(found(payload({ ...meeting, att_interval: '2' }), 'meeting_interval')).toEqual([`mode-unused-field ${at(0, 'att_interval')}`]);
    expect(found(payload({ ...interval, start_time: 1, end_time: 2 }), 'meeting_interval')).toEqual([`mode-unused-field ${at(0, 'start_time')}`, `mode-unused-field ${at(0, 'end_time')}`]);
    expect(found(payload(time), 'daily_time')).toEqual([]);
  });
});

describe('att_mode_code of the wrong type', () => {
  it('is a field-type error at att_mode_code, for numbers, null, booleans, objects and arrays', () => {
    for (const value of [5, null, true, {}, ['ATT_ModeDaily']]) expect(found(payload({ ...daily, att_mode_code: value }), 'daily_time'), JSON.stringify(value)).toEqual([`field-type ${at(0, 'att_mode_code')}`]);
  });
});

describe('table-name', () => {
  it('warns for a name other than "ATTENDANCE" on the payload and on each record; a non-string name is a field-type error', () => {
    expect(found({ name: 'ATTENDANCE', record: [{ name: 'ATTENDANCE', tables: { attendance: daily } }] }, 'daily_time')).toEqual([]);
    expect(found({ name: 'x', record: [{ tables: { attendance: daily } }, { name: 'y', tables: { attendance: { ...daily, studentid: '1' } } }] }, 'batch_daily_time')).toEqual(['table-name /name', 'table-name /record/1/name']);
    expect(found({ name: 5, ...payload(daily) }, 'daily_time')).toEqual(['field-type /name']);
    expect(found({ record: [null, { name: 'y', tables: { attendance: daily } }] }, 'batch_daily_time')).toEqual(['payload-shape /record/0', 'table-name /record/1/name']);
  });
});
