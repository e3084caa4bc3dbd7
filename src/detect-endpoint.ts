import { endpoints, type EndpointId } from './endpoints.js';
import { valueAt } from './value-at.js';

/**
 * The endpoint a payload is meant for, read from its modes and record count: Daily/Time records go
 * to `daily_time` when there is one record and `batch_daily_time` when there are more; Meeting/Interval
 * records to `meeting_interval`. `undefined` when the payload mixes the two families, has no record
 * with a known mode, or is not a payload at all. Unknown modes are ignored when known ones decide.
 *
 * @example
 * ```ts
 * detectEndpoint({ record: [{ tables: { attendance: { att_mode_code: 'ATT_ModeMeeting' } } }] });
 * // 'meeting_interval'
 * detectEndpoint({ record: [] }); // undefined
 * ```
 */
export function detectEndpoint(payload: unknown): EndpointId | undefined {
  try {
    const records = valueAt(payload, ['record']);
    if (!Array.isArray(records)) return undefined;
    return endpointOfModes(
      (records as unknown[]).map((record) => valueAt(record, ['tables', 'attendance', 'att_mode_code'])),
      records.length,
    );
  } catch {
    return undefined;
  }
}

/**
 * The endpoint records with these modes belong to (the rule {@link detectEndpoint} and
 * `guessEndpoint` share): Meeting/Interval modes → `meeting_interval`; Daily/Time modes →
 * `daily_time` for one record, else `batch_daily_time`; `undefined` when both families or none
 * appear. Values that are not a known mode are ignored.
 *
 * @example
 * ```ts
 * endpointOfModes(['ATT_ModeDaily', 'ATT_ModeTime'], 2); // 'batch_daily_time'
 * endpointOfModes(['ATT_ModeMeeting', 'ATT_ModeDaily'], 2); // undefined
 * ```
 */
export function endpointOfModes(modes: Iterable<unknown>, recordCount: number): EndpointId | undefined {
  let dailyTime = false;
  let meetingInterval = false;
  for (const mode of modes) {
    if (typeof mode !== 'string') continue;
    if (endpoints.daily_time.modes.some((m) => m === mode)) dailyTime = true;
    else if (endpoints.meeting_interval.modes.some((m) => m === mode)) meetingInterval = true;
  }
  if (dailyTime === meetingInterval) return undefined;
  if (meetingInterval) return 'meeting_interval';
  return recordCount === 1 ? 'daily_time' : 'batch_daily_time';
}
