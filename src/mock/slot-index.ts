import { normalizeId } from '../rules/check-context.js';

/**
 * The parts of a record's slot, in the order `slotKey` (./attendance-store.ts) joins them with `|`.
 *
 * @example
 * ```ts
 * rawSlotParts({ studentid: '0042', att_date: '2025-09-02', att_mode_code: 'ATT_ModeDaily' });
 * // ['daily-time', '42', '2025-09-02', 'ATT_ModeDaily', '0']
 * ```
 */
export function rawSlotParts(attendance: Readonly<Record<string, unknown>>): string[] {
  const mode = attendance['att_mode_code'];
  const day = String(attendance['att_date']);
  const student = idOf(attendance['studentid'], '');
  if (mode === 'ATT_ModeMeeting') return ['meeting', student, day, idOf(attendance['ccid'], ''), idOf(attendance['periodid'], '')];
  if (mode === 'ATT_ModeInterval') return ['interval', student, day, idOf(attendance['att_interval'], '')];
  return ['daily-time', student, day, String(mode), idOf(attendance['programid'], '0')];
}

/**
 * A record's `slotKey` split at its `|` separators: `slotParts(a).join('|') === slotKey(a)`, so two
 * records have equal parts exactly when they have equal keys. Made of the record's own strings (no
 * key text to put together and hash), unless one of them holds a `|` itself.
 *
 * @example
 * ```ts
 * slotParts({ studentid: '42', att_date: '2025|09', att_mode_code: 'ATT_ModeInterval' });
 * // ['interval', '42', '2025', '09', '']
 * ```
 */
export function slotParts(attendance: Readonly<Record<string, unknown>>): readonly string[] {
  const parts = rawSlotParts(attendance);
  for (const part of parts) if (part.includes('|')) return parts.join('|').split('|');
  return parts;
}

function idOf(value: unknown, fallback: string): string {
  return typeof value === 'string' ? normalizeId(value) : fallback;
}

interface Node {
  id?: number;
  next?: Map<string, Node>;
}

/**
 * The store's slot index: row id by {@link slotParts}, as a tree of maps with one level per part. A
 * lookup hashes strings the request's JSON.parse made (V8 keeps their hash) instead of a key text
 * built for it, whose hashing was a third of the store's time.
 *
 * @example
 * ```ts
 * const index = new SlotIndex();
 * index.set(['interval', '42', '2025-09-02', '1'], 100001);
 * index.get(['interval', '42', '2025-09-02', '1']); // 100001
 * ```
 */
export class SlotIndex {
  #root = new Map<string, Node>();

  get(parts: readonly string[]): number | undefined {
    let level: Map<string, Node> | undefined = this.#root;
    let node: Node | undefined;
    for (const part of parts) {
      node = level?.get(part);
      if (node === undefined) return undefined;
      level = node.next;
    }
    return node?.id;
  }

  set(parts: readonly string[], id: number): void {
    this.#node(parts, true).id = id;
  }

  delete(parts: readonly string[]): void {
    const node = this.#node(parts, false);
    if (node !== undefined) delete node.id;
  }

  clear(): void {
    this.#root = new Map();
  }

  #node(parts: readonly string[], create: true): Node;
  #node(parts: readonly string[], create: false): Node | undefined;
  #node(parts: readonly string[], create: boolean): Node | undefined {
    let level = this.#root;
    let node: Node | undefined;
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i] as string;
      node = level.get(part);
      if (node === undefined) {
        if (!create) return undefined;
        node = {};
        level.set(part, node);
      }
      if (i < parts.length - 1) level = node.next ??= new Map();
    }
    return node;
  }
}

/**
 * Whether two slots are the same.
 *
 * @example
 * ```ts
 * sameSlot(['interval', '42', '2025-09-02', '1'], ['interval', '42', '2025-09-02', '1']); // true
 * ```
 */
export function sameSlot(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
