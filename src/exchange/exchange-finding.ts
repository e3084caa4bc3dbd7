import type { Severity } from '../diagnostic.js';
import type { RuleCode } from '../rules/rule-code.js';

/**
 * The codes of the checks on recorded exchanges, besides the request rule codes of `validate()`.
 * Public interface, like the rule codes: filter on them.
 *
 * - `request-json`: an attendance request body that is not JSON.
 * - `token-request`: a token request without Basic credentials or `grant_type=client_credentials`.
 * - `response-status`: a status the contract does not list for the endpoint.
 * - `response-json`: a response body that is not JSON.
 * - `response-schema`: a body that does not match the response schema of its status.
 * - `result-count`: a 200 without exactly one result per record (or a 400 with more results than records).
 * - `result-order`: results that are not in the order of the request's records.
 * - `result-counts`: `insert_count` + `update_count` not equal to the SUCCESS results.
 * - `response-id-type`: an id sent back as a string where PowerSchool sends numbers.
 * - `recording-gap`: the recording lacks a body or a response, so part of the exchange is unchecked.
 *
 * @example
 * ```ts
 * exchangeCheckCodes.includes('result-count'); // true
 * ```
 */
export const exchangeCheckCodes = [
  'request-json',
  'token-request',
  'response-status',
  'response-json',
  'response-schema',
  'result-count',
  'result-order',
  'result-counts',
  'response-id-type',
  'recording-gap',
] as const;

/**
 * A check code of {@link exchangeCheckCodes}.
 *
 * @example
 * ```ts
 * const code: ExchangeCheckCode = 'result-counts';
 * ```
 */
export type ExchangeCheckCode = (typeof exchangeCheckCodes)[number];

/**
 * One finding about one exchange: which side (request or response), where in that side's body (an
 * RFC 6901 JSON Pointer; `""` for the whole body or for the status and headers), and what is wrong.
 * Request findings carry `validate()`'s rule codes.
 *
 * @example
 * ```ts
 * const finding: ExchangeFinding = { code: 'result-count', severity: 'error', side: 'response',
 *   path: '/results/result', message: '2 results for 3 records: record 2 has none.' };
 * ```
 */
export interface ExchangeFinding {
  readonly code: ExchangeCheckCode | RuleCode;
  readonly severity: Severity;
  readonly side: 'request' | 'response';
  readonly path: string;
  readonly message: string;
  readonly recordIndex?: number;
}
