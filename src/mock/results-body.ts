import type { Diagnostic } from '../diagnostic.js';
import { parsePointer } from '../pointer.js';
import type { AttendanceResultsResponse, FieldError, WriteAction, WriteResult } from '../../generated/types.js';

/** What happened to one record of a request, before it is written as a result. */
export type RecordOutcome =
  | { readonly index: number; readonly action: WriteAction; readonly id: number }
  | { readonly index?: number; readonly action: WriteAction; readonly errors: readonly FieldError[] };

/**
 * The `results` envelope of a 200 or 400 answer: counts, and one result per outcome in the order
 * given. `result` and `error_message.error` are an object for one entry and an array for several,
 * as PowerSchool sends them; `client_uid` is the record's index in the request.
 *
 * @example
 * ```ts
 * resultsBody([{ index: 0, action: 'INSERT', id: 100001 }], 'https://district.example');
 * // { results: { insert_count: 1, update_count: 0, delete_count: 0, result: { client_uid: 0, status: 'SUCCESS', … } } }
 * ```
 */
export function resultsBody(outcomes: readonly RecordOutcome[], origin: string): AttendanceResultsResponse {
  let inserts = 0;
  let updates = 0;
  const refBase = `${origin}/ws/v1/attendance/`;
  const result: WriteResult[] = outcomes.map((outcome) => {
    if ('errors' in outcome) return errorResult(outcome);
    if (outcome.action === 'INSERT') inserts++;
    else updates++;
    return { client_uid: outcome.index, status: 'SUCCESS', action: outcome.action, success_message: { id: outcome.id, ref: refBase + String(outcome.id) } };
  });
  return { results: { insert_count: inserts, update_count: updates, delete_count: 0, result: oneOrMany(result) } };
}

/**
 * The text of {@link resultsBody}: exactly `JSON.stringify(resultsBody(outcomes, origin))`, written
 * directly. A written record's result is a fixed shape, so it is put together as text instead of as an
 * object the answer would only serialize (that object and its serialization were a fifth of the mock's
 * own time for a 200-record batch); error results go through `JSON.stringify` as they are.
 *
 * @example
 * ```ts
 * resultsText([{ index: 0, action: 'INSERT', id: 100001 }], 'https://district.example');
 * // '{"results":{"insert_count":1,"update_count":0,"delete_count":0,"result":{"client_uid":0,"status":"SUCCESS",…}}}'
 * ```
 */
export function resultsText(outcomes: readonly RecordOutcome[], origin: string): string {
  let inserts = 0;
  let updates = 0;
  // The ref's prefix as a JSON string without its closing quote; the id (an integer) needs no escaping.
  const refOpen = JSON.stringify(`${origin}/ws/v1/attendance/`).slice(0, -1);
  const parts: string[] = [];
  for (const outcome of outcomes) {
    if ('errors' in outcome) {
      parts.push(JSON.stringify(errorResult(outcome)));
      continue;
    }
    if (outcome.action === 'INSERT') inserts++;
    else updates++;
    const id = integerText(outcome.id);
    parts.push('{"client_uid":' + integerText(outcome.index) + ',"status":"SUCCESS","action":' + actionText[outcome.action] + ',"success_message":{"id":' + id + ',"ref":' + refOpen + String(outcome.id) + '"}}');
  }
  const result = parts.length === 1 ? (parts[0] as string) : `[${parts.join(',')}]`;
  return `{"results":{"insert_count":${inserts},"update_count":${updates},"delete_count":0,"result":${result}}}`;
}

/**
 * The field errors of each record, from the validator's error-severity diagnostics (warnings are
 * dropped: the server accepts what they flag). Key `-1` holds the payload-level errors.
 *
 * @example
 * ```ts
 * fieldErrorsByRecord(validate(payload, 'daily_time').diagnostics).get(0);
 * // [{ field: 'attendance/total_minutes', error_code: 'MODE_REQUIRED_FIELD', error_description: '…' }]
 * ```
 */
export function fieldErrorsByRecord(diagnostics: readonly Diagnostic[]): Map<number, FieldError[]> {
  const byRecord = new Map<number, FieldError[]>();
  for (const d of diagnostics) {
    if (d.severity !== 'error') continue;
    const key = d.recordIndex ?? -1;
    const list = byRecord.get(key) ?? [];
    list.push({ field: errorField(d.path), error_code: screamingSnake(d.code), error_description: d.message });
    byRecord.set(key, list);
  }
  return byRecord;
}

/**
 * The `field` of an error from a diagnostic's JSON Pointer, as PowerSchool writes it: relative to the
 * record's `tables` (`attendance/total_minutes`), else to the record (`name`), else to the payload
 * (`record`); `""` for the whole payload.
 *
 * @example
 * ```ts
 * errorField('/record/3/tables/attendance/total_minutes'); // 'attendance/total_minutes'
 * ```
 */
export function errorField(path: string): string {
  let tokens = parsePointer(path);
  if (tokens[0] === 'record' && tokens.length > 2) tokens = tokens.slice(2);
  if (tokens[0] === 'tables' && tokens.length > 1) tokens = tokens.slice(1);
  return tokens.join('/');
}

/**
 * A rule code as an `error_code`: `mode-required-field` → `MODE_REQUIRED_FIELD`.
 *
 * @example
 * ```ts
 * screamingSnake('mode-required-field'); // 'MODE_REQUIRED_FIELD'
 * ```
 */
export function screamingSnake(code: string): string {
  return code.replace(/-/g, '_').toUpperCase();
}

const actionText: Readonly<Record<WriteAction, string>> = { INSERT: '"INSERT"', UPDATE: '"UPDATE"' };

// A number as JSON: integers (every index and id) skip JSON.stringify, which is slower.
function integerText(value: number): string {
  return Number.isSafeInteger(value) ? String(value) : JSON.stringify(value);
}

function errorResult(outcome: Extract<RecordOutcome, { readonly errors: readonly FieldError[] }>): WriteResult {
  const error = { status: 'ERROR', action: outcome.action, error_message: { error: oneOrMany(outcome.errors) } } as const;
  return outcome.index === undefined ? error : { client_uid: outcome.index, ...error };
}

function oneOrMany<T>(items: readonly T[]): T | T[] {
  return items.length === 1 && items[0] !== undefined ? items[0] : [...items];
}
