import type { Edit, Node } from 'jsonc-parser';
import type { Diagnostic, Fix } from '../../diagnostic.js';
import { parsePointer } from '../../pointer.js';

/**
 * The text edit that applies one {@link Fix} to `text` (whose tree is `root`), or `undefined` when the
 * fix no longer applies or would not be lossless. The edit replaces exactly the member the diagnostic
 * points at (the last of duplicates, as `JSON.parse` and the locations use), straight from the
 * parse tree: no re-parse per fix. A number turned into a string keeps the literal's own digits
 * (`9007199254740993` stays `"9007199254740993"`); a literal with a fraction or exponent
 * (`1440.0000000000001`, `1e3`) gets no fix, since its parsed value is not what the file says. A
 * rename rewrites the key only, so the member keeps its place and the object its key order.
 *
 * @example
 * ```ts
 * const text = '{"STUDENTID": "1"}';
 * fixEdit(text, parseTree(text)!, { kind: 'rename', path: '/STUDENTID', to: 'studentid' });
 * // { offset: 1, length: 11, content: '"studentid"' }
 * ```
 */
export function fixEdit(text: string, root: Node, fix: Fix): Edit | undefined {
  const walked = walk(root, parsePointer(fix.path));
  if (!walked) return undefined;
  const { node, property, parent } = walked;
  if (fix.kind === 'set') {
    let content: string;
    if (typeof fix.value === 'string' && node.type === 'number') {
      const literal = text.slice(node.offset, node.offset + node.length);
      if (!/^(0|[1-9][0-9]*)$/.test(literal)) return undefined;
      content = JSON.stringify(literal);
    } else content = JSON.stringify(fix.value);
    return { offset: node.offset, length: node.length, content };
  }
  const key = property?.children?.[0];
  if (!key || !parent || parent.type !== 'object') return undefined;
  if ((parent.children ?? []).some((member) => member.children?.[0]?.value === fix.to)) return undefined;
  return { offset: key.offset, length: key.length, content: JSON.stringify(fix.to) };
}

/**
 * The edits of every fixable diagnostic, computed on one parse tree. Two case-variants renamed to
 * the same name would make a duplicate key: only the first is renamed in this pass.
 *
 * @example
 * ```ts
 * const edits = fixEdits(text, parseTree(text)!, diagnostics);
 * ```
 */
export function fixEdits(text: string, root: Node, diagnostics: readonly Diagnostic[]): Map<Diagnostic, Edit> {
  const edits = new Map<Diagnostic, Edit>();
  const renamed = new Set<string>();
  for (const d of diagnostics) {
    if (!d.fix) continue;
    const edit = fixEdit(text, root, d.fix);
    if (!edit) continue;
    if (d.fix.kind === 'rename') {
      const target = `${d.fix.path.slice(0, d.fix.path.lastIndexOf('/'))}/${d.fix.to}`;
      if (renamed.has(target)) continue;
      renamed.add(target);
    }
    edits.set(d, edit);
  }
  return edits;
}

/**
 * Applies edits in one pass, linear in the text and the number of edits (jsonc-parser's
 * `applyEdits` copies the whole text once per edit). Edits that overlap an earlier one are left for
 * the next pass.
 *
 * @example
 * ```ts
 * applyEditsOnce('{"a": 1, "b": 2}', [{ offset: 6, length: 1, content: '"1"' }]); // '{"a": "1", "b": 2}'
 * ```
 */
export function applyEditsOnce(text: string, edits: Iterable<Edit>): string {
  const parts: string[] = [];
  let at = 0;
  for (const edit of [...edits].sort((a, b) => a.offset - b.offset)) {
    if (edit.offset < at) continue;
    parts.push(text.slice(at, edit.offset), edit.content);
    at = edit.offset + edit.length;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

interface Walked {
  readonly node: Node;
  readonly parent: Node | undefined;
  readonly property: Node | undefined;
}

function walk(root: Node, tokens: readonly string[]): Walked | undefined {
  let node: Node = root;
  let parent: Node | undefined;
  let property: Node | undefined;
  for (const token of tokens) {
    parent = node;
    if (node.type === 'object') {
      // The last duplicate wins, as in JSON.parse, whose value the rules saw.
      property = undefined;
      const members = node.children ?? [];
      for (let i = members.length - 1; i >= 0 && property === undefined; i--) if (members[i]?.children?.[0]?.value === token) property = members[i];
      const value = property?.children?.[1];
      if (!value) return undefined;
      node = value;
    } else if (node.type === 'array' && /^(0|[1-9][0-9]*)$/.test(token)) {
      const element = node.children?.[Number(token)];
      if (!element) return undefined;
      property = undefined;
      node = element;
    } else return undefined;
  }
  return { node, parent, property };
}
