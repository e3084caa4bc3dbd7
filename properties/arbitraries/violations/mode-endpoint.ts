import * as fc from 'fast-check';
import { attendanceModes, endpointIds, endpoints } from '../../../src/endpoints.js';
import { basePayload, pointer, recordIndex, withAttendance, type Violation } from './violation.js';

/**
 * `mode-endpoint`: one record given a real mode the endpoint does not accept (Meeting or Interval to
 * the daily endpoints, Daily or Time to meeting_interval).
 *
 * @example
 * ```ts
 * fc.sample(modeEndpointViolation.build('batch_daily_time'), 1); // att_mode_code 'ATT_ModeMeeting'
 * ```
 */
export const modeEndpointViolation: Violation = {
  endpoints: endpointIds,
  build(endpoint) {
    const foreign = attendanceModes.filter((mode) => !endpoints[endpoint].modes.includes(mode));
    return fc.tuple(basePayload(endpoint), fc.constantFrom(...foreign), fc.nat()).map(([payload, mode, pick]) => {
      const j = recordIndex(pick, payload.record.length);
      return {
        endpoint,
        payload: withAttendance(payload, j, (a) => ({ ...a, att_mode_code: mode })),
        expected: { code: 'mode-endpoint' as const, path: pointer(j, 'att_mode_code') },
      };
    });
  },
};
