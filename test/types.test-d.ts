import { describe, expectTypeOf, it } from 'vitest';
import { attendanceRequest } from '../src/index.js';
import type {
  BatchDailyTimeRequest,
  DailyTimeAttendance,
  DailyTimeRecord,
  DailyTimeRequest,
  MeetingIntervalAttendance,
  MeetingIntervalRecord,
  MeetingIntervalRequest,
  RequestFor,
  TimeAttendance,
} from '../src/index.js';

const base = { studentid: '4242', att_date: '2025-09-02', schoolid: '100', yearid: '35', attendance_codeid: '12' } as const;

describe('generated request types', () => {
  it('accepts each mode with its own required members', () => {
    const time: DailyTimeAttendance = { ...base, att_mode_code: 'ATT_ModeTime', total_minutes: '45' };
    const daily: DailyTimeAttendance = { ...base, att_mode_code: 'ATT_ModeDaily' };
    const meeting: MeetingIntervalAttendance = { ...base, att_mode_code: 'ATT_ModeMeeting', start_time: 29400, end_time: 32400 };
    const interval: MeetingIntervalAttendance = { ...base, att_mode_code: 'ATT_ModeInterval', att_interval: '2' };
    expectTypeOf([time, daily]).toEqualTypeOf<DailyTimeAttendance[]>();
    expectTypeOf([meeting, interval]).toEqualTypeOf<MeetingIntervalAttendance[]>();
  });

  it('rejects an ATT_ModeTime record without total_minutes', () => {
    // @ts-expect-error total_minutes is required for ATT_ModeTime
    const time: DailyTimeAttendance = { ...base, att_mode_code: 'ATT_ModeTime' };
    expectTypeOf(time).not.toBeAny();
  });

  it('rejects an ATT_ModeMeeting record without end_time', () => {
    // @ts-expect-error end_time is required for ATT_ModeMeeting
    const meeting: MeetingIntervalAttendance = { ...base, att_mode_code: 'ATT_ModeMeeting', start_time: 29400 };
    expectTypeOf(meeting).not.toBeAny();
  });

  it('rejects an ATT_ModeInterval record without att_interval', () => {
    // @ts-expect-error att_interval is required for ATT_ModeInterval
    const interval: MeetingIntervalAttendance = { ...base, att_mode_code: 'ATT_ModeInterval' };
    expectTypeOf(interval).not.toBeAny();
  });

  it('rejects a daily_time record with ccid', () => {
    const request: DailyTimeRequest = {
      // @ts-expect-error ccid is not a member of the daily/time model
      record: [{ tables: { attendance: { ...base, att_mode_code: 'ATT_ModeDaily', ccid: '88120' } } }],
    };
    expectTypeOf(request).not.toBeAny();
  });

  it('rejects a meeting mode on daily_time and numbers for string ids', () => {
    // @ts-expect-error ATT_ModeMeeting is not a daily/time mode
    const wrongMode: DailyTimeAttendance = { ...base, att_mode_code: 'ATT_ModeMeeting', start_time: 1, end_time: 2 };
    // @ts-expect-error studentid is a string
    const numericId: DailyTimeAttendance = { ...base, studentid: 4242, att_mode_code: 'ATT_ModeDaily' };
    expectTypeOf([wrongMode, numericId]).not.toBeAny();
  });

  it('narrows on att_mode_code', () => {
    const narrow = (a: DailyTimeAttendance): string => (a.att_mode_code === 'ATT_ModeTime' ? a.total_minutes : a.att_mode_code);
    expectTypeOf(narrow).returns.toEqualTypeOf<string>();
    expectTypeOf<Extract<DailyTimeAttendance, { att_mode_code: 'ATT_ModeTime' }>>().toEqualTypeOf<TimeAttendance>();
    expectTypeOf<DailyTimeAttendance['att_mode_code']>().toEqualTypeOf<'ATT_ModeDaily' | 'ATT_ModeTime'>();
    expectTypeOf<MeetingIntervalAttendance['att_mode_code']>().toEqualTypeOf<'ATT_ModeMeeting' | 'ATT_ModeInterval'>();
  });

  it('types record as a plain array, so that records built with .map() fit every request type', () => {
    const rows = [{ id: '4242' }, { id: '4243' }];
    const daily = rows.map((row): DailyTimeRecord => ({ tables: { attendance: { ...base, studentid: row.id, att_mode_code: 'ATT_ModeDaily' } } }));
    const meetings = rows.map((row): MeetingIntervalRecord => ({ tables: { attendance: { ...base, studentid: row.id, att_mode_code: 'ATT_ModeInterval', att_interval: '1' } } }));
    const batch: BatchDailyTimeRequest = { record: daily };
    const one: DailyTimeRequest = { record: daily.slice(0, 1) };
    const meeting: MeetingIntervalRequest = { record: meetings };
    expectTypeOf(batch.record).toEqualTypeOf<DailyTimeRecord[]>();
    expectTypeOf([one, meeting]).not.toBeAny();
    // @ts-expect-error a meeting record is not a batch_daily_time record
    const mixed: BatchDailyTimeRequest = { record: meetings };
    expectTypeOf(mixed).not.toBeAny();
  });

  it('attendanceRequest builds a typed request and refuses an empty literal at compile time', () => {
    const daily: DailyTimeRecord = { tables: { attendance: { ...base, att_mode_code: 'ATT_ModeDaily' } } };
    const rows = [daily, daily];
    expectTypeOf(attendanceRequest('batch_daily_time', rows.map((r) => r))).toEqualTypeOf<BatchDailyTimeRequest>();
    expectTypeOf(attendanceRequest('daily_time', [daily])).toEqualTypeOf<DailyTimeRequest>();
    // @ts-expect-error an empty literal is refused
    attendanceRequest('batch_daily_time', []);
    // @ts-expect-error an empty literal is refused
    attendanceRequest('meeting_interval', [] as const);
    // @ts-expect-error a daily record is not a meeting_interval record
    attendanceRequest('meeting_interval', [daily]);
  });

  it('maps endpoints to request types', () => {
    expectTypeOf<RequestFor<'daily_time'>>().toEqualTypeOf<DailyTimeRequest>();
    expectTypeOf<RequestFor<'batch_daily_time'>>().toEqualTypeOf<BatchDailyTimeRequest>();
    expectTypeOf<RequestFor<'meeting_interval'>>().toEqualTypeOf<MeetingIntervalRequest>();
  });
});
