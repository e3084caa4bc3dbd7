/**
 * The mock's log of received requests: the newest `bound` entries, oldest first. Once full, each new
 * entry overwrites the oldest in place (a ring), so logging costs the same whatever the bound; an
 * array's `shift()` moved every kept entry, a millisecond per request at a bound of a million.
 *
 * @example
 * ```ts
 * const log = new RequestLog<string>(2);
 * log.push('a'); log.push('b'); log.push('c');
 * log.entries(); // ['b', 'c']
 * ```
 */
export class RequestLog<T> {
  #items: T[] = [];
  // Where the oldest entry is, once the log is full.
  #oldest = 0;

  /** @param bound - How many entries to keep (0 keeps none). */
  constructor(private readonly bound: number) {}

  /** Adds `entry`, dropping the oldest one when the log is full. */
  push(entry: T): void {
    if (this.bound <= 0) return;
    if (this.#items.length < this.bound) {
      this.#items.push(entry);
      return;
    }
    this.#items[this.#oldest] = entry;
    this.#oldest = this.#oldest + 1 === this.#items.length ? 0 : this.#oldest + 1;
  }

  /** The kept entries, oldest first (a new array). */
  entries(): T[] {
    return this.#oldest === 0 ? [...this.#items] : [...this.#items.slice(this.#oldest), ...this.#items.slice(0, this.#oldest)];
  }

  /** Drops every entry. */
  clear(): void {
    this.#items = [];
    this.#oldest = 0;
  }
}
