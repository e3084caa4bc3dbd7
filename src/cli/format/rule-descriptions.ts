import type { Severity } from '../../diagnostic.js';
import { ruleCatalogue } from '../../rules/catalogue.js';
import type { RuleExample } from '../../rules/rule-definition.js';
import type { LintRuleId } from '../lint/lint-result.js';

/**
 * What a report says about one rule (SARIF's reportingDescriptor, in short).
 *
 * @example
 * ```ts
 * const rule: RuleDescription = { id: 'invalid-json', severity: 'error', summary: '…', rationale: '…' };
 * ```
 */
export interface RuleDescription {
  readonly id: LintRuleId;
  readonly severity: Severity;
  readonly summary: string;
  readonly rationale: string;
  readonly invalid?: RuleExample & { readonly path: string };
  readonly valid?: RuleExample;
}

const invalidJson: RuleDescription = {
  id: 'invalid-json',
  severity: 'error',
  summary: 'The file is not strict JSON (RFC 8259): a syntax error, an empty file, comments or trailing commas.',
  rationale: 'PowerSchool parses the request body as JSON; a body that does not parse is rejected before any field is checked, so nothing else in the file can be checked either.',
};

/**
 * Every rule the linter can report: the validator's whole catalogue plus `invalid-json`. Built from
 * `ruleCatalogue`, which is typed over every rule code, so a new rule is described automatically.
 *
 * @example
 * ```ts
 * ruleDescriptions().find((rule) => rule.id === 'time-order')?.severity; // 'error'
 * ```
 */
export function ruleDescriptions(): readonly RuleDescription[] {
  const catalogued = Object.values(ruleCatalogue).map((rule): RuleDescription => ({
    id: rule.code,
    severity: rule.severity,
    summary: rule.summary,
    rationale: rule.rationale,
    invalid: rule.invalid,
    valid: rule.valid,
  }));
  return [...catalogued, invalidJson];
}
