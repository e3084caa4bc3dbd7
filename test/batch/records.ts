// Small flat attendance records (members of tables.attendance) for the batch tests.

export type Flat = Record<string, unknown>;

/** A valid ATT_ModeDaily record, with overrides (undefined removes a member). */
export function daily(overrides: Flat = {}): Flat {
  return apply({ studentid: '4242', att_date: '2025-09-02', schoolid: '100', yearid: '35', att_mode_code: 'ATT_ModeDaily', attendance_codeid: '12' }, overrides);
}

/** A valid ATT_ModeTime record. */
export function time(overrides: Flat = {}): Flat {
  return daily({ att_mode_code: 'ATT_ModeTime', total_minutes: '45', ...overrides });
}

/** A valid ATT_ModeMeeting record. */
export function meeting(overrides: Flat = {}): Flat {
  return apply(
    { studentid: '4242', att_date: '2025-09-02', schoolid: '100', yearid: '35', att_mode_code: 'ATT_ModeMeeting', attendance_codeid: '3', ccid: '88120', periodid: '1501', start_time: 29400, end_time: 32400 },
    overrides,
  );
}

/** A valid ATT_ModeInterval record. */
export function interval(overrides: Flat = {}): Flat {
  return apply({ studentid: '4242', att_date: '2025-09-02', schoolid: '100', yearid: '35', att_mode_code: 'ATT_ModeInterval', attendance_codeid: '3', att_interval: '1' }, overrides);
}

/** `count` Daily records for distinct students 1..count. */
export function dailies(count: number): Flat[] {
  return Array.from({ length: count }, (_, i) => daily({ studentid: String(i + 1) }));
}

function apply(base: Flat, overrides: Flat): Flat {
  const out: Flat = { ...base };
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) delete out[key];
    else out[key] = value;
  }
  return out;
}
