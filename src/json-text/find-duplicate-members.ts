import { scanJsonText } from './scan-json-text.js';

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
  return scanJsonText(text, Infinity, limit).duplicates;
}
