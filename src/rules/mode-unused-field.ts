import type { AttendanceMode } from '../endpoints.js';
import { attendancePath, memberOf, type SemanticRule } from './check-context.js';
import { dailyAttendance, payloadOf } from './examples.js';

/** The mode-specific columns each mode ignores. */
const ignoredBy: Readonly<Record<AttendanceMode, readonly string[]>> = {
  ATT_ModeDaily: ['total_minutes'],
  ATT_ModeTime: [],
  ATT_ModeMeeting: ['att_interval'],
  ATT_ModeInterval: ['start_time', 'end_time'],
};

const usedBy: Readonly<Record<string, AttendanceMode>> = {
  total_minutes: 'ATT_ModeTime',
  att_interval: 'ATT_ModeInterval',
  start_time: 'ATT_ModeMeeting',
  end_time: 'ATT_ModeMeeting',
};

/** `mode-unused-field`: a mode-specific column on a mode that ignores it. */
export const modeUnusedField: SemanticRule<'mode-unused-field'> = {
  definition: {
    code: 'mode-unused-field',
    severity: 'warning',
    summary: 'total_minutes only on ATT_ModeTime, att_interval only on ATT_ModeInterval, start_time/end_time only on ATT_ModeMeeting.',
    rationale:
      'The reference: each of these columns "is only needed" for its mode. Sent with another mode it is ignored, which usually means the mode is wrong.',
    invalid: {
      endpoint: 'daily_time',
      payload: payloadOf(dailyAttendance({ total_minutes: '45' })),
      path: '/record/0/tables/attendance/total_minutes',
    },
    valid: { endpoint: 'daily_time', payload: payloadOf(dailyAttendance({ att_mode_code: 'ATT_ModeTime', total_minutes: '45' })) },
  },
  check(context) {
    for (const view of context.views) {
      for (const field of ignoredBy[view.mode]) {
        if (memberOf(context, view.attendance, field) === undefined) continue;
        context.report({
          code: 'mode-unused-field',
          severity: 'warning',
          path: attendancePath(view.index, field),
          message: `${field} is ignored for ${view.mode} records (it is only used by ${usedBy[field]}): remove it, or change att_mode_code if this record is meant to be ${usedBy[field]}.`,
          recordIndex: view.index,
        });
      }
    }
  },
};
