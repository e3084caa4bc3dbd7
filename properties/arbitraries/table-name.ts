import * as fc from 'fast-check';
import { fail } from './check-constraints.js';

/**
 * `{ name: "ATTENDANCE" }` always, never, or sometimes, for spreading into a payload or record.
 *
 * @example
 * ```ts
 * fc.sample(tableName('dailyTimeRecord', true), 1); // [{ name: 'ATTENDANCE' }]
 * ```
 */
export function tableName(caller: string, withTableName: unknown): fc.Arbitrary<{ name?: 'ATTENDANCE' }> {
  if (withTableName !== undefined && typeof withTableName !== 'boolean') fail(caller, 'withTableName', 'a boolean', withTableName);
  if (withTableName === true) return fc.constant({ name: 'ATTENDANCE' as const });
  if (withTableName === false) return fc.constant({});
  return fc.record({ name: fc.constant('ATTENDANCE' as const) }, { requiredKeys: [] });
}
