import type { Node } from 'jsonc-parser';
import { parsePointer } from '../../pointer.js';

/**
 * A range of character offsets: `start` inclusive, `end` exclusive.
 *
 * @example
 * ```ts
 * const { start, end }: OffsetRange = locate(root, '/record/0');
 * ```
 */
export interface OffsetRange {
  readonly start: number;
  readonly end: number;
}

/**
 * Where a JSON Pointer lands in a parsed document (a `jsonc-parser` `parseTree`):
 * - a member of an object: from its key to the end of its value;
 * - an array element: the element;
 * - the root (`""`): its first character;
 * - a missing member or element: the opening `{` or `[` of the deepest container that exists, so a
 *   missing `total_minutes` points at the attendance object.
 *
 * @example
 * ```ts
 * const text = '{"record": []}';
 * locate(parseTree(text)!, '/record'); // { start: 1, end: 13 }  ("record": [])
 * locate(parseTree(text)!, '/name');   // { start: 0, end: 1 }   (the root's "{")
 * ```
 */
export function locate(root: Node, pointer: string): OffsetRange {
  let node = root;
  let span: OffsetRange = { start: root.offset, end: root.offset + 1 };
  for (const token of parsePointer(pointer)) {
    const found = child(node, token);
    if (!found) return { start: node.offset, end: node.offset + 1 };
    node = found.value;
    span = found.span;
  }
  return span;
}

function child(node: Node, token: string): { value: Node; span: OffsetRange } | undefined {
  if (node.type === 'object') {
    // The last duplicate wins, as in JSON.parse, which produced the value the rules saw.
    const members = node.children ?? [];
    for (let i = members.length - 1; i >= 0; i--) {
      const [key, value] = members[i]?.children ?? [];
      if (key?.value === token && value) return { value, span: { start: key.offset, end: value.offset + value.length } };
    }
    return undefined;
  }
  if (node.type === 'array' && /^(0|[1-9][0-9]*)$/.test(token)) {
    const element = node.children?.[Number(token)];
    return element ? { value: element, span: { start: element.offset, end: element.offset + element.length } } : undefined;
  }
  return undefined;
}
