/**
 * Work done by {@link firstEqualKeys}, so a test can pin its growth without timing.
 *
 * @example
 * ```ts
 * const meter: KeyMeter = { probes: 0 };
 * firstEqualKeys(['a', 'b', 'a'], 1, meter);
 * ```
 */
export interface KeyMeter {
  probes: number;
}

/**
 * For each of the keys in `parts`, the position of the first key (itself included) whose text is
 * the same, or -1 when the key is absent: the answer a `Map` from key text to first position gives,
 * without making the texts. Key `k` is `parts[k * width]` to `parts[k * width + width - 1]` joined
 * with `|`, undefined parts left out; a key whose first part is undefined is absent.
 *
 * The keys are hashed part by part (FNV-1a over the text the join would make) into an
 * open-addressing table of typed arrays, and compared part by part: a payload of 100,000 records
 * then allocates no key string and no map entry per record, which kept the garbage collector busy
 * in proportion to the payload's size. Keys whose parts differ but whose texts are equal (a part
 * holding a `|`) compare by their joined texts.
 *
 * @param parts - `width` parts per key, key after key.
 * @param width - Parts per key (at least 1).
 * @param meter - Counts table slots probed (optional).
 * @returns One position (into the keys) or -1 per key.
 *
 * @example
 * ```ts
 * firstEqualKeys(['42', 'x', undefined, undefined, '42', 'x', '4', undefined], 2); // Int32Array [0, -1, 0, 3]
 * ```
 */
export function firstEqualKeys(parts: readonly (string | undefined)[], width: number, meter: KeyMeter = { probes: 0 }): Int32Array {
  const count = Math.floor(parts.length / width);
  let size = 16;
  while (size < 2 * count) size *= 2;
  const mask = size - 1;
  // Position + 1 of the first key stored in a table slot (0: empty), and that key's hash.
  const table = new Int32Array(size);
  const hashes = new Int32Array(size);
  const first = new Int32Array(count);
  for (let k = 0; k < count; k++) {
    if (parts[k * width] === undefined) {
      first[k] = -1;
      continue;
    }
    const hash = hashOf(parts, k * width, width);
    let slot = hash & mask;
    for (;;) {
      meter.probes++;
      const stored = (table[slot] as number) - 1;
      if (stored === -1) {
        table[slot] = k + 1;
        hashes[slot] = hash;
        first[k] = k;
        break;
      }
      if (hashes[slot] === hash && sameKey(parts, stored * width, k * width, width)) {
        first[k] = stored;
        break;
      }
      slot = (slot + 1) & mask;
    }
  }
  return first;
}

// FNV-1a over the code units of the joined text, without joining it.
function hashOf(parts: readonly (string | undefined)[], at: number, width: number): number {
  let h = 0x811c9dc5;
  for (let p = 0; p < width; p++) {
    const part = parts[at + p];
    if (part === undefined) continue;
    if (p !== 0) h = Math.imul(h ^ 124, 0x01000193);
    for (let i = 0; i < part.length; i++) h = Math.imul(h ^ part.charCodeAt(i), 0x01000193);
  }
  return h | 0;
}

function sameKey(parts: readonly (string | undefined)[], a: number, b: number, width: number): boolean {
  let same = true;
  for (let p = 0; p < width && same; p++) same = parts[a + p] === parts[b + p];
  return same || joined(parts, a, width) === joined(parts, b, width);
}

function joined(parts: readonly (string | undefined)[], at: number, width: number): string {
  return parts.slice(at, at + width).filter((part) => part !== undefined).join('|');
}
