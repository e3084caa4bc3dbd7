import type { ErrorObject, ValidateFunction } from 'ajv';
import { validateBatchDailyTimeRequest, validateDailyTimeRequest, validateMeetingIntervalRequest } from '../generated/validators.js';
import type { Diagnostic, ValidationResult } from './diagnostic.js';
import { endpoints, isEndpointId, type AttendanceMode, type EndpointId } from './endpoints.js';
import { translateSchemaErrors } from './translate-schema-errors.js';
import { checkParsedJson, provesValidPlain, type ParsedJsonCheck } from './plain-schema-check.js';
import { isQuietDailyTime } from './rules/quiet-daily-time.js';
import { isQuietMeetingInterval } from './rules/quiet-meeting-interval.js';
import { semanticRules } from './rules/catalogue.js';
import type { CheckContext, FieldFlags, RecordView } from './rules/check-context.js';
import { unknownEndpointMessage } from './rules/unknown-endpoint.js';
import { fieldFlagMasks, flaggedMember } from './rules/field-flag-masks.js';

// Compiled at build time (generated/validators.js, ajv standalone): no schema compilation at run time.
const schemaChecks: Readonly<Record<EndpointId, ValidateFunction>> = {
  daily_time: validateDailyTimeRequest,
  batch_daily_time: validateBatchDailyTimeRequest,
  meeting_interval: validateMeetingIntervalRequest,
};

/**
 * Validates an attendance payload for one endpoint against the whole contract: the endpoint's JSON
 * Schema (translated into rule codes) and the rules JSON Schema cannot express (one student and day
 * per meeting_interval payload, time order, duplicates, overlaps, warnings).
 *
 * It never throws, whatever it is given (any JSON value, `undefined`, functions, BigInt, cyclic or
 * hostile objects, a wrong endpoint id): every problem is a diagnostic.
 *
 * @param payload - The request body, as parsed JSON (or the object your code is about to send).
 * @param endpoint - `daily_time`, `batch_daily_time` or `meeting_interval`.
 * @returns `valid` (no error-severity diagnostic) and every diagnostic, in payload order.
 *
 * @example
 * ```ts
 * import { validate } from 'ps-attendance-contract';
 *
 * const { valid, diagnostics } = validate(
 *   { record: [{ tables: { attendance: { studentid: '4242', att_date: '2025-09-02', schoolid: '100',
 *     yearid: '35', att_mode_code: 'ATT_ModeTime', attendance_codeid: '12' } } }] },
 *   'daily_time',
 * );
 * // valid === false
 * // diagnostics[0].code === 'mode-required-field'
 * // diagnostics[0].path === '/record/0/tables/attendance/total_minutes'
 * ```
 */
export function validate(payload: unknown, endpoint: EndpointId): ValidationResult {
  return validateAny(payload, endpoint, false);
}

/**
 * {@link validate} for a value `JSON.parse` has just returned, untouched (the CLI's case, the mock's):
 * the same result, quicker. `JSON.parse` makes only plain data (own data members,
 * `Object.prototype` and `Array.prototype`), so the own-member semantics hold by construction once
 * `Object.prototype` is clean (see `checkParsedJson`): the schema check is the plain-data one, its
 * errors are the schema errors, and the rules read members without testing them. For any other
 * value (built in code, edited after parsing, a class instance, a Proxy) the answer may differ from
 * validate()'s: use validate().
 *
 * @param payload - What `JSON.parse` returned for the request body.
 * @param endpoint - `daily_time`, `batch_daily_time` or `meeting_interval`.
 * @param check - What `checkParsedJson(payload, endpoint)` answered, when the caller already asked
 *   (lint does, to prove the text free of duplicate members): not asked again.
 * @example
 * ```ts
 * const { valid, diagnostics } = validateParsedJson(JSON.parse(text), 'batch_daily_time');
 * ```
 */
export function validateParsedJson(payload: unknown, endpoint: EndpointId, check?: ParsedJsonCheck): ValidationResult {
  return validateAny(payload, endpoint, true, check);
}

