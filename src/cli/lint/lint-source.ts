import type { Edit } from 'jsonc-parser';
import { jsonc } from '../io/jsonc.js';
import type { Diagnostic } from '../../diagnostic.js';
import type { EndpointId } from '../../endpoints.js';
import { validateParsedJson } from '../../validate.js';
import { applyEditsOnce, fixEdits } from './fix-edit.js';
import { duplicateMemberDiagnostics } from '../../json-text/duplicate-member-diagnostics.js';
import { quoteSource } from './quote-source.js';
import { LineIndex } from '../io/line-index.js';
import { locate, type OffsetRange } from './locate.js';
import { locatePointers } from './locate-pointers.js';
import type { LintMessage } from './lint-result.js';
import { defaultMaxDepth, parseJsonText, type ParsedJson } from '../io/parse-json-text.js';

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
  /** The first pass, when the caller has already parsed and validated the text (see lintTarget). */
  readonly firstPass?: FirstPass;
}

/**
 * A first pass done by the caller: the parsed text, its endpoint, and the validator's (and extra
 * checks') diagnostics, so that {@link lintSource} does not repeat them.
 *
 * @example
 * ```ts
 * const firstPass: FirstPass = { parsed, endpoint: 'daily_time', findings: validate(parsed.value, 'daily_time').diagnostics };
 * ```
 */
export interface FirstPass {
  readonly parsed: Extract<ParsedJson, { kind: 'ok' }>;
  readonly endpoint: EndpointId;
  readonly findings: readonly Diagnostic[];
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
    const first = pass === 0 ? options.firstPass : undefined;
    const parsed = first?.parsed ?? parseJsonText(current, { maxDepth: defaultMaxDepth });
    if (parsed.kind === 'too-deep') return parsed;
    if (parsed.kind === 'invalid') {
      const index = new LineIndex(current);
      const start = index.at(parsed.offset);
      const end = index.at(parsed.offset + Math.max(parsed.length, 1));
      const message: LintMessage = { ruleId: 'invalid-json', severity: 2, fatal: true, message: `Invalid JSON: ${parsed.reason}.`, path: '', line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
      return { kind: 'linted', endpoint: endpoint ?? null, messages: [message], ...output(text, current) };
    }
    endpoint ??= first?.endpoint ?? options.endpointFor(parsed.value);
    if (endpoint === undefined) return { kind: 'no-endpoint' };
    // Duplicate members first: they are what the rest of the findings may be about.
    const duplicates = duplicateMemberDiagnostics(current, parsed.duplicates);
    const findings = first?.findings ?? [...validateParsedJson(parsed.value, endpoint).diagnostics, ...(options.extraChecks?.(parsed.value) ?? [])];
    const diagnostics = [...duplicates, ...findings];
    if (diagnostics.length === 0) return { kind: 'linted', endpoint, messages: [], ...output(text, current) };
    // The exact key of each later occurrence (the pointer alone cannot tell duplicates apart).
    const exact = new Map(parsed.duplicates.map((dup, i) => [duplicates[i] as Diagnostic, { start: dup.offset, end: dup.offset + dup.length }]));
    // No fix touches a duplicated member or anything inside one: which value is meant is the user's call.
    const ambiguous = new Set(parsed.duplicates.map((dup) => dup.pointer));
    const fixable = diagnostics.filter((d) => d.fix && !insideAny(d.fix.path, ambiguous));
    if (fixable.length === 0) {
      // Nothing to fix: locate in one pass, without building a parse tree.
      const spans = locatePointers(current, diagnostics.map((d) => d.path), { noDuplicates: parsed.duplicates.length === 0 });
      const where = (d: Diagnostic): OffsetRange => exact.get(d) ?? spans.get(d.path) ?? { start: 0, end: 1 };
      return { kind: 'linted', endpoint, messages: toMessages(current, where, diagnostics, new Map()), ...output(text, current) };
    }
    const root = jsonc().parseTree(current);
    if (!root) return { kind: 'linted', endpoint, messages: [], ...output(text, current) };
    const edits = fixEdits(current, root, fixable);
    if (options.fix && edits.size > 0 && pass < maxFixPasses) {
      current = applyEditsOnce(current, edits.values());
      continue;
    }
    const where = (d: Diagnostic): OffsetRange => exact.get(d) ?? locate(root, d.path);
    return { kind: 'linted', endpoint, messages: toMessages(current, where, diagnostics, edits), ...output(text, current) };
  }
}

/** Whether `path` is one of `pointers` or inside one of them. */
function insideAny(path: string, pointers: ReadonlySet<string>): boolean {
  if (pointers.size === 0) return false;
  for (let end = path.length; end > 0; end = path.lastIndexOf('/', end - 1)) if (pointers.has(path.slice(0, end))) return true;
  return false;
}

function output(original: string, current: string): { output?: string } {
  return current === original ? {} : { output: current };
}

function toMessages(text: string, where: (d: Diagnostic) => OffsetRange, diagnostics: readonly Diagnostic[], edits: ReadonlyMap<Diagnostic, Edit>): LintMessage[] {
  const index = new LineIndex(text);
  const messages = diagnostics.map((d): LintMessage => {
    const range = where(d);
    const start = index.at(range.start);
    const end = index.at(range.end);
    const edit = edits.get(d);
    return {
      ruleId: d.code,
      severity: d.severity === 'error' ? 2 : 1,
      message: quoteSource(d.message, text, range),
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
