import type { BatchDailyTimeRequest, DailyTimeRequest, MeetingIntervalRequest } from '../generated/types.js';
import type { EndpointId } from './endpoints.js';

/**
 * The request body type of each endpoint, from the generated types.
 *
 * @example
 * ```ts
 * const body: RequestFor<'meeting_interval'> = { record: [ … ] };
 * ```
 */
export interface RequestTypes {
  daily_time: DailyTimeRequest;
  batch_daily_time: BatchDailyTimeRequest;
  meeting_interval: MeetingIntervalRequest;
}

/**
 * The request body type of endpoint `E`.
 *
 * @example
 * ```ts
 * function send<E extends EndpointId>(endpoint: E, body: RequestFor<E>): Promise<Response> {
 *   return fetch(endpoints[endpoint].path, { method: 'POST', body: JSON.stringify(body) });
 * }
 * ```
 */
export type RequestFor<E extends EndpointId> = RequestTypes[E];
