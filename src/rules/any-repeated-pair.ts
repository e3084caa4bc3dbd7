// Reused between calls, as anyRepeated's table: up to keptSize slots, cleared by a generation stamp
// instead of a fill. The core stays synchronous, so one table is never in use twice at once.
const keptSize = 4096;
let keptTable = new Int32Array(0);
let keptStamps = new Int32Array(0);
let generation = 0;

/**
 * Whether any two positions `i < j < count` hold the same pair: `first[i] === first[j]` and
 * `second[i] === second[j]` (numbers that are not NaN; `count` defaults to `first.length`). An
 * open-addressing hash set over typed arrays, O(n) like a `Map`, with no key made per pair and no
 * table made per call: the quiet paths key each meeting_interval slot by its numeric ids this way,
 * and each Daily/Time student as the pair of its id with itself.
 *
 * @example
 * ```ts
 * anyRepeatedPair([88120, 88121, 88120], [1501, 1502, 1501]); // true
 * anyRepeatedPair([88120, 88120], [1501, 1502]); // false
 * anyRepeatedPair([7, 8, 7], [1, 1, 1], 2); // false: only the first two count
 * ```
 */
export function anyRepeatedPair(first: ArrayLike<number>, second: ArrayLike<number>, count = first.length): boolean {
  let size = 16;
  while (size < 2 * count) size *= 2;
  const mask = size - 1;
  let table = keptTable;
  let stamps = keptStamps;
  let stamp: number;
  if (size > keptSize) {
    table = new Int32Array(size);
    stamps = new Int32Array(size);
    stamp = 1;
  } else {
    if (keptTable.length === 0 || generation === 0x7fffffff) {
      keptTable = table = new Int32Array(keptSize);
      keptStamps = stamps = new Int32Array(keptSize);
      generation = 0;
    }
    stamp = ++generation;
  }
  for (let i = 0; i < count; i++) {
    const a = first[i] as number;
    const b = second[i] as number;
    let slot = mix(a, b) & mask;
    while (stamps[slot] === stamp) {
      const stored = table[slot] as number;
      if (first[stored] === a && second[stored] === b) return true;
      slot = (slot + 1) & mask;
    }
    stamps[slot] = stamp;
    table[slot] = i;
  }
  return false;
}

// Both numbers' low and high 32 bits, multiplied into one 32-bit hash.
function mix(a: number, b: number): number {
  let h = Math.imul((a | 0) ^ ((a / 4294967296) | 0), 0x9e3779b1);
  h = Math.imul(h ^ (h >>> 15) ^ (b | 0) ^ ((b / 4294967296) | 0), 0x85ebca77);
  return (h ^ (h >>> 13)) >>> 0;
}
