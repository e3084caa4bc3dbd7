import * as fc from 'fast-check';
import { endpointIds } from '../../../src/endpoints.js';
import { attDate } from '../att-date.js';
import { basePayload, pointer, recordIndex, withAttendance, type Violation } from './violation.js';

const impossible = ['2025-02-29', '2100-02-29', '1900-02-29', '2025-04-31', '2025-13-01', '2025-00-10', '2025-09-00', '2025-09-32', '0000-00-00', '', 'today', '2025-9-2', '20250902'];
// A real date written in a way the contract rejects.
const rewrites: ((y: string, m: string, d: string) => string)[] = [
  (y, m, d) => `${m}/${d}/${y}`,
  (y, m, d) => `${d}.${m}.${y}`,
  (y, m, d) => `${y}/${m}/${d}`,
  (y, m, d) => `${y}-${m}-${d}T00:00:00Z`,
  (y, m, d) => `${y}-${m}-${d} 08:00`,
  (y, m, d) => `${y}-${m}-${d}Z`,
  (y, m, d) => ` ${y}-${m}-${d}`,
  (y, m, d) => `${Number(m)}/${Number(d)}/${y.slice(2)}`,
];

/**
 * `date-format`: att_date of one record set to a date that does not exist (2025-02-29, month 13,
 * day 0 or 32), a malformed string, or a real date written otherwise than YYYY-MM-DD (MM/DD/YYYY,
 * DD.MM.YYYY, a datetime, extra spaces).
 *
 * @example
 * ```ts
 * fc.sample(dateFormatViolation.build('daily_time'), 1); // att_date '09/02/2025'
 * ```
 */
export const dateFormatViolation: Violation = {
  endpoints: endpointIds,
  build(endpoint) {
    const rewritten = fc.tuple(attDate(), fc.nat()).map(([date, k]) => {
      const [y = '', m = '', d = ''] = date.split('-');
      return (rewrites[k % rewrites.length] ?? rewrites[0]!)(y, m, d);
    });
    const bad = fc.oneof(fc.constantFrom(...impossible), rewritten);
    return fc.tuple(basePayload(endpoint), bad, fc.nat()).map(([payload, value, pick]) => {
      const j = recordIndex(pick, payload.record.length);
      return { endpoint, payload: withAttendance(payload, j, (a) => ({ ...a, att_date: value })), expected: { code: 'date-format' as const, path: pointer(j, 'att_date') } };
    });
  },
};
