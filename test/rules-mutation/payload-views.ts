import * as fc from 'fast-check';

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

const members = ['studentid', 'att_date', 'schoolid', 'yearid', 'att_mode_code', 'attendance_codeid', 'att_comment', 'total_minutes', 'programid', 'dcid', 'ccid', 'periodid', 'att_interval', 'start_time', 'end_time', 'calendar_dayid'];
// Values the schema refuses for most members (and some it accepts for a few): a wrong type, a bad pattern.
const badValue = fc.constantFrom<unknown>('09/02/2025', 'x', '', '-1', '12345678901', 7, 86401, -5, 1.5, null, true, ['1'], 'ATT_ModeMeeting', 'ATT_ModeDaily');

// Changes to a valid payload that may (or, for a leading zero, may not) give a rule something to say.
const ruleChanges = [
  fc.record({ kind: fc.constant('overlap' as const), i: fc.nat(), j: fc.nat(), by: fc.integer({ min: 1, max: 600 }) }),
  fc.record({ kind: fc.constant('same-slot' as const), i: fc.nat(), j: fc.nat() }),
  fc.record({ kind: fc.constant('copy' as const), i: fc.nat(), j: fc.nat(), member: fc.constantFrom('studentid', 'att_date', 'ccid', 'periodid', 'att_interval', 'programid', 'start_time', 'end_time') }),
  fc.record({ kind: fc.constant('unused-field' as const), i: fc.nat() }),
  fc.record({ kind: fc.constant('name' as const), i: fc.option(fc.nat()), value: fc.constantFrom('Attendance', 'ATTENDANCE', 'x') }),
  fc.record({ kind: fc.constant('comment' as const), i: fc.nat(), value: fc.constantFrom('ok', 'half \uD800', '\uDC00', 'pair \uD83D\uDE00') }),
  fc.record({ kind: fc.constant('student' as const), i: fc.nat(), value: fc.constantFrom('leading-zero', 'other') }),
  fc.record({ kind: fc.constant('date' as const), i: fc.nat() }),
  fc.record({ kind: fc.constant('swap-times' as const), i: fc.nat() }),
] as const;
// A schema mistake on one member (or on one the rules look at, such as the student or the times).
const mistake = fc.record({ kind: fc.constant('bad-member' as const), i: fc.nat(), member: fc.constantFrom(...members), value: badValue });

/**
 * One change to a valid payload ({@link applyChange}): one that may give a rule something to say,
 * and with `mistakes`, also a value the schema refuses on any attendance member.
 *
 * @example
 * ```ts
 * fc.array(payloadChange({ mistakes: true }), { maxLength: 4 });
 * ```
 */
export function payloadChange({ mistakes }: { mistakes: boolean }): fc.Arbitrary<PayloadChange> {
  return mistakes ? fc.oneof(mistake, ...ruleChanges) : fc.oneof(...ruleChanges);
}

/** What {@link payloadChange} draws. */
export type PayloadChange = (typeof ruleChanges)[number] extends fc.Arbitrary<infer C> ? C | (typeof mistake extends fc.Arbitrary<infer M> ? M : never) : never;

/**
 * Makes one {@link payloadChange} to `payload` (a valid payload's JSON copy) in place; record
 * indexes wrap around its records.
 *
 * @example
 * ```ts
 * for (const change of changes) applyChange(payload, change);
 * ```
 */
export function applyChange(payload: Json, c: PayloadChange): void {
  const records = payload['record'] as Json[];
  const n = records.length;
  const a = (i: number): Json => attendanceOf(payload, i % n);
  switch (c.kind) {
    case 'bad-member':
      a(c.i)[c.member] = c.value;
      break;
    case 'copy':
      if (a(c.i)[c.member] !== undefined) a(c.j)[c.member] = a(c.i)[c.member];
      break;
    case 'overlap': {
      const [x, y] = [a(c.i), a(c.j)];
      if (typeof x['end_time'] === 'number' && y['att_mode_code'] === 'ATT_ModeMeeting') {
        y['start_time'] = Math.max(0, x['end_time'] - c.by);
        y['end_time'] = (y['start_time'] as number) + 900;
      }
      break;
    }
    case 'same-slot': {
      const [x, y] = [a(c.i), a(c.j)];
      for (const field of ['ccid', 'periodid', 'att_interval']) if (x[field] !== undefined && y[field] !== undefined) y[field] = x[field];
      break;
    }
    case 'unused-field': {
      const x = a(c.i);
      const mode = x['att_mode_code'];
      if (mode === 'ATT_ModeDaily') x['total_minutes'] = '30';
      else if (mode === 'ATT_ModeMeeting') x['att_interval'] = '3';
      else if (mode === 'ATT_ModeInterval') x['start_time'] = 29400;
      break;
    }
    case 'name':
      if (c.i === null) payload['name'] = c.value;
      else (records[c.i % n] as Json)['name'] = c.value;
      break;
    case 'comment':
      a(c.i)['att_comment'] = c.value;
      break;
    case 'student':
      a(c.i)['studentid'] = c.value === 'leading-zero' ? `0${String(a(0)['studentid'])}` : '999999';
      break;
    case 'date':
      a(c.i)['att_date'] = '2024-01-02';
      break;
    case 'swap-times': {
      const x = a(c.i);
      if (x['att_mode_code'] === 'ATT_ModeMeeting') [x['start_time'], x['end_time']] = [x['end_time'], x['start_time']];
      break;
    }
  }
}
