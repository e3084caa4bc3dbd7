import * as fc from 'fast-check';
import { alwaysRequiredFields, endpointIds } from '../../../src/endpoints.js';
import { basePayload, pointer, recordIndex, withAttendance, type Violation } from './violation.js';

/**
 * `required-field`: one of the six always-required columns removed from one record.
 *
 * @example
 * ```ts
 * fc.sample(requiredFieldViolation.build('daily_time'), 1); // path '/record/0/tables/attendance/studentid'
 * ```
 */
export const requiredFieldViolation: Violation = {
  endpoints: endpointIds,
  build(endpoint) {
    return fc.tuple(basePayload(endpoint), fc.constantFrom(...alwaysRequiredFields), fc.nat()).map(([payload, field, pick]) => {
      const j = recordIndex(pick, payload.record.length);
      return {
        endpoint,
        payload: withAttendance(payload, j, ({ [field]: _removed, ...rest }) => rest),
        expected: { code: 'required-field' as const, path: pointer(j, field) },
      };
    });
  },
};
