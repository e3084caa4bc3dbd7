import type { RuleDefinition } from './rule-definition.js';
import { dailyAttendance, payloadOf } from './examples.js';

/** `required-field`: one of the six always-required columns is missing. */
export const requiredField: RuleDefinition<'required-field'> = {
  code: 'required-field',
  severity: 'error',
  summary: 'Every record has studentid, att_date, schoolid, yearid, att_mode_code and attendance_codeid.',
  rationale:
    'The reference: "The data must include STUDENTID, ATT_DATE, SCHOOLID, YEARID, ATT_MODE_CODE, ATTENDANCE_CODEID." The model marks them optional, so generic clients miss this.',
  invalid: { endpoint: 'daily_time', payload: payloadOf(dailyAttendance({ yearid: undefined })), path: '/record/0/tables/attendance/yearid' },
  valid: { endpoint: 'daily_time', payload: payloadOf(dailyAttendance()) },
};

const hints: Record<string, string> = {
  studentid: 'the internal student id (STUDENTS.ID), e.g. "4242"',
  att_date: 'the date as "YYYY-MM-DD"',
  schoolid: 'the school number (SCHOOLS.SCHOOL_NUMBER), e.g. "100"',
  yearid: 'the year id, e.g. "35" for 2025-26',
  att_mode_code: 'the mode, e.g. "ATT_ModeDaily"',
  attendance_codeid: 'the attendance code id (ATTENDANCE_CODE.ID), e.g. "12"',
};

/** The message for a missing always-required column. */
export function requiredFieldMessage(field: string): string {
  const hint = hints[field];
  return `${field} is required in every attendance record${hint ? `: add ${hint}` : ''}.`;
}
