/**
 * Each record's `tables.attendance` when it is an object (`undefined` for a record without one), by
 * record index; `[]` when the payload has no `record` array. Reads own members only and never throws
 * on plain JSON data.
 *
 * @example
 * ```ts
 * attendanceTables({ record: [{ tables: { attendance: { studentid: '4242' } } }, null] });
 * // [{ studentid: '4242' }, undefined]
 * ```
 */
export function attendanceTables(payload: unknown): (Readonly<Record<string, unknown>> | undefined)[] {
  const records = isObject(payload) && Object.hasOwn(payload, 'record') ? payload['record'] : undefined;
  if (!Array.isArray(records)) return [];
  return records.map((record: unknown) => {
    const tables = isObject(record) && Object.hasOwn(record, 'tables') ? record['tables'] : undefined;
    const attendance = isObject(tables) && Object.hasOwn(tables, 'attendance') ? tables['attendance'] : undefined;
    return isObject(attendance) ? attendance : undefined;
  });
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
