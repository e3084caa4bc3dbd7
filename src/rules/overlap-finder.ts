/**
 * A meeting for {@link findFirstOverlaps}: the half-open span [start, end) and the slot it writes.
 *
 * @example
 * ```ts
 * const meeting: TimedMeeting = { start: 29400, end: 32400, slot: '88120|1501' };
 * ```
 */
export interface TimedMeeting {
  readonly start: number;
  readonly end: number;
  /** Meetings of the same slot (equal text or equal number) never count as overlapping (that is a duplicate-record). */
  readonly slot: string | number;
}

/**
 * Work done by {@link findFirstOverlaps}, so a test can pin its growth without timing.
 *
 * @example
 * ```ts
 * const meter: OverlapMeter = { steps: 0 };
 * findFirstOverlaps(meetings, meter);
 * ```
 */
export interface OverlapMeter {
  steps: number;
}

/**
 * For each meeting `j`, the position of the first earlier meeting `i < j` that overlaps it
 * (`start_i < end_j` and `start_j < end_i`) and writes another slot, or -1: the answer a scan of
 * every earlier meeting gives, in O(n log n) at most, and in O(n) for the times of a day (whole seconds
 * from 0 to 86,400) from a thousand meetings on: the trees then span the day, a fixed depth of 17.
 *
 * Meeting `i` overlaps `j` exactly when it covers `j`'s start (`start_i <= start_j < end_i`) or starts
 * inside `j` (`start_j < start_i < end_j`). Two segment trees over the distinct time values answer
 * those two questions; each node keeps the first meeting stored there and the first one of another
 * slot, which is enough to find the first meeting of a slot other than `j`'s.
 *
 * @param meetings - The meetings in payload order, each with `start < end`.
 * @param meter - Counts tree nodes visited (optional).
 * @returns One position (into `meetings`) or -1 per meeting.
 *
 * @example
 * ```ts
 * findFirstOverlaps([{ start: 0, end: 10, slot: 'a' }, { start: 5, end: 20, slot: 'b' }]); // [-1, 0]
 * ```
 */
export function findFirstOverlaps(meetings: readonly TimedMeeting[], meter: OverlapMeter = { steps: 0 }): number[] {
  const n = meetings.length;
  // The common payload, a day's meetings back to back, has no overlap at all: one sort proves it.
  if (n < directFrom && noneOverlap(meetings)) return new Array<number>(n).fill(-1);
  // Times of a day (whole seconds, 0 to 86,400) index the trees directly once there are enough
  // meetings to pay for trees over the whole day: no sort, and the same depth at any count, so the
  // cost per meeting stays flat (linear in all). Fewer meetings, or other times, are ranked first.
  const direct = n >= directFrom && meetings.every(withinDay);
  const coordinates = direct ? undefined : [...new Set(meetings.flatMap((m) => [m.start, m.end]))].sort((a, b) => a - b);
  const rankMap = coordinates === undefined ? undefined : new Map(coordinates.map((value, i) => [value, i]));
  const rank = (value: number): number => (rankMap === undefined ? value : (rankMap.get(value) as number));
  const leaves = coordinates === undefined ? dayEnd + 1 : coordinates.length;
  const slotIds = new Map<string | number, number>();
  const slotOf = meetings.map((m) => {
    let id = slotIds.get(m.slot);
    if (id === undefined) slotIds.set(m.slot, (id = slotIds.size));
    return id;
  });
  const covers = new FirstTwoTree(leaves, slotOf, meter);
  const starts = new FirstTwoTree(leaves, slotOf, meter);
  const found: number[] = [];
  for (let j = 0; j < n; j++) {
    const m = meetings[j] as TimedMeeting;
    const s = rank(m.start);
    const e = rank(m.end);
    const slot = slotOf[j] as number;
    const covering = covers.pointQuery(s, slot);
    const inside = starts.rangeQuery(s + 1, e, slot);
    found.push(covering === -1 ? inside : inside === -1 ? covering : Math.min(covering, inside));
    covers.rangeInsert(s, e, j);
    starts.pointInsert(s, j);
  }
  return found;
}

// The seconds of a day, as the schema bounds start_time and end_time.
const dayEnd = 86_400;
// Trees over the whole day cost 4 MB to set up: worth it from about a thousand meetings.
const directFrom = 1_024;

