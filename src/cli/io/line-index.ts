/**
 * A 1-based line and column (UTF-16 code units), as editors and ESLint count them.
 *
 * @example
 * ```ts
 * const { line, column }: LineColumn = new LineIndex(text).at(offset);
 * ```
 */
export interface LineColumn {
  readonly line: number;
  readonly column: number;
}

/**
 * Maps character offsets of a text to 1-based lines and columns. Line breaks are `\n`, `\r\n` and `\r`.
 * The text is indexed only as far as the offsets asked for so far: a finding near the top of a
 * large file (the usual case: record 0, a payload-level member) costs a scan of the first lines.
 *
 * @example
 * ```ts
 * const index = new LineIndex('{\n  "a": 1\n}');
 * index.at(4); // { line: 2, column: 3 }
 * ```
 */
export class LineIndex {
  private readonly starts: number[] = [0];
  /** Every break that begins before this offset has its line start in `starts`. */
  private scanned = 0;
  // The next "\n" and "\r" at or after `scanned` (-1: none left), searched again only once passed:
  // one search per break, never a search of the rest of the text per line.
  private nextLf = -2;
  private nextCr = -2;

  /** @param text - The whole text the offsets point into. */
  constructor(private readonly text: string) {}

  /**
   * The line and column of `offset`.
   *
   * @example
   * ```ts
   * new LineIndex('ab\ncd').at(3); // { line: 2, column: 1 }
   * ```
   */
  at(offset: number): LineColumn {
    if (offset >= this.scanned) this.scanTo(offset);
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - (this.starts[low] ?? 0) + 1 };
  }

  // Records the line starts of every break before `offset` + 1 (a start equal to `offset` included).
  private scanTo(offset: number): void {
    const text = this.text;
    let i = this.scanned;
    while (i <= offset && i < text.length) {
      if (this.nextLf !== -1 && this.nextLf < i) this.nextLf = text.indexOf('\n', i);
      if (this.nextCr !== -1 && this.nextCr < i) this.nextCr = text.indexOf('\r', i);
      const lf = this.nextLf;
      const cr = this.nextCr;
      const at = cr === -1 ? lf : lf === -1 ? cr : Math.min(lf, cr);
      // No break before the offset: nothing more to record yet.
      if (at === -1 || at >= offset) {
        i = at === -1 ? text.length : at;
        break;
      }
      // "\r\n" is one break.
      const end = text.charCodeAt(at) === 13 && text.charCodeAt(at + 1) === 10 ? at + 2 : at + 1;
      this.starts.push(end);
      i = end;
    }
    this.scanned = Math.max(this.scanned, i);
  }
}
