// Small, realistic records for the rule catalogue's examples.

/** A valid ATT_ModeDaily attendance table, with `overrides` applied (`undefined` removes a member). */
export function dailyAttendance(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return withOverrides(
    {
      studentid: '4242',
      att_date: '2025-09-02',
      schoolid: '100',
      yearid: '35',
      att_mode_code: 'ATT_ModeDaily',
      attendance_codeid: '12',
      programid: '0',
    },
    overrides,
  );
}

/** A valid ATT_ModeMeeting attendance table (first period, 08:10–09:00), with `overrides`. */
export function meetingAttendance(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return withOverrides(
    {
      studentid: '4242',
      att_date: '2025-09-02',
      schoolid: '100',
      yearid: '35',
      att_mode_code: 'ATT_ModeMeeting',
      attendance_codeid: '3',
      ccid: '88120',
      periodid: '1501',
      start_time: 29400,
      end_time: 32400,
    },
    overrides,
  );
}

/** A payload of the given attendance tables. */
export function payloadOf(...tables: Record<string, unknown>[]): { record: { tables: { attendance: Record<string, unknown> } }[] } {
  return { record: tables.map((attendance) => ({ tables: { attendance } })) };
}

function withOverrides(base: Record<string, unknown>, overrides: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) delete out[key];
    else out[key] = value;
  }
  return out;
}
