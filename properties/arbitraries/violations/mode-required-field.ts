import * as fc from 'fast-check';
import { endpointIds } from '../../../src/endpoints.js';
import { asMode, basePayload, pointer, recordIndex, withAttendance, type Violation } from './violation.js';

/**
 * `mode-required-field`: one record turned into ATT_ModeTime without total_minutes (daily_time,
 * batch_daily_time), or into ATT_ModeMeeting without start_time or end_time, or ATT_ModeInterval
 * without att_interval (meeting_interval).
 *
 * @example
 * ```ts
 * fc.sample(modeRequiredFieldViolation.build('meeting_interval'), 1); // path '/record/0/tables/attendance/end_time'
 * ```
 */
export const modeRequiredFieldViolation: Violation = {
  endpoints: endpointIds,
  build(endpoint) {
    const ways =
      endpoint === 'meeting_interval'
        ? ([
            ['ATT_ModeMeeting', 'start_time'],
            ['ATT_ModeMeeting', 'end_time'],
            ['ATT_ModeInterval', 'att_interval'],
          ] as const)
        : ([['ATT_ModeTime', 'total_minutes']] as const);
    return fc.tuple(basePayload(endpoint), fc.constantFrom(...ways), fc.nat()).map(([payload, [mode, field], pick]) => {
      const j = recordIndex(pick, payload.record.length);
      return {
        endpoint,
        payload: withAttendance(payload, j, (a) => {
          const { [field]: _removed, ...rest } = asMode(a, mode);
          return rest;
        }),
        expected: { code: 'mode-required-field' as const, path: pointer(j, field) },
      };
    });
  },
};
