import { describe, expect, it } from 'vitest';
import { messageOf } from './message-of.js';

// CONTRACT.md: every message "says what is wrong and how to fix it", and some rules promise specific
// information: record-count says how many batches are needed, unknown-mode and unknown-field suggest
// the closest name, mode-endpoint names the right endpoint. These tests check that information (the
// offending value, the field, the suggestion, the number), never the wording around it.

const daily = { studentid: '4242', att_date: '2025-09-02', schoolid: '100', yearid: '35', att_mode_code: 'ATT_ModeDaily', attendance_codeid: '12' };
const meeting = { ...daily, att_mode_code: 'ATT_ModeMeeting', ccid: '1', periodid: '2', start_time: 29400, end_time: 32400 };
const interval = { ...daily, att_mode_code: 'ATT_ModeInterval', att_interval: '2' };
const one = (attendance: Record<string, unknown>) => ({ record: [{ tables: { attendance } }] });
const without = (object: Record<string, unknown>, key: string) => Object.fromEntries(Object.entries(object).filter(([k]) => k !== key));

describe('record-count says how many payloads are needed', () => {
  it.each([
    [201, 2],
    [400, 2],
    [401, 3],
    [650, 4],
  ])('%i records → %i payloads', (count, payloads) => {
    const message = messageOf({ record: Array.from({ length: count }, () => ({ tables: { attendance: daily } })) }, 'batch_daily_time', 'record-count');
    expect(message).toContain(String(count));
    expect(message).toContain('200');
    expect(message).toMatch(new RegExp(`\\b${payloads}\\b`));
  });

  it('daily_time with several records names its count and batch_daily_time', () => {
    const message = messageOf({ record: [{ tables: { attendance: daily } }, { tables: { attendance: daily } }, { tables: { attendance: daily } }] }, 'daily_time', 'record-count');
    expect(message).toContain('3');
    expect(message).toContain('batch_daily_time');
  });

  it('a missing and an empty record array are told apart, naming the endpoint', () => {
    const missing = messageOf({}, 'meeting_interval', 'record-count');
    const empty = messageOf({ record: [] }, 'meeting_interval', 'record-count');
    expect(missing).not.toBe(empty);
    for (const message of [missing, empty]) expect(message).toContain('meeting_interval');
  });
});

describe('suggestions', () => {
  it('unknown-mode suggests the closest mode', () => {
    expect(messageOf(one({ ...daily, att_mode_code: 'ATT_MODEDAILY' }), 'daily_time', 'unknown-mode')).toContain('"ATT_ModeDaily"');
    expect(messageOf(one({ ...meeting, att_mode_code: 'ATT_ModeMeting' }), 'meeting_interval', 'unknown-mode')).toContain('"ATT_ModeMeeting"');
    const far = messageOf(one({ ...daily, att_mode_code: 'xyz' }), 'daily_time', 'unknown-mode');
    expect(far).toContain('"xyz"');
    expect(far).toContain('"ATT_ModeDaily"');
    expect(far).toContain('"ATT_ModeTime"');
  });

  it('unknown-field suggests the closest member, at every level', () => {
    expect(messageOf(one({ ...without(daily, 'studentid'), student_id: '4242' }), 'daily_time', 'unknown-field')).toContain('"studentid"');
    expect(messageOf({ records: [], record: [{ tables: { attendance: daily } }] }, 'daily_time', 'unknown-field')).toContain('"record"');
    expect(messageOf({ record: [{ tabels: {}, tables: { attendance: daily } }] }, 'daily_time', 'unknown-field')).toContain('"tables"');
    expect(messageOf({ record: [{ tables: { attendance: daily, attendence: {} } }] }, 'daily_time', 'unknown-field')).toContain('"attendance"');
  });

  it('unknown-field names the endpoint a column of the other model belongs to, without a suggestion', () => {
    const ccid = messageOf(one({ ...daily, ccid: '1' }), 'daily_time', 'unknown-field');
    expect(ccid).toContain('meeting_interval');
    const dcid = messageOf(one({ ...meeting, dcid: '1' }), 'meeting_interval', 'unknown-field');
    expect(dcid).toContain('batch_daily_time');
  });

  it('unknown-field lists the allowed members when nothing is close, and shortens very long names', () => {
    const message = messageOf(one({ ...daily, zzzzzzzz: 1 }), 'daily_time', 'unknown-field');
    expect(message).toContain('"zzzzzzzz"');
    for (const field of ['studentid', 'att_comment', 'dcid', 'total_minutes']) expect(message).toContain(field);
    const long = 'q'.repeat(60);
    const shortened = messageOf(one({ ...daily, [long]: 1 }), 'daily_time', 'unknown-field');
    expect(shortened).not.toContain(long);
    expect(shortened).toContain('q'.repeat(32));
  });

  it('mode-endpoint names the endpoint that takes the mode', () => {
    expect(messageOf(one({ ...daily, att_mode_code: 'ATT_ModeMeeting' }), 'daily_time', 'mode-endpoint')).toContain('/ws/attendance/meeting_interval');
    const time = messageOf(one({ ...meeting, att_mode_code: 'ATT_ModeTime' }), 'meeting_interval', 'mode-endpoint');
    expect(time).toContain('/ws/attendance/daily_time');
    expect(time).toContain('/ws/attendance/batch_daily_time');
  });
});

