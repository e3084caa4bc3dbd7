import { escapePointerToken } from '../../pointer.js';
import type { OffsetRange } from './locate.js';

/**
 * Locates many JSON Pointers in one pass over a JSON text that `JSON.parse` accepted, with the same
 * answers as {@link locate} on a parse tree, without building the tree: subtrees that no pointer
 * leads into are skipped character by character. Nesting must already be bounded (the descent is
 * recursive).
 *
 * @example
 * ```ts
 * const text = '{"record": [{"a": 1}]}';
 * locatePointers(text, ['/record/0/a', '/record/0/b']).get('/record/0/a'); // { start: 13, end: 19 }
 * locatePointers(text, ['/record/0/b']).get('/record/0/b'); // { start: 12, end: 13 } (the record's "{")
 * ```
 */
export function locatePointers(text: string, pointers: readonly string[], options: { readonly noDuplicates?: boolean } = {}): Map<string, OffsetRange> {
  const prefixes = new Set<string>();
  for (const pointer of pointers) {
    prefixes.add('');
    for (let i = pointer.indexOf('/', 1); i !== -1; i = pointer.indexOf('/', i + 1)) prefixes.add(pointer.slice(0, i));
    prefixes.add(pointer);
  }
  const starts = new Map<string, number>();
  const spans = new Map<string, OffsetRange>();
  // Without duplicate members the first occurrence is the only one: the scan can stop once every
  // pointer is found (most findings are near the top of a file: record 0, a payload-level member).
  const wanted = options.noDuplicates === true ? new Set(pointers) : undefined;
  try {
    new Scanner(text, prefixes, starts, spans, wanted).value(0, '');
  } catch (error) {
    if (error !== allFound) throw error;
  }

  const found = new Map<string, OffsetRange>();
  for (const pointer of pointers) {
    const span = spans.get(pointer);
    if (span) {
      found.set(pointer, span);
      continue;
    }
    // Missing: the first character of the deepest value on the way that exists.
    let prefix = pointer;
    for (;;) {
      const start = starts.get(prefix);
      if (start !== undefined) {
        found.set(pointer, { start, end: start + 1 });
        break;
      }
      if (prefix === '') break;
      prefix = prefix.slice(0, prefix.lastIndexOf('/'));
    }
  }
  return found;
}

// Thrown (once) to end the scan when every pointer is found.
const allFound = Symbol('all pointers found');

class Scanner {
  constructor(
    private readonly text: string,
    private readonly prefixes: ReadonlySet<string>,
    private readonly starts: Map<string, number>,
    private readonly spans: Map<string, OffsetRange>,
    /** The pointers not found yet, when the scan may stop once there are none left. */
    private readonly wanted: Set<string> | undefined,
  ) {}

  private found(path: string, span: OffsetRange): void {
    this.spans.set(path, span);
    if (this.wanted?.delete(path) === true && this.wanted.size === 0) throw allFound;
  }

  /** Scans the value at `pos` (after whitespace) reached by `path`; returns the offset after it. */
  value(pos: number, path: string): number {
    const start = this.space(pos);
    if (!this.prefixes.has(path)) return this.skip(start);
    this.starts.set(path, start);
    if (path === '') this.found('', { start, end: start + 1 });
    const c = this.text.charCodeAt(start);
    if (c === 123) return this.object(start, path);
    if (c === 91) return this.array(start, path);
    return this.skip(start);
  }

  private object(open: number, path: string): number {
    let pos = this.space(open + 1);
    if (this.text.charCodeAt(pos) === 125) return pos + 1;
    for (;;) {
      const keyStart = pos;
      const keyEnd = this.string(pos);
      const raw = this.text.slice(keyStart + 1, keyEnd - 1);
      const key = raw.includes('\\') ? (JSON.parse(this.text.slice(keyStart, keyEnd)) as string) : raw;
      const child = `${path}/${escapePointerToken(key)}`;
      pos = this.space(keyEnd) + 1; // the ':'
      const end = this.value(pos, child);
      // The last duplicate wins, as in JSON.parse and locate().
      if (this.prefixes.has(child)) this.found(child, { start: keyStart, end });
      pos = this.space(end);
      if (this.text.charCodeAt(pos) === 125) return pos + 1;
      pos = this.space(pos + 1); // the ','
    }
  }

  private array(open: number, path: string): number {
    let pos = this.space(open + 1);
    if (this.text.charCodeAt(pos) === 93) return pos + 1;
    for (let index = 0; ; index++) {
      const child = `${path}/${index}`;
      const start = this.space(pos);
      const end = this.value(start, child);
      if (this.prefixes.has(child)) this.found(child, { start, end });
      pos = this.space(end);
      if (this.text.charCodeAt(pos) === 93) return pos + 1;
      pos += 1; // the ','
    }
  }

  /** The offset after the string starting at `pos`. */
  private string(pos: number): number {
    for (let i = pos + 1; ; ) {
      const quote = this.text.indexOf('"', i);
      if (quote === -1) return this.text.length;
      let backslashes = 0;
      for (let j = quote - 1; this.text.charCodeAt(j) === 92; j--) backslashes++;
      if (backslashes % 2 === 0) return quote + 1;
      i = quote + 1;
    }
  }

  /** The offset after the value at `pos`, not recorded. */
  private skip(pos: number): number {
    const c = this.text.charCodeAt(pos);
    if (c === 34) return this.string(pos);
    if (c === 123 || c === 91) {
      let depth = 0;
      for (let i = pos; i < this.text.length; i++) {
        const d = this.text.charCodeAt(i);
        if (d === 34) i = this.string(i) - 1;
        else if (d === 123 || d === 91) depth++;
        else if ((d === 125 || d === 93) && --depth === 0) return i + 1;
      }
      return this.text.length;
    }
    let i = pos;
    while (i < this.text.length && !isDelimiter(this.text.charCodeAt(i))) i++;
    return i;
  }

  private space(pos: number): number {
    let i = pos;
    while (i < this.text.length && isSpace(this.text.charCodeAt(i))) i++;
    return i;
  }
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}

function isDelimiter(c: number): boolean {
  return c === 44 || c === 93 || c === 125 || isSpace(c);
}
