import { modeFamilies, modeModels, requestModels } from '../generated/model.js';

/**
 * The id of one of the three attendance write endpoints.
 *
 * @example
 * ```ts
 * const endpoint: EndpointId = 'meeting_interval';
 * validate(payload, endpoint);
 * ```
 */
export type EndpointId = 'daily_time' | 'batch_daily_time' | 'meeting_interval';

/**
 * One of the four attendance modes (`att_mode_code`), compared case-sensitively.
 *
 * @example
 * ```ts
 * const mode: AttendanceMode = 'ATT_ModeTime';
 * modeRequiredFields(mode).includes('total_minutes'); // true
 * ```
 */
export type AttendanceMode = keyof typeof modeModels;

/**
 * What the toolkit knows about one endpoint.
 *
 * @example
 * ```ts
 * const info: EndpointInfo = endpoints.batch_daily_time;
 * info.path; // '/ws/attendance/batch_daily_time'
 * info.maxRecords; // 200
 * ```
 */
export interface EndpointInfo {
  /** The endpoint id used throughout the toolkit, e.g. `batch_daily_time`. */
  readonly id: EndpointId;
  /** The HTTP method; all three endpoints are `POST`. */
  readonly method: 'POST';
  /** The path on a PowerSchool server, e.g. `/ws/attendance/batch_daily_time`. */
  readonly path: string;
  /** The attendance modes the endpoint accepts. */
  readonly modes: readonly AttendanceMode[];
  /** The fewest records a payload may hold. */
  readonly minRecords: number;
  /** The most records a payload may hold; `null` when the reference sets no limit. */
  readonly maxRecords: number | null;
  /** The `$id` of the endpoint's request schema under `schemas/`. */
  readonly schemaId: string;
  /** The PowerSchool version that introduced the endpoint. */
  readonly availableSince: string;
}

const schemaBase = 'https://unpkg.com/ps-attendance-contract/schemas/';

function endpoint(
  id: EndpointId,
  model: keyof typeof requestModels,
  schemaFile: string,
  availableSince: string,
): EndpointInfo {
  const request = requestModels[model];
  return {
    id,
    method: 'POST',
    path: `/ws/attendance/${id}`,
    modes: modeFamilies[request.family],
    minRecords: request.minRecords,
    maxRecords: request.maxRecords,
    schemaId: `${schemaBase}${schemaFile}`,
    availableSince,
  };
}

/**
 * The endpoint table: path, accepted modes and record limits of each endpoint, read from the schemas.
 *
 * @example
 * ```ts
 * import { endpoints } from 'ps-attendance-contract';
 * endpoints.batch_daily_time.maxRecords; // 200
 * endpoints.meeting_interval.modes; // ['ATT_ModeMeeting', 'ATT_ModeInterval']
 * ```
 */
export const endpoints: Readonly<Record<EndpointId, EndpointInfo>> = {
  daily_time: endpoint('daily_time', 'DailyTimeRequest', 'daily-time.request.schema.json', '9.0.0'),
  batch_daily_time: endpoint('batch_daily_time', 'BatchDailyTimeRequest', 'batch-daily-time.request.schema.json', '25.3.0'),
  meeting_interval: endpoint('meeting_interval', 'MeetingIntervalRequest', 'meeting-interval.request.schema.json', '9.0.0'),
};

/**
 * The endpoint ids, in the order of the reference.
 *
 * @example
 * ```ts
 * for (const id of endpointIds) console.log(endpoints[id].path);
 * ```
 */
export const endpointIds: readonly EndpointId[] = ['daily_time', 'batch_daily_time', 'meeting_interval'];

/**
 * The four attendance modes.
 *
 * @example
 * ```ts
 * attendanceModes.includes('ATT_ModeTime'); // true
 * ```
 */
export const attendanceModes = Object.keys(modeModels) as readonly AttendanceMode[];

/**
 * Whether `value` is an endpoint id.
 *
 * @example
 * ```ts
 * isEndpointId('daily_time'); // true
 * isEndpointId('daily'); // false
 * ```
 */
export function isEndpointId(value: unknown): value is EndpointId {
  return typeof value === 'string' && Object.hasOwn(endpoints, value);
}

/**
 * Whether `value` is one of the four attendance modes (case-sensitive).
 *
 * @example
 * ```ts
 * isAttendanceMode('ATT_ModeMeeting'); // true
 * isAttendanceMode('att_modemeeting'); // false
 * ```
 */
export function isAttendanceMode(value: unknown): value is AttendanceMode {
  return typeof value === 'string' && Object.hasOwn(modeModels, value);
}

/**
 * The members a record of `mode` may have, in schema order.
 *
 * @example
 * ```ts
 * modeFields('ATT_ModeTime').includes('total_minutes'); // true
 * ```
 */
export function modeFields(mode: AttendanceMode): readonly string[] {
  return modeModels[mode].fields;
}

/**
 * The members a record of `mode` must have.
 *
 * @example
 * ```ts
 * modeRequiredFields('ATT_ModeMeeting'); // [..., 'start_time', 'end_time']
 * ```
 */
export function modeRequiredFields(mode: AttendanceMode): readonly string[] {
  return modeModels[mode].required;
}

/**
 * The members every attendance record needs whatever its mode (the intersection of the modes'
 * required lists): studentid, att_date, schoolid, yearid, att_mode_code, attendance_codeid.
 *
 * @example
 * ```ts
 * alwaysRequiredFields.includes('yearid'); // true
 * ```
 */
export const alwaysRequiredFields: readonly string[] = attendanceModes
  .map((mode) => modeRequiredFields(mode))
  .reduce((common, required) => common.filter((field) => required.includes(field)));
