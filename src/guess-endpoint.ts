import { detectEndpoint, endpointOfModes } from './detect-endpoint.js';
import { attendanceModes, type EndpointId } from './endpoints.js';
import { closestName } from './suggest.js';

/** Records looked at: enough to decide, bounded for hostile input. */
const maxRecordsRead = 1000;

/**
 * Like {@link detectEndpoint}, but reading through misspelt structure: a member close to `record`,
 * `tables`, `attendance` or `att_mode_code` (`"records"`, `"tabels"`, `"att_mode"`) stands for it, and
 * a mode close to a known one (`ATT_ModeDialy`) for that mode. For a linter without `--endpoint`:
 * the payload is then checked against the guessed endpoint, which reports the typos themselves
 * (as `unknown-field` with the right name), instead of giving up on the file. Own members only;
 * never throws.
 *
 * @example
 * ```ts
 * guessEndpoint({ records: [{ tables: { attendance: { att_mode_code: 'ATT_ModeDaily' } } }] }); // 'daily_time'
 * guessEndpoint({ record: [{ tabels: { attendance: { att_mode_code: 'ATT_ModeMeeting' } } }] }); // 'meeting_interval'
 * guessEndpoint({ hello: 'world' }); // undefined
 * ```
 */
export function guessEndpoint(payload: unknown): EndpointId | undefined {
  try {
    const exact = detectEndpoint(payload);
    if (exact !== undefined) return exact;
    const records = member(payload, 'record');
    if (!Array.isArray(records)) return undefined;
    const modes = (records as unknown[]).slice(0, maxRecordsRead).map((record) => {
      const raw = member(member(member(record, 'tables'), 'attendance'), 'att_mode_code');
      return typeof raw !== 'string' || (attendanceModes as readonly string[]).includes(raw) ? raw : closestName(raw, attendanceModes);
    });
    return endpointOfModes(modes, records.length);
  } catch {
    return undefined;
  }
}

/** The own member `name`, or else the one member whose name is closest to it. */
function member(value: unknown, name: string): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  if (Object.hasOwn(value, name)) return (value as Record<string, unknown>)[name];
  const near = Object.keys(value).filter((key) => closestName(key, [name]) === name);
  return near.length === 1 ? (value as Record<string, unknown>)[near[0] as string] : undefined;
}
