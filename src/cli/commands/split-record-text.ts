import { toPointer } from '../../pointer.js';

/**
 * What the text of one record shows that its parsed value cannot: nesting deeper than the limit, or a
 * member name that appears twice in one object (`JSON.parse` keeps the last, silently).
 *
 * @example
 * ```ts
 * const finding: TextFinding = { kind: 'duplicates', pointers: ['/studentid'] };
 * ```
 */
export type TextFinding = { readonly kind: 'too-deep' } | { readonly kind: 'duplicates'; readonly pointers: readonly string[] };

/**
 * Scans the JSON text of one record, once and without recursion, for nesting deeper than `limit` and
 * for duplicate member names (compared after unescaping, so `"a"` and `"\u0061"` are one name).
 * Duplicates are given as JSON Pointers, relative to the record, of each second and later occurrence.
 * Meant for text `JSON.parse` accepts; on other text the answer is undefined.
 *
 * @example
 * ```ts
 * inspectRecordText('{"studentid":"1","studentid":"2"}', 64); // { kind: 'duplicates', pointers: ['/studentid'] }
 * inspectRecordText('[[[1]]]', 2); // { kind: 'too-deep' }
 * inspectRecordText('{"studentid":"1"}', 64); // undefined
 * ```
 */
export function inspectRecordText(text: string, limit: number): TextFinding | undefined {
  // One frame per open object or array: its path token in the parent, the names seen (objects), the next index (arrays).
  const stack: { token: string | number; names: Set<string> | undefined; index: number }[] = [];
  let pending: string | number = '';
  let expectName = false;
  const pointers: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      const start = i;
      let escaped = false;
      for (i++; i < text.length; i++) {
        const d = text.charCodeAt(i);
        if (d === 0x5c) {
          escaped = true;
          i++;
        } else if (d === 0x22) break;
      }
      const top = stack[stack.length - 1];
      if (expectName && top?.names !== undefined) {
        const raw = text.slice(start, i + 1);
        const name = escaped ? (JSON.parse(raw) as string) : raw.slice(1, -1);
        if (top.names.has(name)) pointers.push(toPointer([...stack.slice(1).map((f) => f.token), name]));
        else top.names.add(name);
        pending = name;
        expectName = false;
      }
    } else if (c === 0x7b || c === 0x5b) {
      if (stack.length >= limit) return { kind: 'too-deep' };
      const parent = stack[stack.length - 1];
      const token = parent?.names === undefined ? (parent?.index ?? 0) : pending;
      stack.push({ token, names: c === 0x7b ? new Set() : undefined, index: 0 });
      expectName = c === 0x7b;
    } else if (c === 0x7d || c === 0x5d) {
      stack.pop();
    } else if (c === 0x2c) {
      const top = stack[stack.length - 1];
      if (top === undefined) continue;
      if (top.names === undefined) top.index++;
      else expectName = true;
    }
  }
  return pointers.length === 0 ? undefined : { kind: 'duplicates', pointers };
}
