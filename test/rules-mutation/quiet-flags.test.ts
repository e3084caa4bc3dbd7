import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validate, validateParsedJson } from '../../src/validate.js';
import { isQuietDailyTime } from '../../src/rules/quiet-daily-time.js';
import { isQuietMeetingInterval } from '../../src/rules/quiet-meeting-interval.js';
import { fieldFlagMasks, flagBits, flaggedMember } from '../../src/rules/field-flag-masks.js';
import type { Diagnostic } from '../../src/diagnostic.js';
import { dailyAttendance, meetingAttendance, payloadOf } from '../../src/rules/examples.js';
import { batchDailyTimeRequest, dailyTimeRequest, meetingIntervalRequest } from '../../properties/arbitraries/index.js';
import { fcParams } from '../../properties/fc-params.js';
import { applyChange, notPlain, payloadChange, type Json } from './payload-views.js';

// validateParsedJson skips the rule runner for parsed JSON whose schema errors are all on attendance
// members (not att_mode_code) when the quiet checks, told which members are flagged, clear it. The
// shortcut must never hide a finding: on payloads with such mistakes and with changes made to give
// each rule something to say, it must give what the rule runner gives, forced here by a payload that
// is not plain data (another prototype: the own-member path, every rule run).

const reparsed = (value: unknown): Json => JSON.parse(JSON.stringify(value)) as Json;

// Valid payloads of every endpoint, a few records each.
const validPayloads = fc.oneof(
  batchDailyTimeRequest({ minRecords: 1, maxRecords: 6 }).map((payload) => ({ endpoint: 'batch_daily_time' as const, payload })),
  dailyTimeRequest().map((payload) => ({ endpoint: 'daily_time' as const, payload })),
  meetingIntervalRequest({ minRecords: 1, maxRecords: 6 }).map((payload) => ({ endpoint: 'meeting_interval' as const, payload })),
);

describe('the quiet checks on parsed payloads with mistakes on attendance members', () => {
  it('never hide a finding: validateParsedJson gives the rule runner\'s diagnostics', () => {
    fc.assert(
      fc.property(validPayloads, fc.array(payloadChange({ mistakes: true }), { minLength: 1, maxLength: 4 }), ({ endpoint, payload: generated }, changes) => {
        const payload = reparsed(generated);
        for (const c of changes) applyChange(payload, c);
        const parsed = reparsed(payload);
        expect(validateParsedJson(parsed, endpoint)).toEqual(validate(notPlain(parsed), endpoint));
      }),
      fcParams(1500),
    );
  });

  it('leave out a flagged member as the rules do, and count a present one for mode-unused-field', () => {
    // Masks of two records, the second's given member flagged (each record's mask, as fieldFlagMasks builds them).
    const second1 = (member: keyof typeof flagBits): Uint8Array => Uint8Array.of(0, flagBits[member]);
    const date = second1('att_date');
    const student = second1('studentid');
    // Two records of one student: a duplicate only while the second's student is not flagged.
    const twice = payloadOf(dailyAttendance(), dailyAttendance({ att_date: '2025-09-03' }));
    expect(isQuietDailyTime(twice)).toBe(false);
    expect(isQuietDailyTime(twice, student)).toBe(true);
    expect(isQuietDailyTime(twice, date)).toBe(false);
    expect(isQuietDailyTime(payloadOf(dailyAttendance({ total_minutes: 'x' })), Uint8Array.of(0xff))).toBe(false);
    // A meeting day: a second record on another day is a mixed-date finding unless its date is flagged.
    const second = { ccid: '88121', periodid: '1502', start_time: 32700, end_time: 35700 };
    expect(isQuietMeetingInterval(payloadOf(meetingAttendance(), meetingAttendance({ ...second, att_date: '2025-09-03' })))).toBe(false);
    expect(isQuietMeetingInterval(payloadOf(meetingAttendance(), meetingAttendance({ ...second, att_date: '09/03/2025' })), date)).toBe(true);
    expect(isQuietMeetingInterval(payloadOf(meetingAttendance(), meetingAttendance({ ...second, studentid: 'x' })), student)).toBe(true);
    expect(isQuietMeetingInterval(payloadOf(meetingAttendance(), meetingAttendance({ ...second, studentid: '4243' })), date)).toBe(false);
    // The same slot twice, and a flagged id that keeps the second from writing a slot at all.
    const sameSlot = payloadOf(meetingAttendance(), meetingAttendance({ start_time: 32700, end_time: 35700 }));
    expect(isQuietMeetingInterval(sameSlot)).toBe(false);
    expect(isQuietMeetingInterval(sameSlot, second1('ccid'))).toBe(true);
    // An overlap, and the overlapping meeting's time flagged.
    const overlap = payloadOf(meetingAttendance(), meetingAttendance({ ...second, start_time: 30000 }));
    expect(isQuietMeetingInterval(overlap)).toBe(false);
    expect(isQuietMeetingInterval(overlap, second1('start_time'))).toBe(true);
    expect(isQuietMeetingInterval(payloadOf(meetingAttendance({ att_interval: 'x' })), Uint8Array.of(0xff))).toBe(false);
  });

  it('builds a mask from the diagnostics that point at a member exactly, as CheckContext.isFlagged sees them', () => {
    const at = (index: number, rest: string): Diagnostic => ({ code: 'id-format', severity: 'error', path: `/record/${index}/tables/attendance/${rest}`, message: 'x', recordIndex: index });
    const masks = fieldFlagMasks([at(0, 'att_date'), at(1, 'ccid'), at(1, 'periodid'), at(2, 'studentid/0'), at(2, 'schoolid'), { ...at(3, 'att_date'), recordIndex: 3 }, { code: 'record-count', severity: 'error', path: '/record', message: 'x' }], 3);
    expect([...masks]).toEqual([flagBits.att_date, flagBits.ccid | flagBits.periodid, 0]);
    // The member a diagnostic points at exactly, for the masks and the rules' isFlagged alike.
    expect(flaggedMember(at(2, 'studentid'))).toBe('studentid');
    expect(flaggedMember(at(2, 'studentid/0'))).toBe('studentid/0');
    expect(flaggedMember({ ...at(2, 'ccid'), recordIndex: 1 })).toBeUndefined();
    expect(flaggedMember({ code: 'payload-shape', severity: 'error', path: '/record/0', message: 'x', recordIndex: 0 })).toBeUndefined();
  });

  it('take the shortcut for a bad date, and not for a mistake on att_mode_code or above the attendance tables', () => {
    const text = (attendance: Json, extra: Json = {}): Json => reparsed({ ...payloadOf(attendance, dailyAttendance({ studentid: '4243' })), ...extra });
    for (const payload of [text(dailyAttendance({ att_date: '09/02/2025' })), text(dailyAttendance({ att_mode_code: 'ATT_ModeNope' })), text(dailyAttendance(), { name: 5 }), text(dailyAttendance({ studentid: 42 }))]) {
      expect(validateParsedJson(payload, 'batch_daily_time')).toEqual(validate(notPlain(payload), 'batch_daily_time'));
    }
  });
});
