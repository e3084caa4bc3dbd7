import * as fc from 'fast-check';
import type { BatchDailyTimeRequest, DailyTimeRequest, MeetingIntervalRequest } from '../../generated/types.js';
import { endpointIds, type EndpointId } from '../../src/endpoints.js';
import type { AttendanceConstraints } from './attendance-constraints.js';
import { batchDailyTimeRequest } from './batch-daily-time-request.js';
import { choices } from './check-constraints.js';
import { dailyTimeRequest } from './daily-time-request.js';
import { meetingIntervalRequest } from './meeting-interval-request.js';

/**
 * A valid payload and the endpoint it is valid for, discriminated by `endpoint`.
 *
 * @example
 * ```ts
 * const { endpoint, payload }: ValidPayload = fc.sample(validPayload(), 1)[0]!;
 * if (endpoint === 'meeting_interval') payload.record[0].tables.attendance.att_mode_code; // 'ATT_ModeMeeting' | 'ATT_ModeInterval'
 * ```
 */
export type ValidPayload =
  | { readonly endpoint: 'daily_time'; readonly payload: DailyTimeRequest }
  | { readonly endpoint: 'batch_daily_time'; readonly payload: BatchDailyTimeRequest }
  | { readonly endpoint: 'meeting_interval'; readonly payload: MeetingIntervalRequest };

/**
 * Constraints of {@link validPayload}.
 *
 * @example
 * ```ts
 * validPayload({ endpoints: ['daily_time', 'batch_daily_time'], studentid: '4242' });
 * ```
 */
export interface ValidPayloadConstraints extends AttendanceConstraints {
  /** The endpoints to draw from (default all three). */
  readonly endpoints?: readonly EndpointId[];
  /** Whether `name: "ATTENDANCE"` is present: always, never, or (undefined, the default) sometimes. */
  readonly withTableName?: boolean;
}

/**
 * A valid payload for any of the endpoints, with the endpoint: `{ endpoint, payload }`, drawn from
 * {@link dailyTimeRequest}, {@link batchDailyTimeRequest} and {@link meetingIntervalRequest} with
 * their default record counts. For tests that take any endpoint. Shrinks toward daily_time.
 *
 * @param constraints - Endpoints, fixed values and date range; see {@link ValidPayloadConstraints}.
 * @returns An arbitrary of `{ endpoint, payload }`, discriminated by endpoint.
 * @throws RangeError when a constraint is invalid.
 *
 * @example
 * ```ts
 * import * as fc from 'fast-check';
 * import { validate } from 'ps-attendance-contract';
 * import { validPayload } from 'ps-attendance-contract/arbitraries';
 *
 * fc.assert(fc.property(validPayload(), ({ endpoint, payload }) => validate(payload, endpoint).valid));
 * ```
 */
export function validPayload(constraints: ValidPayloadConstraints = {}): fc.Arbitrary<ValidPayload> {
  const wanted = choices('validPayload', 'endpoints', constraints.endpoints, endpointIds);
  const { endpoints: _endpoints, ...rest } = constraints;
  const byEndpoint: Record<EndpointId, () => fc.Arbitrary<ValidPayload>> = {
    daily_time: () => dailyTimeRequest(rest).map((payload) => ({ endpoint: 'daily_time' as const, payload })),
    batch_daily_time: () => batchDailyTimeRequest(rest).map((payload) => ({ endpoint: 'batch_daily_time' as const, payload })),
    meeting_interval: () => meetingIntervalRequest(rest).map((payload) => ({ endpoint: 'meeting_interval' as const, payload })),
  };
  const arbitraries = wanted.map((id) => byEndpoint[id]());
  return arbitraries.length === 1 && arbitraries[0] ? arbitraries[0] : fc.oneof(...arbitraries);
}
