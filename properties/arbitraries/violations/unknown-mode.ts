import * as fc from 'fast-check';
import { attendanceModes, endpointIds } from '../../../src/endpoints.js';
import { basePayload, pointer, recordIndex, withAttendance, type Violation } from './violation.js';

const lookalikes = ['ATT_MODEDAILY', 'att_modedaily', 'Att_ModeTime', 'ATT_ModeMeeting ', ' ATT_ModeInterval', 'ATT_Mode_Daily', 'ATT_ModeDay', 'Daily', 'Meeting', 'ATT_ModeTimes', ''];

/**
 * `unknown-mode`: att_mode_code of one record set to a string that is none of the four modes:
 * wrong case, extra spaces, near misses, or any other string.
 *
 * @example
 * ```ts
 * fc.sample(unknownModeViolation.build('daily_time'), 1); // att_mode_code 'ATT_MODEDAILY'
 * ```
 */
export const unknownModeViolation: Violation = {
  endpoints: endpointIds,
  build(endpoint) {
    const mode = fc.oneof(fc.constantFrom(...lookalikes), fc.string().filter((s) => !(attendanceModes as readonly string[]).includes(s)));
    return fc.tuple(basePayload(endpoint), mode, fc.nat()).map(([payload, code, pick]) => {
      const j = recordIndex(pick, payload.record.length);
      return {
        endpoint,
        payload: withAttendance(payload, j, (a) => ({ ...a, att_mode_code: code })),
        expected: { code: 'unknown-mode' as const, path: pointer(j, 'att_mode_code') },
      };
    });
  },
};
