import * as fc from 'fast-check';
import { endpointIds } from '../../../src/endpoints.js';
import { dailyTimeRecord } from '../daily-time-record.js';
import { basePayload, type Obj, type Violation } from './violation.js';

/**
 * `record-count`: `record` missing or empty on any endpoint; 2 to 4 records for daily_time; 201 to 203
 * for batch_daily_time. The record count cannot shrink below the limit (the array's minimum length).
 *
 * @example
 * ```ts
 * fc.sample(recordCountViolation.build('daily_time'), 1); // [{ payload: { record: [] }, expected: { code: 'record-count', path: '/record' }, … }]
 * ```
 */
export const recordCountViolation: Violation = {
  endpoints: endpointIds,
  build(endpoint) {
    const expected = { code: 'record-count' as const, path: '/record' };
    const emptied = fc.tuple(basePayload(endpoint), fc.boolean()).map(([payload, missing]) => {
      const { record: _record, ...rest } = payload;
      return { endpoint, payload: missing ? rest : { ...rest, record: [] }, expected };
    });
    if (endpoint === 'meeting_interval') return emptied;
    const [min, max] = endpoint === 'daily_time' ? [2, 4] : [201, 203];
    const tooMany = fc.array(dailyTimeRecord(), { minLength: min, maxLength: max }).map((record): { endpoint: typeof endpoint; payload: Obj; expected: typeof expected } => ({ endpoint, payload: { record }, expected }));
    return fc.oneof(emptied, tooMany);
  },
};
