import { escapePointerToken } from '../pointer.js';

/**
 * A member name that appears again in the same JSON object: `pointer` names the later occurrence
 * (RFC 6901, as diagnostics do), `offset`/`length` its name's quoted string in the text (UTF-16 code
 * units, as `String.prototype.slice` counts), `firstOffset` where the first occurrence's name starts.
 *
 * @example
 * ```ts
 * const [dup]: DuplicateMember[] = findDuplicateMembers('{"a":1,"a":2}');
 * // { pointer: '/a', name: 'a', offset: 7, length: 3, firstOffset: 1 }
 * ```
 */
export interface DuplicateMember {
  readonly pointer: string;
  readonly name: string;
  readonly offset: number;
  readonly length: number;
  readonly firstOffset: number;
}

interface Frame {
  readonly object: boolean;
  /** Object: name → offset of its first occurrence. */
  readonly names: Map<string, number> | undefined;
  /** This container's token in its parent (`undefined` for the root). */
  readonly token: string | number | undefined;
  /** This container's JSON Pointer, computed on first need. */
  pointer: string | undefined;
  /** Object: the name of the member being read; array: the index of the element being read. */
  key: string;
  index: number;
  expectKey: boolean;
}

/**
 * Finds every member name that occurs more than once in one object of a JSON text, which
 * `JSON.parse` (and most parsers) silently resolve by keeping the last value. Names are compared
 * after unescaping (`"a"` and `"\u0061"` are the same name).
 *
 * Pure and platform-free (no Node API), one pass over the text with an explicit stack: linear in the
 * text's length whatever its shape, and no nesting depth can overflow the call stack. Meant for text
 * that `JSON.parse` accepted; on other text it still returns (what it could tell) and never throws.
 *
 * How other parts call it: the linter reports each result as a `duplicate-member` diagnostic (see
 * {@link duplicateMemberDiagnostics}); `split` runs it on each record's text; the mock and the HTTP
 * server run it on a request body after `JSON.parse` succeeded and answer 400 when it is non-empty.
 *
 * @param text - The JSON text (a BOM, if any, already removed).
 * @param limit - Stop after this many duplicates (default: all).
 * @returns The later occurrences, in text order.
 * @example
 * ```ts
 * findDuplicateMembers('{"record":[{"studentid":"1","studentid":"2"}]}');
 * // [{ pointer: '/record/0/studentid', name: 'studentid', offset: 28, length: 11, firstOffset: 12 }]
 * findDuplicateMembers('{"a":{"b":1},"c":{"b":2}}'); // []
 * ```
 */
export function findDuplicateMembers(text: string, limit = Infinity): DuplicateMember[] {
  const found: DuplicateMember[] = [];
  const stack: Frame[] = [];
  const length = text.length;
  let i = 0;
  while (i < length && found.length < limit) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      const start = i;
      let escaped = false;
      i++;
      while (i < length) {
        const d = text.charCodeAt(i);
        if (d === 92 /* \ */) {
          escaped = true;
          i += 2;
        } else if (d === 34) break;
        else i++;
      }
      i++; // past the closing quote
      const frame = stack[stack.length - 1];
      if (frame?.object && frame.expectKey) {
        const name = escaped ? unescape(text.slice(start, i)) : text.slice(start + 1, i - 1);
        frame.expectKey = false;
        frame.key = name;
        const first = frame.names?.get(name);
        if (first === undefined) frame.names?.set(name, start);
        else found.push({ pointer: `${pointerOf(stack)}/${escapePointerToken(name)}`, name, offset: start, length: i - start, firstOffset: first });
      }
      continue;
    }
    if (c === 123 /* { */ || c === 91 /* [ */) {
      const parent = stack[stack.length - 1];
      const token = parent === undefined ? undefined : parent.object ? parent.key : parent.index;
      const object = c === 123;
      stack.push({ object, names: object ? new Map() : undefined, token, pointer: stack.length === 0 ? '' : undefined, key: '', index: 0, expectKey: object });
    } else if (c === 125 /* } */ || c === 93 /* ] */) {
      stack.pop();
    } else if (c === 44 /* , */) {
      const frame = stack[stack.length - 1];
      if (frame?.object) frame.expectKey = true;
      else if (frame) frame.index++;
    }
    i++;
  }
  return found;
}

/** The pointer of the innermost container, filling in the memo of every level that lacks one. */
function pointerOf(stack: Frame[]): string {
  let known = stack.length - 1;
  while (known > 0 && stack[known]?.pointer === undefined) known--;
  let pointer = stack[known]?.pointer ?? '';
  for (let level = known + 1; level < stack.length; level++) {
    const frame = stack[level] as Frame;
    pointer = `${pointer}/${escapePointerToken(frame.token ?? '')}`;
    frame.pointer = pointer;
  }
  return pointer;
}

function unescape(quoted: string): string {
  try {
    const value: unknown = JSON.parse(quoted);
    return typeof value === 'string' ? value : quoted;
  } catch {
    return quoted; // Not JSON text: compare the raw spelling.
  }
}
