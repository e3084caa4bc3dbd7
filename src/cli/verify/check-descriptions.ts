import type { ExchangeCheckCode } from '../../exchange/exchange-finding.js';
import { ruleDescriptions, type RuleDescription } from '../format/rule-descriptions.js';

// A Record over every check code: a new check without a description does not compile.
const checks: { readonly [C in ExchangeCheckCode]: Omit<RuleDescription, 'id'> } = {
  'request-json': { severity: 'error', summary: 'An attendance request body is not JSON.', rationale: 'PowerSchool parses the body as JSON: a body that does not parse is refused before any record is looked at.' },
  'token-request': { severity: 'error', summary: 'A token request lacks Basic credentials or grant_type=client_credentials.', rationale: 'PowerSchool issues plugin tokens for "Authorization: Basic base64(client_id:client_secret)" and the form body grant_type=client_credentials (confirmed).' },
  'response-status': { severity: 'error', summary: 'The server answered with a status the contract does not list for the endpoint.', rationale: 'The attendance endpoints answer 200, 400, 401, 403, 415 or 500 and the token endpoint 200, 400 or 401; a client written to the contract does not expect any other status.' },
  'response-json': { severity: 'error', summary: 'A response body is not JSON.', rationale: 'Every answer of these endpoints is JSON; a client parsing it fails (a warning when the body of that status is modelled, not captured).' },
  'response-schema': { severity: 'error', summary: 'A response body does not match the response schema of its status.', rationale: 'Clients read the results envelope and the token reply by these shapes (an error where the shape is captured from a live server, a warning where it is modelled).' },
  'result-count': { severity: 'error', summary: 'A 200 does not have exactly one result per record (or a 400 has more results than records).', rationale: 'A record without a result was silently dropped: the client cannot tell whether it was written.' },
  'result-order': { severity: 'error', summary: 'Results are not in the order of the request\'s records.', rationale: 'Clients match results to records by position; out of order, a refused record is taken for a written one.' },
  'result-counts': { severity: 'error', summary: 'insert_count + update_count does not equal the SUCCESS results (or insert_count the SUCCESS INSERTs).', rationale: 'The counts are what many clients log and compare; counts that do not add up hide a record that was or was not written.' },
  'response-id-type': { severity: 'warning', summary: 'An id comes back as a string.', rationale: 'PowerSchool sends ids as numbers even when they were sent as strings (confirmed); a client comparing them as numbers misses string ids.' },
  'recording-gap': { severity: 'warning', summary: 'The recording lacks a body or a response, so part of the exchange was not checked.', rationale: 'Browsers export HAR without bodies unless asked ("with content"); a check that cannot run is reported rather than passed silently.' },
};

/**
 * What a `verify` report describes: the validator's rules (request findings) and the exchange checks.
 *
 * @example
 * ```ts
 * verifyRuleDescriptions().some((rule) => rule.id === 'result-count'); // true
 * ```
 */
export function verifyRuleDescriptions(): readonly RuleDescription[] {
  const own = Object.entries(checks).map(([id, description]) => ({ id: id as ExchangeCheckCode, ...description }));
  return [...ruleDescriptions().filter((rule) => rule.id !== 'invalid-json'), ...own];
}
