import type { ValidateFunction } from 'ajv';
import {
  countDailyTimeAttendanceMembers,
  countMeetingIntervalAttendanceMembers,
  countPayloadMembers,
  countRecordMembers,
  countTablesMembers,
  validateBatchDailyTimeRequest,
  validateDailyTimeRequest,
  validateMeetingIntervalRequest,
} from '../generated/plain-validators.js';
import type { EndpointId } from './endpoints.js';

// The same schemas compiled without ajv's `ownProperties`: members are read as `data.x !== undefined`,
// not also tested with hasOwnProperty, which is most of the cost of the own-member check. They agree
// with the own-member validators on every object whose defined members are all its own.
const plainChecks: Readonly<Record<EndpointId, ValidateFunction>> = {
  daily_time: validateDailyTimeRequest,
  batch_daily_time: validateBatchDailyTimeRequest,
  meeting_interval: validateMeetingIntervalRequest,
};

type Counter = (object: Readonly<Record<string, unknown>>) => number;
const attendanceCounters: Readonly<Record<EndpointId, Counter>> = {
  daily_time: countDailyTimeAttendanceMembers,
  batch_daily_time: countDailyTimeAttendanceMembers,
  meeting_interval: countMeetingIntervalAttendanceMembers,
};

/**
 * Whether `payload` passes the endpoint's schema check, proved on a fast path that only plain data
 * can take; `false` means "not proved": run the own-member check (a payload can be valid and still
 * get `false`, never the reverse).
 *
 * The fast validators read members with plain property access, so they would count an inherited
 * member (or one a Proxy's `get` invents) as present. A pass is trusted only when, at every object
 * the schema reads by member name (the payload, each record, `tables`, `attendance`), every model
 * member with a defined value is one of the object's own enumerable members: the prototype is
 * `Object.prototype` (with no enumerable member of its own) or null, and the defined model members
 * counted by name equal the defined members `for…in` enumerates, which a Proxy answers with its
 * `ownKeys` and `getOwnPropertyDescriptor` traps, and a getter with its own result. Anything that
 * throws on the way also means "not proved".
 *
 * @example
 * ```ts
 * provesValidPlain({ record: [] }, 'daily_time'); // false (not valid)
 * provesValidPlain(Object.create({ record: [] }), 'daily_time'); // false (not plain): the own-member check decides
 * ```
 */
export function provesValidPlain(payload: unknown, endpoint: EndpointId): boolean {
  try {
    return cleanObjectPrototype() && (plainChecks[endpoint](payload) as boolean) && ownedByEveryObject(payload as Readonly<Record<string, unknown>>, endpoint);
  } catch {
    return false;
  }
}

/**
 * Whether `Object.prototype` has no enumerable member (nothing has polluted it), so that `for…in` and
 * plain member reads see only an object's own members on plain data.
 *
 * @example
 * ```ts
 * cleanObjectPrototype(); // true, unless some code added an enumerable member to Object.prototype
 * ```
 */
export function cleanObjectPrototype(): boolean {
  for (const _ in Object.prototype) return false;
  return true;
}

/**
 * The endpoint's plain-access validator (all errors), for data known to be plain throughout (what
 * `JSON.parse` returns): there its answer and its errors are the own-member validator's.
 *
 * @example
 * ```ts
 * const check = plainSchemaCheck('daily_time');
 * if (!check(JSON.parse(text))) console.log(check.errors);
 * ```
 */
export function plainSchemaCheck(endpoint: EndpointId): ValidateFunction {
  return plainChecks[endpoint];
}

type Plain = Readonly<Record<string, unknown>>;

// The schema passed, so the payload, records, tables and attendance tables are objects of the model.
function ownedByEveryObject(payload: Plain, endpoint: EndpointId): boolean {
  if (!owned(payload, countPayloadMembers(payload))) return false;
  const records = payload['record'] as readonly Plain[];
  const countAttendance = attendanceCounters[endpoint];
  for (let i = 0; i < records.length; i++) {
    const record = records[i] as Plain;
    const tables = record['tables'] as Plain;
    const attendance = tables['attendance'] as Plain;
    if (!owned(record, countRecordMembers(record)) || !owned(tables, countTablesMembers(tables)) || !owned(attendance, countAttendance(attendance))) return false;
  }
  return true;
}

// `byName` model members of `object` have a defined value: are they all its own enumerable members?
function owned(object: Plain, byName: number): boolean {
  const prototype: unknown = Object.getPrototypeOf(object);
  if (prototype !== Object.prototype && prototype !== null) return false;
  let enumerated = 0;
  for (const key in object) if (object[key] !== undefined) enumerated++;
  return byName === enumerated;
}
