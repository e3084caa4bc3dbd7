import type { Edit, Node } from 'jsonc-parser';
import { jsonc } from '../io/jsonc.js';
import type { Diagnostic } from '../../diagnostic.js';
import type { EndpointId } from '../../endpoints.js';
import { validate } from '../../validate.js';
import { detectFormatting, fixEdit } from './fix-edit.js';
import { LineIndex } from '../io/line-index.js';
import { locate, type OffsetRange } from './locate.js';
import { locatePointers } from './locate-pointers.js';
import type { LintMessage } from './lint-result.js';
import { defaultMaxDepth, parseJsonText } from '../io/parse-json-text.js';

/**
 * What {@link lintSource} needs besides the text.
 *
 * @example
 * ```ts
 * const options: LintSourceOptions = { endpointFor: () => 'daily_time', fix: true };
 * ```
 */
export interface LintSourceOptions {
  /** The endpoint for the parsed payload (`--endpoint`, config, or detection); `undefined` if unknown. */
  readonly endpointFor: (payload: unknown) => EndpointId | undefined;
  /** Checks run after `validate` (e.g. `--plugin-xml` field access). */
  readonly extraChecks?: (payload: unknown) => readonly Diagnostic[];
  /** Apply lossless fixes and return the fixed text as `output`. */
  readonly fix: boolean;
}

/**
 * The outcome of linting one text.
 *
 * @example
 * ```ts
 * const outcome: LintSourceOutcome = lintSource(text, options);
 * if (outcome.kind === 'linted') console.log(outcome.messages.length);
 * ```
 */
export type LintSourceOutcome =
  | { readonly kind: 'linted'; readonly endpoint: EndpointId | null; readonly messages: LintMessage[]; readonly output?: string }
  | { readonly kind: 'no-endpoint' }
  | { readonly kind: 'too-deep'; readonly limit: number };

// ESLint's limit too: fixes that keep producing fixes stop after this many passes.
const maxFixPasses = 10;

/**
 * Lints one JSON text (BOM already removed): parse, pick the endpoint, validate, and with `fix` apply
 * the lossless fixes as text edits until none is left, then locate what remains. Pure: no I/O.
 *
 * @example
 * ```ts
 * const outcome = lintSource('{"record": []}', { endpointFor: () => 'daily_time', fix: false });
 * // { kind: 'linted', endpoint: 'daily_time', messages: [{ ruleId: 'record-count', line: 1, column: 2, … }] }
 * ```
 */
export function lintSource(text: string, options: LintSourceOptions): LintSourceOutcome {
  let current = text;
  let endpoint: EndpointId | undefined;
  for (let pass = 0; ; pass++) {
    // Depth is checked before anything recursive sees the text (parse trees, rules, formatters).
    const parsed = parseJsonText(current, { maxDepth: defaultMaxDepth });
    if (parsed.kind === 'too-deep') return parsed;
    if (parsed.kind === 'invalid') {
      const index = new LineIndex(current);
      const start = index.at(parsed.offset);
      const end = index.at(parsed.offset + Math.max(parsed.length, 1));
      const message: LintMessage = { ruleId: 'invalid-json', severity: 2, fatal: true, message: `Invalid JSON: ${parsed.reason}.`, path: '', line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
      return { kind: 'linted', endpoint: endpoint ?? null, messages: [message], ...output(text, current) };
    }
    endpoint ??= options.endpointFor(parsed.value);
    if (endpoint === undefined) return { kind: 'no-endpoint' };
    const diagnostics = [...validate(parsed.value, endpoint).diagnostics, ...(options.extraChecks?.(parsed.value) ?? [])];
    if (diagnostics.length === 0) return { kind: 'linted', endpoint, messages: [], ...output(text, current) };
    if (!diagnostics.some((d) => d.fix)) {
      // Nothing to fix: locate in one pass, without building a parse tree.
      const spans = locatePointers(current, diagnostics.map((d) => d.path));
      return { kind: 'linted', endpoint, messages: toMessages(current, (p) => spans.get(p) ?? { start: 0, end: 1 }, diagnostics, new Map()), ...output(text, current) };
    }
    const root = jsonc().parseTree(current);
    if (!root) return { kind: 'linted', endpoint, messages: [], ...output(text, current) };
    const edits = fixEdits(current, root, diagnostics);
    if (options.fix && edits.size > 0 && pass < maxFixPasses) {
      current = jsonc().applyEdits(current, nonOverlapping([...edits.values()]));
      continue;
    }
    return { kind: 'linted', endpoint, messages: toMessages(current, (p) => locate(root, p), diagnostics, edits), ...output(text, current) };
  }
}

function output(original: string, current: string): { output?: string } {
  return current === original ? {} : { output: current };
}

function fixEdits(text: string, root: Node, diagnostics: readonly Diagnostic[]): Map<Diagnostic, Edit> {
  const edits = new Map<Diagnostic, Edit>();
  if (!diagnostics.some((d) => d.fix)) return edits;
  const formatting = detectFormatting(text);
  const renamed = new Set<string>();
  for (const d of diagnostics) {
    if (!d.fix) continue;
    const edit = fixEdit(text, root, d.fix, formatting);
    if (!edit) continue;
    if (d.fix.kind === 'rename') {
      // Two case-variants renamed to the same name in one object would make a duplicate key.
      const target = `${d.fix.path.slice(0, d.fix.path.lastIndexOf('/'))}/${d.fix.to}`;
      if (renamed.has(target)) continue;
      renamed.add(target);
    }
    edits.set(d, edit);
  }
  return edits;
}

// Edits that overlap an earlier one wait for the next pass.
function nonOverlapping(edits: readonly Edit[]): Edit[] {
  const kept: Edit[] = [];
  let end = -1;
  for (const edit of [...edits].sort((a, b) => a.offset - b.offset)) {
    if (edit.offset < end) continue;
    kept.push(edit);
    end = edit.offset + edit.length;
  }
  return kept;
}

function toMessages(text: string, where: (pointer: string) => OffsetRange, diagnostics: readonly Diagnostic[], edits: ReadonlyMap<Diagnostic, Edit>): LintMessage[] {
  const index = new LineIndex(text);
  const messages = diagnostics.map((d): LintMessage => {
    const range = where(d.path);
    const start = index.at(range.start);
    const end = index.at(range.end);
    const edit = edits.get(d);
    return {
      ruleId: d.code,
      severity: d.severity === 'error' ? 2 : 1,
      message: d.message,
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
      path: d.path,
      ...(d.recordIndex === undefined ? {} : { recordIndex: d.recordIndex }),
      ...(edit ? { fix: { range: [edit.offset, edit.offset + edit.length] as const, text: edit.content } } : {}),
    };
  });
  // In file order, as editors and ESLint list them (the sort is stable: same place, validator order).
  return messages.sort((a, b) => a.line - b.line || a.column - b.column);
}
