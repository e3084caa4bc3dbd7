// Constraint checks shared by the arbitraries: a wrong constraint is the caller's mistake, so it
// fails at once with what was wrong and what to pass, not later as a confusing generated value.

const idPattern = /^[0-9]{1,10}$/;
const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Throws a RangeError naming the arbitrary and the constraint.
 *
 * @example
 * ```ts
 * fail('idString', 'maxDigits', 'an integer from 1 to 10', 11); // throws
 * ```
 */
export function fail(caller: string, name: string, expected: string, value: unknown): never {
  throw new RangeError(`${caller}(): constraints.${name} must be ${expected}, but is ${JSON.stringify(value) ?? String(value)}.`);
}

/**
 * Checks an optional fixed id (studentid, schoolid, …): 1 to 10 decimal digits.
 *
 * @example
 * ```ts
 * checkId('dailyAttendance', 'studentid', '4242'); // ok
 * ```
 */
export function checkId(caller: string, name: string, value: unknown): void {
  if (value !== undefined && (typeof value !== 'string' || !idPattern.test(value))) fail(caller, name, 'a string of 1 to 10 decimal digits, e.g. "4242"', value);
}

/**
 * Checks an optional fixed att_date: a real calendar date written YYYY-MM-DD.
 *
 * @example
 * ```ts
 * checkDate('dailyAttendance', 'att_date', '2025-09-02'); // ok
 * ```
 */
export function checkDate(caller: string, name: string, value: unknown): void {
  if (value === undefined) return;
  const match = typeof value === 'string' ? datePattern.exec(value) : null;
  if (match) {
    const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const date = new Date(Date.UTC(y, m - 1, d));
    if (date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d) return;
  }
  fail(caller, name, 'a calendar date written YYYY-MM-DD, e.g. "2025-09-02"', value);
}

/**
 * Checks an optional integer constraint inside [min, max] and returns it or the default.
 *
 * @example
 * ```ts
 * integerIn('batchDailyTimeRequest', 'maxRecords', undefined, 10, 1, 200); // 10
 * ```
 */
export function integerIn(caller: string, name: string, value: unknown, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) fail(caller, name, `an integer from ${min} to ${max}`, value);
  return value;
}

/**
 * Checks that `min <= max` for a pair of range constraints.
 *
 * @example
 * ```ts
 * checkOrder('batchDailyTimeRequest', 'minRecords', 2, 'maxRecords', 5); // ok
 * ```
 */
export function checkOrder(caller: string, minName: string, min: number, maxName: string, max: number): void {
  if (min > max) fail(caller, minName, `at most constraints.${maxName} (${max})`, min);
}

/**
 * Checks an optional list of choices (modes, endpoints, codes): non-empty, each one allowed.
 *
 * @example
 * ```ts
 * choices('validPayload', 'endpoints', ['daily_time'], ['daily_time', 'meeting_interval']); // ['daily_time']
 * ```
 */
export function choices<T extends string>(caller: string, name: string, value: unknown, allowed: readonly T[]): readonly T[] {
  if (value === undefined) return allowed;
  if (!Array.isArray(value) || value.length === 0 || !value.every((v) => (allowed as readonly unknown[]).includes(v))) {
    fail(caller, name, `a non-empty array of ${allowed.map((a) => JSON.stringify(a)).join(', ')}`, value);
  }
  return [...new Set(value as T[])];
}
