import type { EndpointId } from '../endpoints.js';
import { normalizeId } from '../rules/check-context.js';
import type { WriteAction } from '../../generated/types.js';
import { rawSlotParts, sameSlot, SlotIndex, slotParts } from './slot-index.js';

/**
 * One attendance row held by the mock.
 *
 * @example
 * ```ts
 * const [row] = mock.records();
 * row?.attendance['att_mode_code']; // 'ATT_ModeDaily'
 * row?.attendance['dcid'] === String(row?.id); // true
 * ```
 */
export interface StoredAttendance {
  /** The row's id, as the mock answers it in `success_message.id` (also its dcid). */
  readonly id: number;
  /** The endpoint that last wrote it. */
  readonly endpoint: EndpointId;
  /** The members last written (a copy of the request's `tables.attendance`). */
  readonly attendance: Readonly<Record<string, unknown>>;
}

/**
 * What writing one record did: INSERT or UPDATE of a row; or nothing, because its dcid is unknown or
 * because an update by dcid would move the row onto the slot another row holds.
 *
 * @example
 * ```ts
 * const write: StoreWrite = { action: 'UPDATE', id: 100001 };
 * ```
 */
export type StoreWrite =
  | { readonly action: WriteAction; readonly id: number }
  | { readonly action: 'UPDATE'; readonly unknownDcid: string }
  | { readonly action: 'UPDATE'; readonly dcid: number; readonly slotHeldBy: number };

/**
 * The mock's in-memory ATTENDANCE table, with the server's upsert behaviour: writing the same slot
 * twice updates the row (same id) instead of adding one. Invariant: at most one row per slot. An
 * update by dcid may move its row to a free slot; onto a slot another row holds it is refused
 * (modelled: PowerSchool keeps one attendance row per slot, and the mock will not merge or drop a
 * row the client did not name).
 *
 * @example
 * ```ts
 * const store = new AttendanceStore();
 * store.write('daily_time', { studentid: '4242', att_date: '2025-09-02', att_mode_code: 'ATT_ModeDaily', programid: '0' });
 * // { action: 'INSERT', id: 100001 }, and the same call again: { action: 'UPDATE', id: 100001 }
 * ```
 */
export class AttendanceStore {
  // Rows keep the parsed request's attendance object itself (the mock parsed it and never hands it
  // out): copying 200 records per request was a tenth of the mock's time. rows() returns copies.
  // An update of a row in its own slot (the usual one) rewrites the row's entry in place: no new entry,
  // no Map.set.
  readonly #rows = new Map<number, { endpoint: EndpointId; attendance: Readonly<Record<string, unknown>>; readonly slot: readonly string[] }>();
  readonly #bySlot = new SlotIndex();
  readonly #firstId: number;
  #nextId: number;

  /** @param firstId - The id of the first row inserted (default 100001). */
  constructor(firstId = 100_001) {
    this.#firstId = firstId;
    this.#nextId = firstId;
  }

  /** What writing `attendance` would do, without writing it. */
  preview(attendance: Readonly<Record<string, unknown>>): StoreWrite {
    return this.#plan(attendance, slotParts(attendance));
  }

  /** Inserts or updates the row of `attendance`'s slot (or of its dcid). */
  write(endpoint: EndpointId, attendance: Readonly<Record<string, unknown>>): StoreWrite {
    const slot = slotParts(attendance);
    const outcome = this.#plan(attendance, slot);
    if (!('id' in outcome)) return outcome;
    const previous = this.#rows.get(outcome.id);
    if (previous !== undefined && sameSlot(previous.slot, slot)) {
      // the usual update: the slot index already points here
      previous.endpoint = endpoint;
      previous.attendance = attendance;
      return outcome;
    }
    if (previous === undefined) this.#nextId++;
    this.#rows.set(outcome.id, { endpoint, attendance, slot });
    if (previous !== undefined && this.#bySlot.get(previous.slot) === outcome.id) this.#bySlot.delete(previous.slot);
    this.#bySlot.set(slot, outcome.id);
    return outcome;
  }

  /** Every row, in insertion order, with its dcid (the row id). */
  rows(): StoredAttendance[] {
    return [...this.#rows].map(([id, { endpoint, attendance }]) => ({ id, endpoint, attendance: { ...attendance, dcid: String(id) } }));
  }

  /** Empties the table; ids start again from the first. */
  clear(): void {
    this.#rows.clear();
    this.#bySlot.clear();
    this.#nextId = this.#firstId;
  }

  #plan(attendance: Readonly<Record<string, unknown>>, slot: readonly string[]): StoreWrite {
    const dcid = dcidOf(attendance);
    const existing = this.#bySlot.get(slot);
    if (dcid !== undefined) {
      const id = Number(dcid);
      if (!this.#rows.has(id)) return { action: 'UPDATE', unknownDcid: dcid };
      return existing === undefined || existing === id ? { action: 'UPDATE', id } : { action: 'UPDATE', dcid: id, slotHeldBy: existing };
    }
    return existing === undefined ? { action: 'INSERT', id: this.#nextId } : { action: 'UPDATE', id: existing };
  }
}

function dcidOf(attendance: Readonly<Record<string, unknown>>): string | undefined {
  const dcid = attendance['dcid'];
  return typeof dcid === 'string' ? normalizeId(dcid) : undefined;
}

/**
 * The slot a record writes: daily/time by studentid, att_date, att_mode_code and programid; a
 * meeting by studentid, att_date, ccid and periodid; an interval by studentid, att_date and att_interval.
 * Ids compare as numbers ("0042" is "42"); a missing programid is program "0" (no program).
 *
 * @example
 * ```ts
 * slotKey({ studentid: '0042', att_date: '2025-09-02', att_mode_code: 'ATT_ModeDaily' })
 *   === slotKey({ studentid: '42', att_date: '2025-09-02', att_mode_code: 'ATT_ModeDaily', programid: '0' }); // true
 * ```
 */
export function slotKey(attendance: Readonly<Record<string, unknown>>): string {
  return rawSlotParts(attendance).join('|');
}
