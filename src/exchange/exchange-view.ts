import type { ValidationResult } from '../diagnostic.js';
import type { EndpointId } from '../endpoints.js';
import { duplicateMemberDiagnostics } from '../json-text/duplicate-member-diagnostics.js';
import { findDuplicateMembers } from '../json-text/find-duplicate-members.js';
import { attendanceTables } from '../plugin-access/attendance-tables.js';
import { validateParsedJson } from '../validate.js';
import { exchangeTarget, type Exchange, type ExchangeTarget } from './exchange.js';

/**
 * A body as the checks see it: parsed JSON, text that is not JSON, or absent from the recording.
 *
 * @example
 * ```ts
 * const body: ParsedBody = { kind: 'json', value: { results: {} } };
 * ```
 */
export type ParsedBody =
  | { readonly kind: 'json'; readonly value: unknown }
  | { readonly kind: 'text'; readonly text: string; readonly reason: string }
  | { readonly kind: 'absent' };

/**
 * An exchange with what every check and detector needs worked out once: the endpoint, both bodies
 * parsed, and for an attendance request `validate()`'s verdict and the record count.
 *
 * @example
 * ```ts
 * const view = viewExchange(exchange);
 * if (view.target === 'daily_time' && view.validation?.valid === false) console.log('invalid request');
 * ```
 */
export interface ExchangeView {
  readonly exchange: Exchange;
  readonly target: ExchangeTarget;
  readonly request: ParsedBody;
  readonly response: ParsedBody;
  /** `validate()` on the request body, plus `duplicate-member` from its text, for an attendance endpoint with a JSON body. */
  readonly validation: ValidationResult | undefined;
  /** The number of records the request sent (attendance endpoints with a JSON body), else undefined. */
  readonly recordCount: number | undefined;
}

/**
 * Parses a recorded body.
 *
 * @example
 * ```ts
 * parseBody('{"a":1}'); // { kind: 'json', value: { a: 1 } }
 * parseBody(undefined); // { kind: 'absent' }
 * ```
 */
export function parseBody(text: string | undefined): ParsedBody {
  if (text === undefined) return { kind: 'absent' };
  try {
    return { kind: 'json', value: JSON.parse(text) as unknown };
  } catch (error) {
    const reason = text.trim() === '' ? 'the body is empty' : (error instanceof Error ? error.message : 'not JSON');
    return { kind: 'text', text, reason };
  }
}

// validate() sees parsed data (straight from parseBody's JSON.parse, so its quicker equivalent);
// duplicate member names are only in the text (the mock refuses them too).
function validateText(text: string, value: unknown, endpoint: EndpointId): ValidationResult {
  const result = validateParsedJson(value, endpoint);
  const duplicates = duplicateMemberDiagnostics(text, findDuplicateMembers(text, 100));
  return duplicates.length === 0 ? result : { valid: false, diagnostics: [...duplicates, ...result.diagnostics] };
}

/**
 * Works out an exchange's {@link ExchangeView}.
 *
 * @example
 * ```ts
 * viewExchange(exchange).recordCount; // 3 for a three-record batch
 * ```
 */
export function viewExchange(exchange: Exchange): ExchangeView {
  const target = exchangeTarget(exchange.request.method, exchange.request.url);
  const request = parseBody(exchange.request.body);
  const response = parseBody(exchange.response?.body);
  const attendance = target !== undefined && target !== 'access_token' && request.kind === 'json';
  return {
    exchange,
    target,
    request,
    response,
    validation: attendance ? validateText(exchange.request.body ?? '', request.value, target) : undefined,
    recordCount: attendance ? attendanceTables(request.value).length : undefined,
  };
}