function validateAny(payload: unknown, endpoint: EndpointId, parsedJson: boolean, known?: ParsedJsonCheck): ValidationResult {
  try {
    if (!isEndpointId(endpoint)) {
      return finish([{ code: 'unknown-endpoint', severity: 'error', path: '', message: unknownEndpointMessage(endpoint) }]);
    }
    // What JSON.parse made is plain data throughout while Object.prototype is clean: the plain-data
    // check answers for it, errors included. Anything else is proved valid plain data by the quicker
    // plain-access validator, or gets the own-member check and its errors.
    const parsed = parsedJson ? (known ?? checkParsedJson(payload, endpoint)) : undefined;
    const plain = parsed === undefined ? provesValidPlain(payload, endpoint) : parsed.valid;
    // A valid plain payload with nothing for a rule to say (the common batch, a day's bell schedule) is done.
    if (plain && endpoint !== 'meeting_interval' && isQuietDailyTime(payload as Record<string, unknown>)) return { valid: true, diagnostics: [] };
    if (plain && endpoint === 'meeting_interval' && isQuietMeetingInterval(payload as Record<string, unknown>)) return { valid: true, diagnostics: [] };
    const diagnostics = plain ? [] : translateSchemaErrors(parsed?.valid === false ? parsed.errors : ownMemberErrors(payload, endpoint), payload, endpoint);
    // Parsed JSON whose schema errors are all on attendance members (a bad date or id, the common
    // mistake) has the model's shape: the quiet checks answer for the rules there too, leaving the
    // flagged members out as the rules do.
    if (parsed?.valid === false && parsed.shaped) {
      const payloadObject = payload as Record<string, unknown>;
      const masks = fieldFlagMasks(diagnostics, (payloadObject['record'] as readonly unknown[]).length);
      if (endpoint === 'meeting_interval' ? isQuietMeetingInterval(payloadObject, masks) : isQuietDailyTime(payloadObject, masks)) return finish(diagnostics);
    }
    if (isObject(payload)) runSemanticRules(payload, endpoint, diagnostics, plain || parsed !== undefined, fieldFlags(diagnostics));
    return finish(diagnostics);
  } catch (error) {
    // Only a hostile value (a throwing getter or Proxy) gets here: report it, never rethrow.
    const reason = error instanceof Error ? error.message : 'reading it threw';
    return finish([{ code: 'payload-shape', severity: 'error', path: '', message: `The payload could not be read as JSON data (${reason.slice(0, 200)}): pass plain parsed JSON.` }]);
  }
}

// The own-member check's errors ([] when it passes: a valid payload not proved plain).
function ownMemberErrors(payload: unknown, endpoint: EndpointId): readonly ErrorObject[] {
  const check = schemaChecks[endpoint];
  return check(payload) ? [] : (check.errors ?? []);
}

function finish(diagnostics: Diagnostic[]): ValidationResult {
  // Stable sort: payload-level findings first, then record by record in schema-then-rule order.
  const ordered = diagnostics.length > 1 ? [...diagnostics].sort((a, b) => (a.recordIndex ?? -1) - (b.recordIndex ?? -1)) : diagnostics;
  return { valid: !ordered.some((d) => d.severity === 'error'), diagnostics: ordered };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

// The members the schema diagnostics point at, as the rules see them (CheckContext.isFlagged).
function fieldFlags(diagnostics: readonly Diagnostic[]): FieldFlags {
  const flagged = new Set<string>();
  for (const d of diagnostics) {
    const member = flaggedMember(d);
    if (member !== undefined) flagged.add(`${d.recordIndex}/${member}`);
  }
  // The set is empty for a valid payload, so the common case costs one size check.
  return (index, field) => flagged.size !== 0 && flagged.has(`${index}/${field}`);
}

// `isFlagged`: the members the schema diagnostics point at (fieldFlags), taken before any rule reports.
function runSemanticRules(payload: Record<string, unknown>, endpoint: EndpointId, diagnostics: Diagnostic[], plain: boolean, isFlagged: FieldFlags): void {
  const context: CheckContext = {
    endpoint,
    payload,
    views: recordViews(payload, endpoints[endpoint].modes, plain),
    plain,
    isFlagged,
    report: (diagnostic) => diagnostics.push(diagnostic),
  };
  // Rules about meetings and one-student-one-day payloads have nothing to check on the Daily/Time
  // endpoints: skipping them there keeps the valid-batch path close to the bare schema check.
  for (const rule of semanticRules) if (rule.endpoints === undefined || rule.endpoints.includes(endpoint)) rule.check(context);
}

// A member is present when it is an own member with a defined value, as for the schema check (and
// JSON.stringify). On data proved plain every defined member is an own one, so a read is enough.
function member(plain: boolean, object: Readonly<Record<string, unknown>>, name: string): unknown {
  return plain || Object.hasOwn(object, name) ? object[name] : undefined;
}

function recordViews(payload: Record<string, unknown>, modes: readonly AttendanceMode[], plain: boolean): RecordView[] {
  const records = member(plain, payload, 'record');
  if (!Array.isArray(records)) return [];
  const views: RecordView[] = [];
  for (let index = 0; index < records.length; index++) {
    const record: unknown = records[index];
    if (!isObject(record)) continue;
    const tables = member(plain, record, 'tables');
    if (!isObject(tables)) continue;
    const attendance = member(plain, tables, 'attendance');
    if (!isObject(attendance)) continue;
    const mode = attendance['att_mode_code'];
    if (typeof mode === 'string' && (modes as readonly string[]).includes(mode)) views.push({ index, attendance, mode: mode as AttendanceMode });
  }
  return views;
}