/**
 * Whether no two of `meetings` overlap, whatever their slots: sorted by start, each starts at or
 * after the latest end before it. Meetings listed in time order (the usual day) are swept as they
 * are, in O(n); others take one native numeric sort (start and position packed into one number),
 * O(n log n). Times of a day only (whole seconds from 0 to 86,400) and fewer than 2^20
 * meetings; otherwise, or when two overlap, the answer is `false` ("not proven").
 *
 * @example
 * ```ts
 * noneOverlap([{ start: 0, end: 10, slot: 'a' }, { start: 10, end: 20, slot: 'b' }]); // true: they only touch
 * noneOverlap([{ start: 0, end: 10, slot: 'a' }, { start: 5, end: 20, slot: 'b' }]); // false
 * ```
 */
export function noneOverlap(meetings: readonly Pick<TimedMeeting, 'start' | 'end'>[]): boolean {
  const n = meetings.length;
  if (n >= packedIndices) return false;
  let sorted = true;
  for (let i = 0; i < n; i++) {
    const m = meetings[i] as TimedMeeting;
    if (!withinDay(m)) return false;
    if (i > 0 && m.start < (meetings[i - 1] as TimedMeeting).start) sorted = false;
  }
  // A day is usually listed in time order: then it is swept as it is, with no sort.
  let order: Float64Array | undefined;
  if (!sorted) {
    order = new Float64Array(n);
    for (let i = 0; i < n; i++) order[i] = (meetings[i] as TimedMeeting).start * packedIndices + i;
    order.sort();
  }
  let latestEnd = -1;
  for (let k = 0; k < n; k++) {
    const m = meetings[order === undefined ? k : (order[k] as number) % packedIndices] as TimedMeeting;
    if (m.start < latestEnd) return false;
    if (m.end > latestEnd) latestEnd = m.end;
  }
  return true;
}
const packedIndices = 2 ** 20;

function withinDay(m: Pick<TimedMeeting, 'start' | 'end'>): boolean {
  return Number.isInteger(m.start) && Number.isInteger(m.end) && m.start >= 0 && m.end <= dayEnd;
}

/**
 * A bottom-up segment tree whose nodes hold the first two meetings (by insertion order, which is
 * payload order) of distinct slots stored at them.
 */
class FirstTwoTree {
  readonly #size: number;
  readonly #first: Int32Array;
  readonly #second: Int32Array;

  constructor(
    leaves: number,
    readonly slotOf: readonly number[],
    readonly meter: OverlapMeter,
  ) {
    let size = 1;
    while (size < leaves) size *= 2;
    this.#size = size;
    this.#first = new Int32Array(2 * size).fill(-1);
    this.#second = new Int32Array(2 * size).fill(-1);
  }

  #store(node: number, meeting: number): void {
    this.meter.steps++;
    const first = this.#first[node] as number;
    if (first === -1) this.#first[node] = meeting;
    else if (this.#second[node] === -1 && this.slotOf[first] !== this.slotOf[meeting]) this.#second[node] = meeting;
  }

  // The first meeting stored at `node` whose slot is not `slot`, or -1.
  #candidate(node: number, slot: number): number {
    this.meter.steps++;
    const first = this.#first[node] as number;
    return first === -1 || this.slotOf[first] !== slot ? first : (this.#second[node] as number);
  }

  /** Stores `meeting` on every leaf in [from, to). */
  rangeInsert(from: number, to: number, meeting: number): void {
    for (let l = from + this.#size, r = to + this.#size; l < r; l >>= 1, r >>= 1) {
      if (l & 1) this.#store(l++, meeting);
      if (r & 1) this.#store(--r, meeting);
    }
  }

  /** The first meeting of another slot stored on a node above leaf `at`. */
  pointQuery(at: number, slot: number): number {
    let best = -1;
    for (let node = at + this.#size; node >= 1; node >>= 1) best = earlier(best, this.#candidate(node, slot));
    return best;
  }

  /** Stores `meeting` on leaf `at` and every node above it. */
  pointInsert(at: number, meeting: number): void {
    for (let node = at + this.#size; node >= 1; node >>= 1) this.#store(node, meeting);
  }

  /** The first meeting of another slot stored on a leaf in [from, to). */
  rangeQuery(from: number, to: number, slot: number): number {
    let best = -1;
    for (let l = from + this.#size, r = to + this.#size; l < r; l >>= 1, r >>= 1) {
      if (l & 1) best = earlier(best, this.#candidate(l++, slot));
      if (r & 1) best = earlier(best, this.#candidate(--r, slot));
    }
    return best;
  }
}

function earlier(a: number, b: number): number {
  if (a === -1) return b;
  return b === -1 || a < b ? a : b;
}
