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
 *
 * @example
 * ```ts
 * const index = new LineIndex('{\n  "a": 1\n}');
 * index.at(4); // { line: 2, column: 3 }
 * ```
 */
export class LineIndex {
  private readonly starts: number[] = [0];

  /** @param text - The whole text the offsets point into. */
  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      }
    }
  }

  /**
   * The line and column of `offset`.
   *
   * @example
   * ```ts
   * new LineIndex('ab\ncd').at(3); // { line: 2, column: 1 }
   * ```
   */
  at(offset: number): LineColumn {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - (this.starts[low] ?? 0) + 1 };
  }
}
