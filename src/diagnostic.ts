import type { RuleCode } from './rules/rule-code.js';

/**
 * How bad a finding is: an `error` makes the payload invalid, a `warning` does not.
 *
 * @example
 * ```ts
 * const errors = validate(payload, 'daily_time').diagnostics.filter((d) => d.severity === 'error');
 * ```
 */
export type Severity = 'error' | 'warning';

/**
 * A JSON value, as a fix may write it.
 *
 * @example
 * ```ts
 * const value: JsonValue = { total_minutes: '45', start_time: 29400 };
 * ```
 */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/**
 * A lossless repair the linter's `--fix` may apply: set the member at `path` to `value`, or rename the
 * member at `path` to `to` (within the same object).
 *
 * @example
 * ```ts
 * const rename: Fix = { kind: 'rename', path: '/record/0/tables/attendance/student_id', to: 'studentid' };
 * const set: Fix = { kind: 'set', path: '/record/0/tables/attendance/studentid', value: '4242' };
 * ```
 */
export type Fix =
  | { readonly kind: 'set'; readonly path: string; readonly value: JsonValue }
  | { readonly kind: 'rename'; readonly path: string; readonly to: string };

/**
 * One finding about a payload. Diagnostics are plain data: formatters, matchers and the mock all read
 * the same list.
 *
 * @example
 * ```ts
 * const d: Diagnostic = {
 *   code: 'mode-required-field',
 *   severity: 'error',
 *   path: '/record/0/tables/attendance/total_minutes',
 *   message: 'total_minutes is required for ATT_ModeTime records: add the minutes as a string, e.g. "45".',
 *   recordIndex: 0,
 * };
 * ```
 */
export interface Diagnostic {
  /** The rule that fired; stable public interface. */
  readonly code: RuleCode;
  /** `error` fails the payload; `warning` does not. */
  readonly severity: Severity;
  /** RFC 6901 JSON Pointer to the offending member (for a missing member: where it should be). */
  readonly path: string;
  /** What is wrong and how to fix it. Test on `code` and `path`, never on this text. */
  readonly message: string;
  /** The index in `record` of the record concerned, when there is one. */
  readonly recordIndex?: number;
  /** A lossless repair, when one exists. */
  readonly fix?: Fix;
}

/**
 * The result of {@link validate}.
 *
 * @example
 * ```ts
 * const { valid, diagnostics } = validate(payload, 'daily_time');
 * if (!valid) for (const d of diagnostics) console.log(d.code, d.path);
 * ```
 */
export interface ValidationResult {
  /** True when no diagnostic has severity `error`. */
  readonly valid: boolean;
  /** Every finding, errors and warnings, in payload order. */
  readonly diagnostics: readonly Diagnostic[];
}
