import type { ErrorObject, ValidateFunction } from 'ajv';
import {
  countDailyTimeAttendanceMembers,
  countMeetingIntervalAttendanceMembers,
  countPayloadMembers,
  countRecordMembers,
  countTablesMembers,
  modelMemberNames,
  takeEnumeratedMembers,
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
  return plainMembers(payload, endpoint) !== undefined;
}

/**
 * {@link provesValidPlain}, answered with what the proof counted: the number of members with a
 * defined value in the payload and every object of its model (records, `tables`, `attendance`),
 * when it proves the payload valid plain data; `undefined` when it does not. For what `JSON.parse`
 * returned (no undefined values, and no objects beyond the model's once the schema passed) that is
 * every member of the value, which is what a duplicate-member proof needs.
 *
 * @example
 * ```ts
 * plainMembers(JSON.parse('{"record":[{"tables":{"attendance":{"studentid":"1","att_date":"2025-09-02","schoolid":"1","yearid":"35","att_mode_code":"ATT_ModeDaily","attendance_codeid":"3"}}}]}'), 'daily_time'); // 9
 * plainMembers({ record: [] }, 'daily_time'); // undefined (not valid)
 * ```
 */
export function plainMembers(payload: unknown, endpoint: EndpointId): number | undefined {
  try {
    if (!cleanObjectPrototype() || !(plainChecks[endpoint](payload) as boolean)) return undefined;
    const members = ownedModelMembers(payload as Readonly<Record<string, unknown>>, endpoint);
    return members < 0 ? undefined : members;
  } catch {
    return undefined;
  }
}

/**
 * The plain-data check of a value `JSON.parse` has just returned (untouched): whether it passes the
 * endpoint's schema, with its member count when it does and the schema errors when it does not.
 *
 * `JSON.parse` makes only plain data: `Object.prototype` and `Array.prototype`, own enumerable data
 * members, no undefined value. So once `Object.prototype` has no enumerable member and none named as
 * a model member (enumerable or not), plain member reads see exactly the own members, the plain-access
 * validator answers as the own-member one, and `for…in` lists exactly each object's own members, so
 * the members it counts are all the value has (the schema admits no objects but the model's). No
 * proof per object is needed, unlike
 * {@link plainMembers}. When `Object.prototype` is not clean the answer is `undefined`: use the
 * own-member check.
 *
 * @example
 * ```ts
 * const check = checkParsedJson(JSON.parse(text), 'daily_time');
 * if (check?.valid) console.log(check.members); else if (check) console.log(check.errors);
 * ```
 */
export function checkParsedJson(value: unknown, endpoint: EndpointId): ParsedJsonCheck | undefined {
  if (!cleanObjectPrototype()) return undefined;
  for (let i = 0; i < modelMemberNames.length; i++) if ((modelMemberNames[i] as string) in Object.prototype) return undefined;
  const check = plainChecks[endpoint];
  // Valid, each object of the model was listed by exactly one of the check's for…in loops, and every
  // attendance value is a string or a number: the loops counted the payload's members.
  takeEnumeratedMembers();
  if (check(value) as boolean) return { valid: true, members: takeEnumeratedMembers() };
  const errors = check.errors ?? [];
  // Mistakes on attendance members only leave every object of the model in place: their members
  // are counted as for a valid payload, unless a mistaken value is an object or array, whose depth
  // nothing has bounded.
  const shaped = onlyAttendanceMemberErrors(errors);
  return { valid: false, errors, shaped, members: shaped ? parsedMembers(value as Readonly<Record<string, unknown>>) : undefined };
}

/**
 * What {@link checkParsedJson} found: valid with every member counted, or the schema errors. Invalid,
 * `shaped` says that every error is on a member of an attendance table other than att_mode_code, so
 * that every object above them passed its checks (type, required members, no others) and each
 * record's mode chose its branch: the payload has the model's shape. Its `members` then counts the
 * members of the payload, records, tables and attendance tables, all it has (unless an attendance
 * value is an object or an array: then undefined).
 *
 * @example
 * ```ts
 * const found: ParsedJsonCheck = { valid: true, members: 9 };
 * const mistaken: ParsedJsonCheck = { valid: false, errors, shaped: true, members: 9 }; // errors: ajv's
 * ```
 */
export type ParsedJsonCheck =
  | { readonly valid: true; readonly members: number }
  | { readonly valid: false; readonly errors: readonly ErrorObject[]; readonly shaped: boolean; readonly members: number | undefined };

// /record/<i>/tables/attendance/<member>: the pointer of a value in an attendance table.
const attendanceMember = /^\/record\/\d+\/tables\/attendance\/([^/]+)$/;

function onlyAttendanceMemberErrors(errors: readonly ErrorObject[]): boolean {
  for (const error of errors) {
    const member = attendanceMember.exec(error.instancePath)?.[1];
    if (member === undefined || member === 'att_mode_code') return false;
  }
  return true;
}

// Whether `Object.prototype` has no enumerable member (nothing has polluted it), so that `for…in`
// and plain member reads see only an object's own members on plain data.
function cleanObjectPrototype(): boolean {
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

// The schema passed, so the payload, records, tables and attendance tables are objects of the model:
// the defined members of them all, counted by name, or -1 unless each object has only own enumerable
// ones (for data not known to come from JSON.parse).
function ownedModelMembers(payload: Plain, endpoint: EndpointId): number {
  let members = countPayloadMembers(payload);
  if (!owned(payload, members)) return -1;
  const records = payload['record'] as readonly Plain[];
  const countAttendance = attendanceCounters[endpoint];
  for (let i = 0; i < records.length; i++) {
    const record = records[i] as Plain;
    const tables = record['tables'] as Plain;
    const attendance = tables['attendance'] as Plain;
    const inRecord = countRecordMembers(record);
    const inTables = countTablesMembers(tables);
    const inAttendance = countAttendance(attendance);
    if (!owned(record, inRecord) || !owned(tables, inTables) || !owned(attendance, inAttendance)) return -1;
    members += inRecord + inTables + inAttendance;
  }
  return members;
}

// What JSON.parse made, of the model's shape (it passed the schema, or failed it only on attendance
// members), with Object.prototype clean: the payload, records, tables and attendance tables are its
// objects, and for…in lists exactly the own members of each. Undefined when an attendance value is an
// object or an array (only a payload the schema refused has one), whose depth nothing has bounded.
// One short loop per object (the counts by name are one long expression per model, slower for V8 to
// optimise).
function parsedMembers(payload: Plain): number | undefined {
  let members = memberCount(payload);
  const records = payload['record'] as readonly Plain[];
  for (let i = 0; i < records.length; i++) {
    const record = records[i] as Plain;
    const tables = record['tables'] as Plain;
    const attendance = tables['attendance'] as Plain;
    members += memberCount(record) + memberCount(tables);
    for (const key in attendance) {
      const member = attendance[key];
      if (member !== null && typeof member === 'object') return undefined;
      members++;
    }
  }
  return members;
}

function memberCount(object: Plain): number {
  let count = 0;
  for (const _ in object) count++;
  return count;
}

// `byName` model members of `object` have a defined value: are they all its own enumerable members?
function owned(object: Plain, byName: number): boolean {
  const prototype: unknown = Object.getPrototypeOf(object);
  if (prototype !== Object.prototype && prototype !== null) return false;
  let enumerated = 0;
  for (const key in object) if (object[key] !== undefined) enumerated++;
  return byName === enumerated;
}
