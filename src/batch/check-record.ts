import type { Diagnostic, Fix } from '../diagnostic.js';
import { endpoints, modeFields } from '../endpoints.js';
import { escapePointerToken } from '../pointer.js';
import { validate } from '../validate.js';

/**
 * Where a flat record goes and what the contract says about it.
 *
 * @example
 * ```ts
 * const check: RecordCheck = { endpoint: 'batch_daily_time', valid: true, diagnostics: [] };
 * ```
 */
export interface RecordCheck {
  /** The endpoint the record was checked against (and goes to, when valid). */
  readonly endpoint: 'batch_daily_time' | 'meeting_interval';
  /** True when the record has no error-severity diagnostic. */
  readonly valid: boolean;
  /** The record's diagnostics, paths into the input list (`/<index>/<member>`), `recordIndex` = index. */
  readonly diagnostics: readonly Diagnostic[];
}

// Members only the meeting_interval model has: a record with an unusable mode that carries one of
// them was meant for meeting_interval, and is checked there so its diagnostics make sense.
const meetingOnly = new Set(modeFields('ATT_ModeMeeting').filter((field) => !modeFields('ATT_ModeDaily').includes(field)));
const attendancePrefix = '/record/0/tables/attendance';

/**
 * Checks one flat attendance record (a member of `tables.attendance`) with the core `validate()`, by
 * wrapping it in a one-record payload for the endpoint its `att_mode_code` routes it to, and maps the
 * diagnostics back onto the input list. A record whose mode is missing or unknown is checked against
 * meeting_interval when it has a member only that model has, else against batch_daily_time.
 *
 * @example
 * ```ts
 * const check = checkRecord({ studentid: '4242', att_mode_code: 'ATT_ModeTime' }, 7);
 * // check.endpoint === 'batch_daily_time'; check.valid === false
 * // check.diagnostics[0].path === '/7/att_date'
 * ```
 */
export function checkRecord(record: unknown, index: number): RecordCheck {
  let endpoint: RecordCheck['endpoint'];
  try {
    endpoint = routeOf(record);
  } catch (error) {
    // A hostile value (a Proxy whose traps throw, a throwing getter) is rejected, as validate() does.
    return { endpoint: 'batch_daily_time', valid: false, diagnostics: [unreadableRecord(error, index)] };
  }
  const result = validate({ record: [{ tables: { attendance: record } }] }, endpoint);
  const diagnostics = result.diagnostics.length === 0 ? result.diagnostics : result.diagnostics.map((d) => mapDiagnostic(d, index));
  return { endpoint, valid: result.valid, diagnostics };
}

/**
 * The diagnostic for a record that threw while being read (a Proxy trap, a getter): the record is
 * rejected with it, as `validate()` reports such a payload.
 *
 * @example
 * ```ts
 * unreadableRecord(new Error('trap'), 3).path; // '/3'
 * ```
 */
export function unreadableRecord(error: unknown, index: number): Diagnostic {
  const reason = error instanceof Error ? error.message : 'reading it threw';
  return { code: 'payload-shape', severity: 'error', path: `/${escapePointerToken(index)}`, message: `This record could not be read as JSON data (${reason.slice(0, 200)}): pass plain parsed JSON.`, recordIndex: index };
}

function routeOf(record: unknown): 'batch_daily_time' | 'meeting_interval' {
  if (record === null || typeof record !== 'object' || Array.isArray(record)) return 'batch_daily_time';
  const mode: unknown = Object.hasOwn(record, 'att_mode_code') ? (record as Record<string, unknown>)['att_mode_code'] : undefined;
  if (endpoints.meeting_interval.modes.some((m) => m === mode)) return 'meeting_interval';
  if (endpoints.batch_daily_time.modes.some((m) => m === mode)) return 'batch_daily_time';
  return Object.keys(record).some((key) => meetingOnly.has(key)) ? 'meeting_interval' : 'batch_daily_time';
}

function mapDiagnostic(diagnostic: Diagnostic, index: number): Diagnostic {
  const mapped: Diagnostic = { ...diagnostic, path: mapPath(diagnostic.path, index), recordIndex: index };
  if (diagnostic.fix === undefined) return mapped;
  const fix: Fix = { ...diagnostic.fix, path: mapPath(diagnostic.fix.path, index) };
  return { ...mapped, fix };
}

// The wrapper's own levels (the payload, record 0, its tables) have no counterpart in the input:
// a finding there is about the record as a whole.
function mapPath(path: string, index: number): string {
  const base = `/${escapePointerToken(index)}`;
  return path.startsWith(`${attendancePrefix}/`) ? base + path.slice(attendancePrefix.length) : base;
}
