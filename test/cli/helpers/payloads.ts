/** A valid daily_time attendance member set, to spread into test payloads. */
export const dailyAttendance = {
  studentid: '4242',
  att_date: '2025-09-02',
  schoolid: '100',
  yearid: '35',
  att_mode_code: 'ATT_ModeDaily',
  attendance_codeid: '12',
} as const;

/** A valid meeting_interval attendance member set. */
export const meetingAttendance = {
  studentid: '4242',
  att_date: '2025-09-02',
  schoolid: '100',
  yearid: '35',
  att_mode_code: 'ATT_ModeMeeting',
  attendance_codeid: '12',
  ccid: '70011',
  periodid: '1',
  start_time: 28800,
  end_time: 31800,
} as const;

/**
 * A payload of the given attendance members, pretty-printed with two-space indentation.
 *
 * @example
 * ```ts
 * payloadText([{ ...dailyAttendance }]);
 * ```
 */
export function payloadText(records: readonly Record<string, unknown>[], indent: string | number = 2): string {
  return `${JSON.stringify({ record: records.map((attendance) => ({ tables: { attendance } })) }, null, indent)}\n`;
}
