// Helpers of the tests that hold validate()'s shortcuts to the rule runner.

/** A JSON object, as the tests edit payloads. */
export type Json = Record<string, unknown>;

/**
 * The same members on an object with another prototype: never proved plain, so validate() takes
 * the own-member path and runs every rule. Copied with their descriptors, so that an own `__proto__`
 * member stays an own member, not a prototype. Anything but an object is returned as it is.
 *
 * @example
 * ```ts
 * expect(validate(payload, endpoint)).toEqual(validate(notPlain(payload), endpoint));
 * ```
 */
export const notPlain = (payload: Json): Json =>
  payload !== null && typeof payload === 'object' && !Array.isArray(payload)
    ? (Object.create(Object.create(Object.prototype) as object, Object.getOwnPropertyDescriptors(payload)) as Json)
    : payload;

/**
 * The attendance table of record `i` of `payload`.
 *
 * @example
 * ```ts
 * attendanceOf(payload, 0)['att_date'] = '2024-01-02';
 * ```
 */
export const attendanceOf = (payload: Json, i: number): Json => ((payload['record'] as Json[])[i]?.['tables'] as Json)['attendance'] as Json;
