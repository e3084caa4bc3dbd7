import * as fc from 'fast-check';
import { endpointIds, type EndpointId } from '../../src/endpoints.js';
import { choices, fail } from './check-constraints.js';
import { errorRuleCodes, type ErrorRuleCode, type InvalidCase } from './invalid-case.js';
import type { Violation } from './violations/violation.js';
import { payloadShapeViolation } from './violations/payload-shape.js';
import { recordCountViolation } from './violations/record-count.js';
import { requiredFieldViolation } from './violations/required-field.js';
import { modeRequiredFieldViolation } from './violations/mode-required-field.js';
import { unknownModeViolation } from './violations/unknown-mode.js';
import { modeEndpointViolation } from './violations/mode-endpoint.js';
import { unknownFieldViolation } from './violations/unknown-field.js';
import { fieldTypeViolation } from './violations/field-type.js';
import { idFormatViolation } from './violations/id-format.js';
import { dateFormatViolation } from './violations/date-format.js';
import { minutesRangeViolation } from './violations/minutes-range.js';
import { intervalFormatViolation } from './violations/interval-format.js';
import { timeRangeViolation } from './violations/time-range.js';
import { timeOrderViolation } from './violations/time-order.js';
import { mixedStudentViolation } from './violations/mixed-student.js';
import { mixedDateViolation } from './violations/mixed-date.js';
import { unknownEndpointViolation } from './violations/unknown-endpoint.js';
import { loneSurrogateViolation } from './violations/lone-surrogate.js';

// Typed so that an error rule without a way to break it does not compile.
const violations: { readonly [C in ErrorRuleCode]: Violation } = {
  'payload-shape': payloadShapeViolation,
  'record-count': recordCountViolation,
  'required-field': requiredFieldViolation,
  'mode-required-field': modeRequiredFieldViolation,
  'unknown-mode': unknownModeViolation,
  'mode-endpoint': modeEndpointViolation,
  'unknown-field': unknownFieldViolation,
  'field-type': fieldTypeViolation,
  'id-format': idFormatViolation,
  'date-format': dateFormatViolation,
  'minutes-range': minutesRangeViolation,
  'interval-format': intervalFormatViolation,
  'time-range': timeRangeViolation,
  'time-order': timeOrderViolation,
  'mixed-student': mixedStudentViolation,
  'mixed-date': mixedDateViolation,
  'unknown-endpoint': unknownEndpointViolation,
  'lone-surrogate': loneSurrogateViolation,
};

/**
 * Constraints of {@link invalidPayload}.
 *
 * @example
 * ```ts
 * invalidPayload({ codes: ['id-format', 'date-format'], endpoints: ['batch_daily_time'] });
 * ```
 */
export interface InvalidPayloadConstraints {
  /** The rules to break (default: every error rule, see {@link errorRuleCodes}). */
  readonly codes?: readonly ErrorRuleCode[];
  /**
   * The endpoints to send to (default all three). Rules that cannot be broken on an endpoint are
   * skipped there (time-order only exists on meeting_interval, minutes-range on the daily ones).
   */
  readonly endpoints?: readonly EndpointId[];
}

/**
 * Payloads that break exactly one error rule, with the diagnostic validate() must report:
 * `{ endpoint, payload, expected: { code, path } }` (see {@link InvalidCase}). Each is a valid payload
 * with one deliberate fault, chosen from ways that always break the rule, so shrinking keeps the
 * fault: a shrunk counterexample is still invalid for the same code at the same kind of path.
 *
 * @param constraints - Which rules and endpoints; see {@link InvalidPayloadConstraints}.
 * @returns An arbitrary of invalid cases.
 * @throws RangeError when a constraint is invalid or no chosen rule can be broken on the chosen endpoints.
 *
 * @example
 * ```ts
 * import * as fc from 'fast-check';
 * import { invalidPayload } from 'ps-attendance-contract/arbitraries';
 *
 * // Your server-side validation must reject what the contract rejects, with the same field.
 * fc.assert(fc.property(invalidPayload({ codes: ['time-order', 'mixed-student'] }), ({ payload, endpoint, expected }) => {
 *   const response = myHandler(endpoint, payload);
 *   expect(response.status).toBe(400);
 *   expect(response.errors[0].pointer).toBe(expected.path);
 * }));
 * ```
 */
export function invalidPayload(constraints: InvalidPayloadConstraints = {}): fc.Arbitrary<InvalidCase> {
  const codes = choices('invalidPayload', 'codes', constraints.codes, errorRuleCodes);
  const wanted = choices('invalidPayload', 'endpoints', constraints.endpoints, endpointIds);
  const arbitraries: fc.Arbitrary<InvalidCase>[] = [];
  for (const code of codes) {
    const violation = violations[code];
    for (const endpoint of wanted) if (violation.endpoints.includes(endpoint)) arbitraries.push(violation.build(endpoint));
  }
  const [first, ...rest] = arbitraries;
  if (!first) fail('invalidPayload', 'codes', `rules that can be broken on ${wanted.join(', ')}`, codes);
  return rest.length === 0 ? first : fc.oneof(first, ...rest);
}
