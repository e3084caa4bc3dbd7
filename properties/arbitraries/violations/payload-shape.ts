import * as fc from 'fast-check';
import { endpointIds } from '../../../src/endpoints.js';
import { basePayload, recordIndex, withRecord, type Obj, type Violation } from './violation.js';

const notObjects = [null, 'ATTENDANCE', 0, true, [] as unknown[]];

/**
 * `payload-shape`: the payload, `record`, a record, `tables` or `tables.attendance` is missing or of
 * the wrong shape. Each way of breaking it replaces or removes one level of a valid payload.
 *
 * @example
 * ```ts
 * fc.sample(payloadShapeViolation.build('daily_time'), 1); // [{ payload: { record: [null] }, expected: { code: 'payload-shape', path: '/record/0' }, … }]
 * ```
 */
export const payloadShapeViolation: Violation = {
  endpoints: endpointIds,
  build(endpoint) {
    const level = fc.constantFrom('root', 'record-array', 'record', 'tables-missing', 'tables', 'attendance-missing', 'attendance');
    return fc.tuple(basePayload(endpoint), level, fc.constantFrom(...notObjects), fc.nat()).map(([payload, where, bad, pick]) => {
      const j = recordIndex(pick, payload.record.length);
      const at = (path: string, value: Obj | unknown) => ({ endpoint, payload: value, expected: { code: 'payload-shape' as const, path } });
      switch (where) {
        case 'root':
          // A common slip: sending the record array itself, or a scalar.
          return at('', Array.isArray(bad) ? payload.record : bad);
        case 'record-array':
          return at('/record', { ...payload, record: Array.isArray(bad) ? payload.record[0] : bad });
        case 'record':
          return at(`/record/${j}`, withRecord(payload, j, () => bad));
        case 'tables-missing':
          return at(`/record/${j}/tables`, withRecord(payload, j, ({ tables: _tables, ...rest }) => rest));
        case 'tables':
          return at(`/record/${j}/tables`, withRecord(payload, j, (r) => ({ ...r, tables: bad })));
        case 'attendance-missing':
          return at(`/record/${j}/tables/attendance`, withRecord(payload, j, (r) => ({ ...r, tables: {} })));
        case 'attendance':
          return at(`/record/${j}/tables/attendance`, withRecord(payload, j, (r) => ({ ...r, tables: { attendance: Array.isArray(bad) ? [(r['tables'] as Obj)['attendance']] : bad } })));
      }
    });
  },
};
