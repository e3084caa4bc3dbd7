// Kept between calls, one array per slot, each as long as the longest request so far (up to keptLength).
const kept: Float64Array[] = [];
const keptLength = 4096;

/**
 * A `Float64Array` of at least `count` numbers for scratch work (its contents are whatever the last
 * user left), reused between calls so that the quiet checks, which run on every valid payload, make
 * no typed array (an allocation outside V8's heap, and work for its collector) per payload. `slot`
 * picks one of a few independent arrays, for a caller that needs two at once. The core is
 * synchronous: a caller must be done with its array before anything else can ask for the same slot.
 * Longer requests than 4,096 numbers get a new array, not kept.
 *
 * @example
 * ```ts
 * const ids = scratchNumbers(0, records.length);
 * for (let i = 0; i < records.length; i++) ids[i] = Number(records[i].studentid);
 * ```
 */
export function scratchNumbers(slot: number, count: number): Float64Array {
  if (count > keptLength) return new Float64Array(count);
  let array = kept[slot];
  if (array === undefined || array.length < count) {
    array = new Float64Array(Math.max(count, 256));
    kept[slot] = array;
  }
  return array;
}
