import type { Diagnostic } from '../diagnostic.js';
import { escapePointerToken } from '../pointer.js';
import { validate } from '../validate.js';
import type { BatchDailyTimeRequest, MeetingIntervalRequest } from '../../generated/types.js';
import { checkRecord } from './check-record.js';
import type { PlanEvent, PlannedPayload } from './plan-types.js';
import type { StudentDay } from './student-day.js';

/** Records gathered for one payload, with their input indices. */
export interface OpenRecords {
  readonly records: readonly { readonly tables: { readonly attendance: unknown } }[];
  readonly indices: readonly number[];
}

/**
 * Completes a planned payload: validates it whole and returns its event, carrying the cross-record
 * warnings (duplicate-record, meeting-overlap). Every record passed on its own and the planner groups
 * by construction, so the payload can only fail when a record changed, or began to throw, after it
 * was checked (a stateful Proxy or getter): each record is then checked again, and those that no
 * longer pass are rejected, as the planner rejects any record, instead of throwing.
 *
 * @throws Error when the records each still pass but the payload does not (they were changed
 * while planning, e.g. a studentid edited): no consistent plan exists.
 *
 * @example
 * ```ts
 * const events = completePayload({ records, indices }, 'batch_daily_time');
 * ```
 */
export function completePayload(open: OpenRecords, endpoint: 'batch_daily_time' | 'meeting_interval', day?: StudentDay): PlanEvent[] {
  let { records, indices } = open;
  let result = validate({ record: records }, endpoint);
  const rejections: PlanEvent[] = [];
  if (!result.valid) {
    const kept: number[] = [];
    records.forEach(({ tables: { attendance } }, k) => {
      const index = indices[k] as number;
      const check = checkRecord(attendance, index);
      if (check.valid && check.endpoint === endpoint) kept.push(k);
      else rejections.push({ kind: 'rejected', rejected: { index, record: attendance, diagnostics: check.valid ? [changedRecord(index)] : check.diagnostics } });
    });
    records = kept.map((k) => records[k] as OpenRecords['records'][number]);
    indices = kept.map((k) => indices[k] as number);
    if (records.length === 0) return rejections;
    result = validate({ record: records }, endpoint);
    if (!result.valid) {
      const first = result.diagnostics.find((d) => d.severity === 'error');
      throw new Error(`A planned ${endpoint} payload failed validation (${first?.code ?? ''} at ${first?.path ?? ''}): were its records changed while planning?`);
    }
  }
  const diagnostics = result.diagnostics;
  const planned: PlannedPayload =
    endpoint === 'batch_daily_time'
      ? { endpoint, payload: { record: records } as BatchDailyTimeRequest, indices, diagnostics }
      : { endpoint, payload: { record: records } as MeetingIntervalRequest, indices, diagnostics, studentid: day?.studentid ?? '', att_date: day?.att_date ?? '' };
  return [{ kind: 'payload', planned }, ...rejections];
}

function changedRecord(index: number): Diagnostic {
  return {
    code: 'payload-shape',
    severity: 'error',
    path: `/${escapePointerToken(index)}`,
    message: 'This record changed while it was being planned (its mode now routes it elsewhere): plan it again.',
    recordIndex: index,
  };
}
