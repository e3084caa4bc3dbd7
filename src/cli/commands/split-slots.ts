import type { Diagnostic } from '../../diagnostic.js';
import { normalizeId } from '../../rules/check-context.js';

/**
 * Remembers the Daily/Time attendance slot (student, date, mode, program) of every record a split has
 * put in a `batch_daily_time` payload, so a record that writes a slot an earlier batch already wrote
 * gets a `duplicate-record` warning too (the planner sees only one payload at a time). Meeting and
 * Interval records need no such memory: a student-day is always one payload.
 *
 * Each slot is kept as a 64-bit fingerprint in typed arrays (16 to 64 bytes a distinct slot), not as its
 * text, so memory stays small for millions of records; two different slots share a fingerprint with a
 * probability of about n²/2⁶⁵ (3e-8 for a million slots), and would give one spurious warning.
 *
 * @example
 * ```ts
 * const slots = new SlotRegistry();
 * slots.check(records, indices, 'batch_daily_time-0002.json'); // warnings for slots written by earlier batches
 * ```
 */
export class SlotRegistry {
  #capacity = 1 << 12;
  #size = 0;
  #hashes = new Uint32Array(this.#capacity * 2);
  #first = new Uint32Array(this.#capacity * 2);
  readonly #files: string[] = [];

  /**
   * Records the slots of one `batch_daily_time` payload and returns a warning for each record whose slot
   * an earlier payload wrote (slots repeated within the payload are the planner's to report).
   *
   * @param attendance - The payload's attendance records, in order.
   * @param indices - Their input indices.
   * @param file - The payload's file name.
   */
  check(attendance: readonly object[], indices: readonly number[], file: string): Diagnostic[] {
    const ordinal = this.#files.push(file) - 1;
    const warnings: Diagnostic[] = [];
    attendance.forEach((object, position) => {
      const record = object as Record<string, unknown>;
      const key = slotKey(record);
      const earlier = this.#find(key, ordinal, indices[position] ?? 0);
      if (earlier === undefined || earlier.file === ordinal) return;
      warnings.push({
        code: 'duplicate-record',
        severity: 'warning',
        path: `/record/${position}`,
        recordIndex: position,
        message: `This record writes the same ${String(record['att_mode_code'])} attendance slot as input record ${earlier.index} in ${this.#files[earlier.file] ?? '?'} (same student, date and program): whichever payload is sent later overwrites the other. Keep one of them.`,
      });
    });
    return warnings;
  }

  // The first writer of `key`, or undefined after remembering (file, index) as its first writer.
  #find(key: string, file: number, index: number): { file: number; index: number } | undefined {
    const [high, low] = fingerprint(key);
    let mask = this.#capacity - 1;
    for (let slot = low & mask; ; slot = (slot + 1) & mask) {
      const h = this.#hashes[slot * 2] as number;
      const l = this.#hashes[slot * 2 + 1] as number;
      if (h === high && l === low) return { file: this.#first[slot * 2] as number, index: this.#first[slot * 2 + 1] as number };
      if (h === 0 && l === 0) {
        this.#hashes[slot * 2] = high;
        this.#hashes[slot * 2 + 1] = low;
        this.#first[slot * 2] = file;
        this.#first[slot * 2 + 1] = index;
        if (++this.#size * 2 > this.#capacity) this.#grow();
        mask = this.#capacity - 1;
        return undefined;
      }
    }
  }

  #grow(): void {
    const hashes = this.#hashes;
    const first = this.#first;
    this.#capacity *= 2;
    this.#hashes = new Uint32Array(this.#capacity * 2);
    this.#first = new Uint32Array(this.#capacity * 2);
    const mask = this.#capacity - 1;
    for (let old = 0; old < hashes.length / 2; old++) {
      const high = hashes[old * 2] as number;
      const low = hashes[old * 2 + 1] as number;
      if (high === 0 && low === 0) continue;
      let slot = low & mask;
      while (this.#hashes[slot * 2] !== 0 || this.#hashes[slot * 2 + 1] !== 0) slot = (slot + 1) & mask;
      this.#hashes.set([high, low], slot * 2);
      this.#first.set([first[old * 2] as number, first[old * 2 + 1] as number], slot * 2);
    }
  }
}

// The slot a planned Daily/Time record writes (it passed validate(): the members are clean strings).
function slotKey(record: Record<string, unknown>): string {
  const program = typeof record['programid'] === 'string' ? normalizeId(record['programid']) : '0';
  return `${normalizeId(String(record['studentid']))}|${String(record['att_date'])}|${String(record['att_mode_code'])}|${program}`;
}

// Two independent 32-bit hashes (FNV-1a and a multiplicative mix); never both 0, the empty mark.
function fingerprint(key: string): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x9e3779b9;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  b = Math.imul(b ^ (b >>> 13), 0xc2b2ae35);
  return [a >>> 0, (b ^ (b >>> 16)) >>> 0 || 1];
}
