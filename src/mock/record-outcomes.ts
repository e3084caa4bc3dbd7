import type { Diagnostic } from '../diagnostic.js';
import type { EndpointId } from '../endpoints.js';
import type { FieldError } from '../../generated/types.js';
import type { AttendanceStore, StoreWrite } from './attendance-store.js';
import { errorField, fieldErrorsByRecord, type RecordOutcome } from './results-body.js';
import type { DuplicateMember } from '../json-text/find-duplicate-members.js';
import { parsePointer } from '../pointer.js';
import { attendanceTables } from '../plugin-access/attendance-tables.js';

/** The error a partial failure gives a refused record (modelled: the shape is PowerSchool's, the code is not captured). */
export const partialFailureError: FieldError = {
  field: 'attendance/attendance_codeid',
  error_code: 'INVALID_ATTENDANCE_CODE',
  error_description: 'The attendance code is not valid for this school and year.',
};

/** The error a forced 400 gives a valid payload (the date error captured from a live server, see docs/msw.md). */
export const forcedValidationError: FieldError = {
  field: 'attendance/att_date',
  error_code: 'INVALID_DATE_VALUE',
  error_description: 'Date value or date format is invalid.',
};

/**
 * The outcome of each record of a 200: records with validation errors and the records in `refuse`
 * are ERROR (not written); the others are written to the store (INSERT or UPDATE). Payload-level
 * errors come first, as a result without `client_uid`.
 *
 * @example
 * ```ts
 * writeRecords(payload, 'batch_daily_time', [], store, new Set([1]));
 * // [{ index: 0, action: 'INSERT', id: 100001 }, { index: 1, action: 'INSERT', errors: [partialFailureError] }]
 * ```
 */
export function writeRecords(
  payload: unknown,
  endpoint: EndpointId,
  diagnostics: readonly Diagnostic[],
  store: AttendanceStore,
  refuse: ReadonlySet<number>,
): RecordOutcome[] {
  const errors = fieldErrorsByRecord(diagnostics);
  const outcomes: RecordOutcome[] = [];
  const payloadErrors = errors.get(-1);
  if (payloadErrors) outcomes.push({ action: 'INSERT', errors: payloadErrors });
  attendanceTables(payload).forEach((attendance, index) => {
    const recordErrors = errors.get(index) ?? (attendance === undefined ? [] : refuse.has(index) ? [partialFailureError] : undefined);
    if (recordErrors !== undefined || attendance === undefined) {
      const action = attendance === undefined ? 'INSERT' : store.preview(attendance).action;
      outcomes.push({ index, action, errors: recordErrors ?? [] });
      return;
    }
    const write = store.write(endpoint, attendance);
    if ('id' in write) outcomes.push({ index, action: write.action, id: write.id });
    else outcomes.push({ index, action: 'UPDATE', errors: [storeWriteError(write)] });
  });
  return outcomes;
}

/**
 * The outcomes of a 400: one ERROR per rejected record (and one for payload-level errors); a valid
 * payload forced to 400 gets {@link forcedValidationError} on record 0.
 *
 * @example
 * ```ts
 * rejectRecords(payload, validate(payload, 'daily_time').diagnostics, store);
 * ```
 */
export function rejectRecords(payload: unknown, diagnostics: readonly Diagnostic[], store: AttendanceStore): RecordOutcome[] {
  const errors = fieldErrorsByRecord(diagnostics);
  if (errors.size === 0) errors.set(0, [forcedValidationError]);
  const tables = attendanceTables(payload);
  return [...errors.entries()]
    .sort(([a], [b]) => a - b)
    .map(([index, list]) => {
      const attendance = tables[index];
      const action = attendance === undefined ? 'INSERT' : store.preview(attendance).action;
      return index === -1 ? { action, errors: list } : { index, action, errors: list };
    });
}

// The error of a write the store refused: an unknown dcid, or an update onto another row's slot (modelled).
function storeWriteError(write: Exclude<StoreWrite, { readonly id: number }>): FieldError {
  if ('unknownDcid' in write) {
    return { field: 'attendance/dcid', error_code: 'RECORD_NOT_FOUND', error_description: `No attendance record has dcid ${write.unknownDcid}: leave dcid out to insert, or send the dcid of an existing record.` };
  }
  return {
    field: 'attendance/dcid',
    error_code: 'DUPLICATE_RECORD',
    error_description: `Record dcid ${write.dcid} cannot take this slot: attendance record ${write.slotHeldBy} already holds it for this student and day. Update ${write.slotHeldBy} instead (send its dcid, or no dcid).`,
  };
}

/**
 * The outcomes of a 400 for a body with duplicate member names (rule `duplicate-member`): one
 * `DUPLICATE_MEMBER` error per later occurrence, on its record (payload-level when outside `record`).
 * Nothing is written: which value counts would depend on the server's parser.
 *
 * @example
 * ```ts
 * duplicateMemberOutcomes(payload, findDuplicateMembers(text), store);
 * // [{ index: 0, action: 'INSERT', errors: [{ field: 'attendance/studentid', error_code: 'DUPLICATE_MEMBER', … }] }]
 * ```
 */
export function duplicateMemberOutcomes(payload: unknown, duplicates: readonly DuplicateMember[], store: AttendanceStore): RecordOutcome[] {
  const byRecord = new Map<number, FieldError[]>();
  for (const duplicate of duplicates) {
    const [first, second] = parsePointer(duplicate.pointer);
    const index = first === 'record' && second !== undefined && /^\d{1,9}$/.test(second) ? Number(second) : -1;
    const list = byRecord.get(index) ?? [];
    list.push({
      field: errorField(duplicate.pointer),
      error_code: 'DUPLICATE_MEMBER',
      error_description: `"${duplicate.name.slice(0, 60)}" appears more than once in this object: which value counts depends on the server's JSON parser. Send each member once.`,
    });
    byRecord.set(index, list);
  }
  const tables = attendanceTables(payload);
  return [...byRecord.entries()]
    .sort(([a], [b]) => a - b)
    .map(([index, errors]) => {
      const attendance = tables[index];
      const action = attendance === undefined ? 'INSERT' : store.preview(attendance).action;
      return index === -1 ? { action, errors } : { index, action, errors };
    });
}
