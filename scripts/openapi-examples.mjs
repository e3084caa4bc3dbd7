// Realistic examples of the models: the request bodies of openapi.json (one set per endpoint), and
// one example per schema definition for the @example of the generated types (generated/types.ts).
// test/openapi checks that each request body passes validate() with no diagnostic at all, and
// test/docs that each model example conforms to its schema, so they stay valid as the contract evolves.
import { errorExamples, okBodies, recordErrorBody } from './openapi-responses.mjs';

const daily = {
  studentid: '4242',
  att_date: '2025-09-02',
  schoolid: '100',
  yearid: '35',
  att_mode_code: 'ATT_ModeDaily',
  attendance_codeid: '12',
  calendar_dayid: '90121',
  programid: '0',
};

const time = {
  studentid: '4242',
  att_date: '2025-09-03',
  schoolid: '100',
  yearid: '35',
  att_mode_code: 'ATT_ModeTime',
  attendance_codeid: '14',
  total_minutes: '45',
  att_comment: 'Late arrival: bus delay',
  programid: '0',
};

const meeting = (ccid, periodid, start, end, code) => ({
  studentid: '4242',
  att_date: '2025-09-02',
  schoolid: '100',
  yearid: '35',
  att_mode_code: 'ATT_ModeMeeting',
  attendance_codeid: code,
  ccid,
  periodid,
  start_time: start,
  end_time: end,
});

const interval = {
  studentid: '4242',
  att_date: '2025-09-02',
  schoolid: '100',
  yearid: '35',
  att_mode_code: 'ATT_ModeInterval',
  attendance_codeid: '5',
  ccid: '88122',
  periodid: '1503',
  att_interval: '3',
};

const wrap = (...tables) => ({ name: 'ATTENDANCE', record: tables.map((attendance) => ({ name: 'ATTENDANCE', tables: { attendance } })) });

/** The request examples of each endpoint id: OpenAPI Example Objects keyed by name. */
export const requestExamples = {
  daily_time: {
    daily: { summary: 'An ATT_ModeDaily record (absent for the day)', value: wrap(daily) },
    time: { summary: 'An ATT_ModeTime record (45 minutes, with a comment)', value: wrap(time) },
  },
  batch_daily_time: {
    batch: {
      summary: 'Daily records for three students and a time record',
      value: wrap(
        daily,
        { ...daily, studentid: '4243', calendar_dayid: '90121' },
        { ...daily, studentid: '4250', attendance_codeid: '13' },
        time,
      ),
    },
  },
  meeting_interval: {
    meetings: {
      summary: "Two class meetings of one student's day (08:10-09:00 and 09:05-09:55)",
      value: wrap(meeting('88120', '1501', 29400, 32400, '3'), meeting('88121', '1502', 32700, 35700, '3')),
    },
    mixed: {
      summary: 'A meeting record and an interval record for the same student and day',
      value: wrap(meeting('88120', '1501', 29400, 32400, '3'), interval),
    },
  },
};

const firstMeeting = meeting('88120', '1501', 29400, 32400, '3');
const recordOf = (attendance) => ({ name: 'ATTENDANCE', tables: { attendance } });
const okBatch = okBodies.batch_daily_time;

/**
 * One example value per schema definition title, for the generated types' @example. Definitions
 * not listed here use the first of their schema's own `examples`, if any.
 */
export const modelExamples = {
  DailyTimeRequest: requestExamples.daily_time.time.value,
  BatchDailyTimeRequest: requestExamples.batch_daily_time.batch.value,
  MeetingIntervalRequest: requestExamples.meeting_interval.mixed.value,
  DailyTimeRecord: recordOf(daily),
  MeetingIntervalRecord: recordOf(firstMeeting),
  DailyTimeAttendance: time,
  MeetingIntervalAttendance: interval,
  DailyAttendance: daily,
  TimeAttendance: time,
  MeetingAttendance: firstMeeting,
  IntervalAttendance: interval,
  AttendanceResultsResponse: okBatch,
  AttendanceResults: okBatch.results,
  WriteResult: recordErrorBody.results.result,
  SuccessResult: okBatch.results.result[0],
  ErrorResult: recordErrorBody.results.result,
  SuccessMessage: okBatch.results.result[0].success_message,
  ErrorMessage: recordErrorBody.results.result.error_message,
  FieldError: recordErrorBody.results.result.error_message.error,
  ResponseId: 58713,
  ResultCount: 3,
  WriteAction: 'INSERT',
  ErrorResponse: errorExamples[403],
  ErrorDetail: errorExamples[403].errors[0],
  AccessTokenResponse: { access_token: '7b1d3f0c-2a54-4e8f-9c61-0d2e8a6b5f14', token_type: 'Bearer', expires_in: '1814654' },
  OAuthErrorResponse: { error: 'invalid_client', error_description: "Unknown client id or wrong client secret: use the plugin's credentials." },
};
