import type { EndpointId } from '../../src/endpoints.js';
import { ruleCatalogue } from '../../src/rules/catalogue.js';
import { ruleCodes, type RuleCode } from '../../src/rules/rule-code.js';

/**
 * The rule codes of warning severity: a payload with only these is valid.
 *
 * @example
 * ```ts
 * const code: WarningRuleCode = 'duplicate-record';
 * ```
 */
export type WarningRuleCode = 'table-name' | 'mode-unused-field' | 'duplicate-record' | 'meeting-overlap';

/**
 * The error rules validate() cannot check from the payload alone: `field-access` needs the plugin's
 * grants (checkFieldAccess reports it), so no payload breaks it by itself.
 *
 * @example
 * ```ts
 * const code: GrantRuleCode = 'field-access';
 * ```
 */
export type GrantRuleCode = 'field-access';

/**
 * The error rules only a payload's JSON text can break: `duplicate-member` (a parsed payload has
 * already lost the duplicate). {@link invalidPayloadText} builds such texts.
 *
 * @example
 * ```ts
 * const code: TextRuleCode = 'duplicate-member';
 * ```
 */
export type TextRuleCode = 'duplicate-member';

/**
 * The rule codes of error severity that validate() reports: each has an invalid arbitrary.
 *
 * @example
 * ```ts
 * invalidPayload({ codes: ['time-order' satisfies ErrorRuleCode] });
 * ```
 */
export type ErrorRuleCode = Exclude<RuleCode, WarningRuleCode | GrantRuleCode | TextRuleCode>;

/**
 * The error rule codes validate() reports, in catalogue order (read from the rule catalogue): the
 * codes {@link invalidPayload} draws by default.
 *
 * @example
 * ```ts
 * errorRuleCodes.includes('time-order'); // true
 * errorRuleCodes.includes('table-name'); // false (a warning)
 * ```
 */
export const errorRuleCodes: readonly ErrorRuleCode[] = ruleCodes.filter(
  (code): code is ErrorRuleCode =>
    ruleCatalogue[code].severity === 'error' && code !== ('field-access' satisfies GrantRuleCode) && code !== ('duplicate-member' satisfies TextRuleCode),
);

/**
 * A payload that breaks exactly one rule, the endpoint it is sent to, and the one error diagnostic
 * validate() must report: its code and JSON Pointer path. Warnings may come with it (a record moved
 * to another mode can duplicate another's slot), other errors never.
 *
 * @example
 * ```ts
 * const c: InvalidCase = { endpoint: 'daily_time', payload: { record: [] }, expected: { code: 'record-count', path: '/record' } };
 * ```
 */
export interface InvalidCase {
  /**
   * The endpoint the payload is sent to. For `unknown-endpoint` cases it is deliberately none of the
   * three ids (a JavaScript caller's typo such as "daily"): that is the rule being broken.
   */
  readonly endpoint: EndpointId;
  /** The payload: plain JSON data (it survives JSON.stringify/JSON.parse unchanged). */
  readonly payload: unknown;
  /** The error validate(payload, endpoint) reports, and the only one. */
  readonly expected: { readonly code: ErrorRuleCode; readonly path: string };
}