describe('what is wrong: the field and the offending value', () => {
  it.each([
    ['studentid', 'required-field', without(daily, 'studentid'), 'daily_time'],
    ['yearid', 'required-field', without(daily, 'yearid'), 'daily_time'],
    ['total_minutes', 'mode-required-field', { ...daily, att_mode_code: 'ATT_ModeTime' }, 'daily_time'],
    ['end_time', 'mode-required-field', without(meeting, 'end_time'), 'meeting_interval'],
    ['att_interval', 'mode-required-field', without(interval, 'att_interval'), 'meeting_interval'],
  ] as const)('a missing %s (%s) is named, with an example value', (field, code, attendance, endpoint) => {
    const message = messageOf(one(attendance), endpoint, code);
    expect(message).toContain(field);
    expect(message).toMatch(/\d/);
  });

  it.each([
    ['id-format', { ...daily, schoolid: '12345678901' }, 'daily_time', '12345678901'],
    ['date-format', { ...daily, att_date: '2025-02-29' }, 'daily_time', '2025-02-29'],
    ['date-format', { ...daily, att_date: 'soon' }, 'daily_time', 'soon'],
    ['minutes-range', { ...daily, att_mode_code: 'ATT_ModeTime', total_minutes: '1441' }, 'daily_time', '1441'],
    ['interval-format', { ...interval, att_interval: '0' }, 'meeting_interval', '"0"'],
    ['time-range', { ...meeting, start_time: 90000 }, 'meeting_interval', '90000'],
    ['field-type', { ...daily, att_comment: true }, 'daily_time', 'true'],
    ['field-type', { ...meeting, end_time: 'noon' }, 'meeting_interval', 'noon'],
  ] as const)('%s quotes the offending value %#', (code, attendance, endpoint, value) => {
    expect(messageOf(one(attendance), endpoint, code)).toContain(value);
  });

  it('date-format suggests the date of a datetime, and calls MM/DD/YYYY ambiguous rather than impossible', () => {
    expect(messageOf(one({ ...daily, att_date: '2025-09-02T08:00:00Z' }), 'daily_time', 'date-format')).toContain('"2025-09-02"');
    const us = messageOf(one({ ...daily, att_date: '09/02/2025' }), 'daily_time', 'date-format');
    const impossible = messageOf(one({ ...daily, att_date: '2025-02-30' }), 'daily_time', 'date-format');
    const other = messageOf(one({ ...daily, att_date: 'soon' }), 'daily_time', 'date-format');
    expect(new Set([us, impossible, other]).size).toBe(3);
  });

  it('time-range suggests seconds for a value in milliseconds (1 to 24 hours, whole seconds), and only then', () => {
    const hint = (value: number) => messageOf(one({ ...meeting, start_time: value, end_time: 86_400 }), 'meeting_interval', 'time-range');
    expect(hint(29_400_000)).toContain('write 29400.');
    expect(hint(3_600_000)).toContain('write 3600.');
    expect(hint(86_400_000)).toContain('write 86400.');
    expect(hint(86_401_000)).not.toContain('write 86401.');
    expect(hint(2_000_000)).not.toContain('write 2000.');
    expect(hint(29_400_500)).not.toContain('write 29400.5');
    expect(hint(86_401)).not.toContain('write');
  });

  it('time-order shows both times as clock times', () => {
    const message = messageOf(one({ ...meeting, start_time: 32_400, end_time: 29_400 }), 'meeting_interval', 'time-order');
    expect(message).toContain('09:00');
    expect(message).toContain('08:10');
    expect(message).not.toBe(messageOf(one({ ...meeting, start_time: 32_400, end_time: 32_400 }), 'meeting_interval', 'time-order'));
  });

  it('mixed-student and mixed-date name the first record\'s value and the other one', () => {
    const student = messageOf({ record: [{ tables: { attendance: meeting } }, { tables: { attendance: { ...meeting, ccid: '9', studentid: '77' } } }] }, 'meeting_interval', 'mixed-student');
    expect(student).toContain('"4242"');
    expect(student).toContain('"77"');
    const day = messageOf({ record: [{ tables: { attendance: meeting } }, { tables: { attendance: { ...meeting, ccid: '9', att_date: '2025-09-03' } } }] }, 'meeting_interval', 'mixed-date');
    expect(day).toContain('"2025-09-02"');
    expect(day).toContain('"2025-09-03"');
  });

  it('payload-shape names the level that is wrong', () => {
    const messages = [
      messageOf(5, 'daily_time', 'payload-shape'),
      messageOf({ record: 5 }, 'daily_time', 'payload-shape'),
      messageOf({ record: [5] }, 'daily_time', 'payload-shape'),
      messageOf({ record: [{ tables: 5 }] }, 'daily_time', 'payload-shape'),
      messageOf({ record: [{ tables: { attendance: 5 } }] }, 'daily_time', 'payload-shape'),
      messageOf({ record: [{}] }, 'daily_time', 'payload-shape'),
      messageOf({ record: [{ tables: {} }] }, 'daily_time', 'payload-shape'),
    ];
    expect(new Set(messages).size).toBe(messages.length);
    for (const message of messages.slice(0, 5)) expect(message).toContain('the number 5');
    expect(messages[1]).toContain('array');
  });

  it('duplicate-record and meeting-overlap name the earlier record', () => {
    const duplicate = messageOf({ record: [{ tables: { attendance: daily } }, { tables: { attendance: { ...daily, attendance_codeid: '13' } } }] }, 'batch_daily_time', 'duplicate-record');
    expect(duplicate).toContain('record 0');
    const overlap = messageOf({ record: [{ tables: { attendance: meeting } }, { tables: { attendance: { ...meeting, ccid: '9', start_time: 30000, end_time: 33000 } } }] }, 'meeting_interval', 'meeting-overlap');
    expect(overlap).toContain('record 0');
    expect(overlap).toContain('08:20');
  });

  it('mode-unused-field names the field, the record\'s mode and the mode that uses it', () => {
    const message = messageOf(one({ ...daily, total_minutes: '45' }), 'daily_time', 'mode-unused-field');
    for (const part of ['total_minutes', 'ATT_ModeDaily', 'ATT_ModeTime']) expect(message).toContain(part);
  });

  it('table-name quotes the name sent', () => {
    expect(messageOf({ name: 'Daily Attendance Automation', ...one(daily) }, 'daily_time', 'table-name')).toContain('Daily Attendance Automation');
  });
});
