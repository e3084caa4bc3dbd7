/**
 * Whether any two positions `i < j` hold the same pair: `first[i] === first[j]` and
 * `second[i] === second[j]` (both arrays the same length, of numbers that are not NaN). An
 * open-addressing hash set over typed arrays, O(n) like a `Map`, with no key made per pair: the
 * quiet paths key each meeting_interval slot by its numeric ids this way, and each Daily/Time
 * student as the pair of its id with itself.
 *
 * @example
 * ```ts
 * anyRepeatedPair([88120, 88121, 88120], [1501, 1502, 1501]); // true
 * anyRepeatedPair([88120, 88120], [1501, 1502]); // false
 * ```
 */
export function anyRepeatedPair(first: ArrayLike<number>, second: ArrayLike<number>): boolean {
  const count = first.length;
  let size = 16;
  while (size < 2 * count) size *= 2;
  const mask = size - 1;
  // Position + 1 of the pair stored in a slot (0: empty).
  const table = new Int32Array(size);
  for (let i = 0; i < count; i++) {
    const a = first[i] as number;
    const b = second[i] as number;
    let slot = mix(a, b) & mask;
    for (let stored = table[slot] as number; stored !== 0; stored = table[slot] as number) {
      if (first[stored - 1] === a && second[stored - 1] === b) return true;
      slot = (slot + 1) & mask;
    }
    table[slot] = i + 1;
  }
  return false;
}

// Both numbers' low and high 32 bits, multiplied into one 32-bit hash.
function mix(a: number, b: number): number {
  let h = Math.imul((a | 0) ^ ((a / 4294967296) | 0), 0x9e3779b1);
  h = Math.imul(h ^ (h >>> 15) ^ (b | 0) ^ ((b / 4294967296) | 0), 0x85ebca77);
  return (h ^ (h >>> 13)) >>> 0;
}
