import * as fc from 'fast-check';
import { endpointIds, isEndpointId, type EndpointId } from '../../../src/endpoints.js';
import { basePayload, type Violation } from './violation.js';

const slips = ['daily', 'batch', 'meeting', 'DAILY_TIME', 'daily-time', 'dailyTime', 'batch_daily_time ', 'meeting_intervals', '/ws/attendance/daily_time', ''];

/**
 * `unknown-endpoint`: a valid payload (for the given endpoint) passed with an endpoint id that is
 * none of the three: a slip (`daily`, `DAILY_TIME`, the URL path) or any other string.
 *
 * @example
 * ```ts
 * fc.sample(unknownEndpointViolation.build('daily_time'), 1); // endpoint 'daily', path ''
 * ```
 */
export const unknownEndpointViolation: Violation = {
  endpoints: endpointIds,
  build(endpoint) {
    const wrong = fc.oneof(fc.constantFrom(...slips), fc.string({ maxLength: 20 }).filter((s) => !isEndpointId(s)));
    return fc.tuple(basePayload(endpoint), wrong).map(([payload, id]) => ({
      endpoint: id as EndpointId,
      payload,
      expected: { code: 'unknown-endpoint' as const, path: '' },
    }));
  },
};
