/**
 * Every rule code the validator can report, in catalogue order. The codes are public interface:
 * users filter on them and CI tools consume them, so they never change meaning.
 *
 * @example
 * ```ts
 * ruleCodes.includes('unknown-field'); // true
 * ```
 */
export const ruleCodes = [
  'payload-shape',
  'record-count',
  'required-field',
  'mode-required-field',
  'unknown-mode',
  'mode-endpoint',
  'unknown-field',
  'field-type',
  'id-format',
  'date-format',
  'minutes-range',
  'interval-format',
  'time-range',
  'time-order',
  'mixed-student',
  'mixed-date',
  'table-name',
  'mode-unused-field',
  'duplicate-record',
  'meeting-overlap',
  'unknown-endpoint',
  'field-access',
  'duplicate-member',
  'lone-surrogate',
] as const;

/**
 * A rule code, such as `unknown-field`.
 *
 * @example
 * ```ts
 * const ignored: ReadonlySet<RuleCode> = new Set(['table-name', 'mode-unused-field']);
 * const findings = validate(payload, 'daily_time').diagnostics.filter((d) => !ignored.has(d.code));
 * ```
 */
export type RuleCode = (typeof ruleCodes)[number];

/**
 * Whether `value` is a known rule code.
 *
 * @example
 * ```ts
 * isRuleCode('time-order'); // true
 * ```
 */
export function isRuleCode(value: unknown): value is RuleCode {
  return typeof value === 'string' && (ruleCodes as readonly string[]).includes(value);
}
