// Type-level and run-time checks shared by the CommonJS and the ES module test file: each passes the
// modules as it loaded them. The /msw and /arbitraries checks are in each file: their types mention
// msw's and fast-check's classes, which differ between those packages' CommonJS and ESM types.
import type * as Main from 'ps-attendance-contract';
import type * as Jest from 'ps-attendance-contract/jest';
import type * as Vitest from 'ps-attendance-contract/vitest';
import type { BatchDailyTimeRequest, DailyTimeRecord, Diagnostic, MeetingIntervalRequest } from 'ps-attendance-contract';
import type { expect as jestExpect } from '@jest/globals';
import type { expect as vitestExpect } from 'vitest';

/** The matcher as jest and vitest type it once the entry points are imported (never called). */
export function typedMatchers(jest: typeof jestExpect, vitest: typeof vitestExpect, payload: unknown): void {
  jest(payload).toMatchAttendanceContract('daily_time', { maxWarnings: 0 });
  jest(payload).not.toMatchAttendanceContract('batch_daily_time');
  jest(payload).toEqual({ body: jest.toMatchAttendanceContract('meeting_interval') });
  // @ts-expect-error 'daily' is not an endpoint id
  jest(payload).toMatchAttendanceContract('daily');
  vitest(payload).toMatchAttendanceContract('daily_time');
  // @ts-expect-error 'daily' is not an endpoint id
  vitest(payload).toMatchAttendanceContract('daily');
}

export interface Loaded {
  readonly main: typeof Main;
  readonly jest: typeof Jest;
  readonly vitest: typeof Vitest;
}

const rows = [{ id: '4242', code: '12' }, { id: '4243', code: '13' }];

/** Records built with .map(): the request types take a plain array. */
export function batchOf(): BatchDailyTimeRequest {
  return {
    record: rows.map((row): DailyTimeRecord => ({
      tables: { attendance: { studentid: row.id, att_date: '2025-09-02', schoolid: '100', yearid: '35', att_mode_code: 'ATT_ModeDaily', attendance_codeid: row.code } },
    })),
  };
}

export function check(m: Loaded): string[] {
  const result = m.main.validate(batchOf(), 'batch_daily_time');
  const first: Diagnostic | undefined = result.diagnostics[0];
  const built: BatchDailyTimeRequest = m.main.attendanceRequest('batch_daily_time', batchOf().record);
  // @ts-expect-error attendanceRequest refuses an empty literal (at run time too: RangeError)
  const refused = (): unknown => m.main.attendanceRequest('batch_daily_time', []);
  // @ts-expect-error 'daily' is not an endpoint id
  m.main.validate(batchOf(), 'daily');
  // @ts-expect-error ATT_ModeDaily is not a meeting_interval mode
  const wrong: MeetingIntervalRequest = { record: [{ tables: { attendance: { studentid: '1', att_date: '2025-09-02', schoolid: '1', yearid: '1', att_mode_code: 'ATT_ModeDaily', attendance_codeid: '1' } } }] };
  const matcher: Jest.AttendanceMatcherResult = m.jest.toMatchAttendanceContract.call({ isNot: false }, batchOf(), 'batch_daily_time');
  const same: boolean = m.vitest.attendanceMatchers.toMatchAttendanceContract === m.jest.attendanceMatchers.toMatchAttendanceContract;
  return [String(result.valid && built.record.length === 2 && typeof refused === 'function'), String(first?.code), String(wrong.record.length), String(matcher.pass), String(same)];
}
