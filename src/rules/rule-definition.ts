import type { Severity } from '../diagnostic.js';
import type { EndpointId } from '../endpoints.js';
import type { RuleCode } from './rule-code.js';

/**
 * A payload that shows a rule, for the rule reference and its executed examples.
 *
 * @example
 * ```ts
 * const { endpoint, payload }: RuleExample = ruleCatalogue['time-order'].valid;
 * validate(payload, endpoint).valid; // true
 * ```
 */
export interface RuleExample {
  /** The endpoint the payload is sent to. */
  readonly endpoint: EndpointId;
  /** The payload. */
  readonly payload: unknown;
  /**
   * The payload as JSON text, for a rule only the text shows (`duplicate-member`): the example is
   * checked from this text, and `payload` is what `JSON.parse` makes of it.
   */
  readonly text?: string;
}

/**
 * The documentation of one rule: what it checks, why, and a failing and a passing example. The
 * failing example must produce exactly this rule at `invalid.path`; the passing one no error.
 *
 * @example
 * ```ts
 * ruleCatalogue['time-order'].severity; // 'error'
 * ```
 */
export interface RuleDefinition<C extends RuleCode = RuleCode> {
  readonly code: C;
  readonly severity: Severity;
  /** One line: what the rule checks. */
  readonly summary: string;
  /** Why it matters, with its public source (the API reference, PowerSchool's data dictionary or plugin documentation, public client code) or as a product decision. */
  readonly rationale: string;
  /** A payload that breaks the rule, and where the diagnostic points. */
  readonly invalid: RuleExample & { readonly path: string };
  /** The same payload, repaired. */
  readonly valid: RuleExample;
}
