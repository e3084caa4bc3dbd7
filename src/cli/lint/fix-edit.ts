import type { Edit, FormattingOptions, JSONPath, Node } from 'jsonc-parser';
import { jsonc } from '../io/jsonc.js';
import type { Fix } from '../../diagnostic.js';
import { parsePointer } from '../../pointer.js';

/**
 * The text edit that applies one {@link Fix} to `text` (whose tree is `root`), or `undefined` when the
 * fix no longer applies (the member is gone, or a rename target already exists). `set` goes through
 * `jsonc-parser`'s `modify`, which replaces the value in place; `rename` rewrites the key only, so the
 * member keeps its place and the object its key order.
 *
 * @example
 * ```ts
 * const text = '{"STUDENTID": "1"}';
 * fixEdit(text, parseTree(text)!, { kind: 'rename', path: '/STUDENTID', to: 'studentid' }, detectFormatting(text));
 * // { offset: 1, length: 11, content: '"studentid"' }
 * ```
 */
export function fixEdit(text: string, root: Node, fix: Fix, formatting: FormattingOptions): Edit | undefined {
  const walked = walk(root, parsePointer(fix.path));
  if (!walked) return undefined;
  if (fix.kind === 'set') {
    const edits = jsonc().modify(text, walked.jsonPath, fix.value, { formattingOptions: formatting });
    return edits.length === 1 ? edits[0] : undefined;
  }
  const { property, parent } = walked;
  const key = property?.children?.[0];
  if (!key || !parent || parent.type !== 'object') return undefined;
  if ((parent.children ?? []).some((member) => member.children?.[0]?.value === fix.to)) return undefined;
  return { offset: key.offset, length: key.length, content: JSON.stringify(fix.to) };
}

/**
 * The indentation and line ending the file already uses, so inserted text matches it.
 *
 * @example
 * ```ts
 * detectFormatting('{\n\t"a": 1\n}'); // { insertSpaces: false, tabSize: 4, eol: '\n' }
 * ```
 */
export function detectFormatting(text: string): FormattingOptions {
  const indent = /\n([ \t]+)\S/.exec(text)?.[1] ?? '  ';
  return {
    insertSpaces: !indent.startsWith('\t'),
    tabSize: indent.startsWith('\t') ? 4 : indent.length,
    eol: text.includes('\r\n') ? '\r\n' : '\n',
  };
}

interface Walked {
  readonly jsonPath: JSONPath;
  readonly parent: Node | undefined;
  readonly property: Node | undefined;
}

function walk(root: Node, tokens: readonly string[]): Walked | undefined {
  const jsonPath: (string | number)[] = [];
  let node: Node = root;
  let parent: Node | undefined;
  let property: Node | undefined;
  for (const token of tokens) {
    parent = node;
    if (node.type === 'object') {
      property = [...(node.children ?? [])].reverse().find((member) => member.children?.[0]?.value === token);
      const value = property?.children?.[1];
      if (!value) return undefined;
      jsonPath.push(token);
      node = value;
    } else if (node.type === 'array' && /^(0|[1-9][0-9]*)$/.test(token)) {
      const element = node.children?.[Number(token)];
      if (!element) return undefined;
      property = undefined;
      jsonPath.push(Number(token));
      node = element;
    } else return undefined;
  }
  return { jsonPath, parent, property };
}
