import type { RuleCode } from '../../rules/rule-code.js';
import type { EndpointId } from '../../endpoints.js';
import type { ExchangeCheckCode } from '../../exchange/exchange-finding.js';

/**
 * The rule ids a report can hold: the validator's rule codes, `invalid-json` for unparseable files,
 * and the exchange check codes of `ps-attendance verify`.
 *
 * @example
 * ```ts
 * const id: LintRuleId = 'invalid-json';
 * ```
 */
export type LintRuleId = RuleCode | 'invalid-json' | ExchangeCheckCode;

/**
 * A text replacement, ESLint style: replace the characters in `range` (offsets into the file) by `text`.
 *
 * @example
 * ```ts
 * const fix: TextFix = { range: [74, 85], text: '"studentid"' };
 * ```
 */
export interface TextFix {
  readonly range: readonly [number, number];
  readonly text: string;
}

/**
 * One finding in one file, in ESLint's message shape plus the JSON Pointer `path`.
 *
 * @example
 * ```ts
 * const m: LintMessage = { ruleId: 'id-format', severity: 2, message: '…', line: 4, column: 7,
 *   endLine: 4, endColumn: 24, path: '/record/0/tables/attendance/studentid' };
 * ```
 */
export interface LintMessage {
  readonly ruleId: LintRuleId;
  /** 1 warning, 2 error (ESLint's numbers). */
  readonly severity: 1 | 2;
  readonly message: string;
  /** 1-based line of the start. */
  readonly line: number;
  /** 1-based column of the start, in UTF-16 code units. */
  readonly column: number;
  readonly endLine: number;
  /** 1-based column just after the end. */
  readonly endColumn: number;
  /** RFC 6901 JSON Pointer into the payload (`""` for the whole file). */
  readonly path: string;
  /** The record concerned, when there is one. */
  readonly recordIndex?: number;
  /** True when the file could not be parsed at all (`invalid-json`). */
  readonly fatal?: true;
  /** The lossless repair `--fix` would apply. */
  readonly fix?: TextFix;
}

/**
 * The findings for one file, in ESLint's result shape (`--format json` prints an array of these).
 *
 * @example
 * ```ts
 * const r: LintResult = { filePath: '/repo/a.json', endpoint: 'daily_time', messages: [], errorCount: 0,
 *   warningCount: 0, fixableErrorCount: 0, fixableWarningCount: 0, fatalErrorCount: 0 };
 * ```
 */
export interface LintResult {
  /** Absolute path (or `<stdin>` / the `--stdin-filename` resolved against the cwd). */
  readonly filePath: string;
  /** The endpoint the file was checked against; `null` when it could not be parsed. */
  readonly endpoint: EndpointId | null;
  readonly messages: readonly LintMessage[];
  readonly errorCount: number;
  readonly warningCount: number;
  readonly fixableErrorCount: number;
  readonly fixableWarningCount: number;
  readonly fatalErrorCount: number;
  /** The fixed text, when `--fix`/`--fix-dry-run` changed it. */
  readonly output?: string;
  /** The original text, kept when `output` is set (for `--fix-dry-run`'s diff). */
  readonly source?: string;
}

/**
 * Builds a {@link LintResult} with its counts from the messages.
 *
 * @example
 * ```ts
 * toLintResult('/repo/a.json', 'daily_time', messages).errorCount;
 * ```
 */
export function toLintResult(
  filePath: string,
  endpoint: EndpointId | null,
  messages: readonly LintMessage[],
  fixed?: { readonly source: string; readonly output: string },
): LintResult {
  let errorCount = 0;
  let warningCount = 0;
  let fixableErrorCount = 0;
  let fixableWarningCount = 0;
  let fatalErrorCount = 0;
  for (const m of messages) {
    if (m.severity === 2) {
      errorCount++;
      if (m.fix) fixableErrorCount++;
      if (m.fatal) fatalErrorCount++;
    } else {
      warningCount++;
      if (m.fix) fixableWarningCount++;
    }
  }
  return {
    filePath,
    endpoint,
    messages,
    errorCount,
    warningCount,
    fixableErrorCount,
    fixableWarningCount,
    fatalErrorCount,
    ...(fixed ? { output: fixed.output, source: fixed.source } : {}),
  };
}
