import { describeValue } from '../describe-value.js';
import { closestName } from '../suggest.js';
import { endpointIds } from '../endpoints.js';
import type { RuleDefinition } from './rule-definition.js';
import { dailyAttendance, payloadOf } from './examples.js';

/**
 * `unknown-endpoint`: `validate()` was called with an endpoint id that does not exist. A usage error
 * of the caller's code rather than of the payload; reported as a diagnostic because validate never throws.
 */
export const unknownEndpoint: RuleDefinition<'unknown-endpoint'> = {
  code: 'unknown-endpoint',
  severity: 'error',
  summary: 'The endpoint passed to validate() is daily_time, batch_daily_time or meeting_interval.',
  rationale: 'validate() never throws, even for a JavaScript caller that passes a wrong endpoint id; it reports this instead.',
  invalid: { endpoint: 'daily' as 'daily_time', payload: payloadOf(dailyAttendance()), path: '' },
  valid: { endpoint: 'daily_time', payload: payloadOf(dailyAttendance()) },
};

/** The message for an endpoint id that is not one of the three. */
export function unknownEndpointMessage(endpoint: unknown): string {
  const suggestion = typeof endpoint === 'string' ? closestName(endpoint, endpointIds) : undefined;
  return `${describeValue(endpoint)} is not an endpoint id${suggestion ? `; did you mean "${suggestion}"?` : '.'} Use one of ${endpointIds.join(', ')}.`;
}
