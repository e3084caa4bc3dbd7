// ps-attendance-contract/arbitraries: fast-check arbitraries of valid and invalid attendance
// payloads. fast-check is an optional peer dependency: install it to use this entry point.

// Building blocks
export { idString } from './id-string.js';
export type { IdStringConstraints } from './id-string.js';
export { attDate } from './att-date.js';
export type { AttDateConstraints } from './att-date.js';
export { attComment } from './att-comment.js';
export type { AttCommentConstraints } from './att-comment.js';
export { bellSchedule } from './bell-schedule.js';
export type { BellScheduleConstraints, MeetingTimes } from './bell-schedule.js';

// Attendance tables, per mode
export type { AttendanceConstraints } from './attendance-constraints.js';
export { dailyAttendance } from './daily-attendance.js';
export { timeAttendance } from './time-attendance.js';
export { meetingAttendance } from './meeting-attendance.js';
export { intervalAttendance } from './interval-attendance.js';

// Records
export type { RecordConstraints } from './record-constraints.js';
export { dailyTimeRecord } from './daily-time-record.js';
export type { DailyTimeMode, DailyTimeRecordConstraints } from './daily-time-record.js';
export { meetingIntervalRecord } from './meeting-interval-record.js';
export type { MeetingIntervalMode, MeetingIntervalRecordConstraints } from './meeting-interval-record.js';

// Valid payloads, per endpoint
export { dailyTimeRequest } from './daily-time-request.js';
export type { DailyTimeRequestConstraints } from './daily-time-request.js';
export { batchDailyTimeRequest } from './batch-daily-time-request.js';
export type { BatchDailyTimeRequestConstraints } from './batch-daily-time-request.js';
export { meetingIntervalRequest } from './meeting-interval-request.js';
export type { MeetingIntervalRequestConstraints } from './meeting-interval-request.js';
export { validPayload } from './valid-payload.js';
export type { ValidPayload, ValidPayloadConstraints } from './valid-payload.js';

// Invalid payloads, per error rule
export { invalidPayload } from './invalid-payload.js';
export type { InvalidPayloadConstraints } from './invalid-payload.js';
export { errorRuleCodes } from './invalid-case.js';
export type { ErrorRuleCode, GrantRuleCode, InvalidCase, TextRuleCode, WarningRuleCode } from './invalid-case.js';
export { invalidPayloadText } from './invalid-payload-text.js';
export type { InvalidPayloadTextConstraints, InvalidTextCase } from './invalid-payload-text.js';
