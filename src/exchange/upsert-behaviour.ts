import { slotKey } from '../mock/attendance-store.js';
import { attendanceTables } from '../plugin-access/attendance-tables.js';
import { confirms, contradicts, isAttendance, responseJson, serverStatus, type ModelledBehaviour, type Observation } from './behaviour.js';
import { resultList } from './response-consistency.js';

/**
 * The upsert behaviour, judged across exchanges: a slot written (SUCCESS) earlier in the recording and
 * written again without `dcid` must come back `UPDATE` with the same id. That the server upserts is
 * captured; which fields make a slot (the mock's `slotKey`) is modelled.
 *
 * @example
 * ```ts
 * const memory = new Map<string, unknown>();
 * for (const view of views) upsertBehaviour.detect(view, memory);
 * ```
 */
export const upsertBehaviour: ModelledBehaviour = {
  id: 'upsert-by-slot',
  source: 'modelled',
  statement: 'Writing a slot again without `dcid` answers `UPDATE` with the first write\'s id; a slot is studentid, att_date, att_mode_code and programid (daily, time records), studentid, att_date, ccid and periodid (meetings), or studentid, att_date and att_interval (intervals).',
  detect(view, memory): Observation {
    if (!isAttendance(view) || serverStatus(view) !== 200 || view.request.kind !== 'json') return undefined;
    const records = attendanceTables(view.request.value);
    const results = resultList(responseJson(view));
    if (records.length !== results.length) return undefined;
    let seen: Observation;
    records.forEach((attendance, i) => {
      const result = results[i];
      const id = (result?.['success_message'] as { id?: unknown } | undefined)?.id;
      if (attendance === undefined || attendance['dcid'] !== undefined || result?.['status'] !== 'SUCCESS' || id === undefined) return;
      const key = `upsert:${slotKey(attendance)}`;
      const earlier = memory.get(key) as { readonly id: string; readonly label: string } | undefined;
      if (earlier !== undefined && seen?.verdict !== 'contradicts') {
        seen = result['action'] === 'UPDATE' && String(id) === earlier.id
          ? confirms
          : contradicts(`record ${i} rewrote the slot ${earlier.label} wrote (id ${earlier.id}) and got ${String(result['action'])} with id ${String(id)}`);
      }
      memory.set(key, { id: String(id), label: view.exchange.label });
    });
    return seen;
  },
};
