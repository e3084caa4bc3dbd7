import type { ErrorObject, ValidateFunction } from 'ajv';
import {
  validateAccessTokenResponse,
  validateAttendanceResultsResponse,
  validateErrorResponse,
  validateOAuthErrorResponse,
} from '../../generated/validators.js';
import { escapePointerToken } from '../pointer.js';
import type { ExchangeTarget } from './exchange.js';

/**
 * The statuses the contract lists for each endpoint: the attendance endpoints answer 200, 400, 401,
 * 403, 415 and 500; the token endpoint 200, 400 and 401.
 *
 * @example
 * ```ts
 * listedStatuses('daily_time').includes(415); // true
 * ```
 */
export function listedStatuses(target: Exclude<ExchangeTarget, undefined>): readonly number[] {
  return target === 'access_token' ? [200, 400, 401] : [200, 400, 401, 403, 415, 500];
}

/**
 * The response schema of a status, and whether its shape is captured from a real server (a mismatch
 * is an error) or modelled by this project (a mismatch is a warning: the server may well be right).
 *
 * @example
 * ```ts
 * responseSchemaFor('access_token', 200)?.title; // 'AccessTokenResponse'
 * ```
 */
export function responseSchemaFor(target: Exclude<ExchangeTarget, undefined>, status: number): { readonly title: string; readonly validate: ValidateFunction; readonly modelled: boolean } | undefined {
  if (target === 'access_token') {
    if (status === 200) return { title: 'AccessTokenResponse', validate: validateAccessTokenResponse, modelled: false };
    return status === 400 || status === 401 ? { title: 'OAuthErrorResponse', validate: validateOAuthErrorResponse, modelled: true } : undefined;
  }
  if (status === 200 || status === 400) return { title: 'AttendanceResultsResponse', validate: validateAttendanceResultsResponse, modelled: status === 400 };
  return [401, 403, 415, 500].includes(status) ? { title: 'ErrorResponse', validate: validateErrorResponse, modelled: true } : undefined;
}

/**
 * The one schema error to report for a body (one root cause, one finding): the first error that is
 * not a `oneOf` summary, as a JSON Pointer (a missing member points where it belongs) and a sentence.
 *
 * @example
 * ```ts
 * validateAttendanceResultsResponse({ results: {} });
 * firstSchemaError(validateAttendanceResultsResponse.errors); // { path: '/results/insert_count', message: 'insert_count is missing' }
 * ```
 */
export function firstSchemaError(errors: readonly ErrorObject[] | null | undefined): { readonly path: string; readonly message: string } | undefined {
  const list = errors ?? [];
  const error = list.find((e) => e.keyword !== 'oneOf' && e.keyword !== 'anyOf') ?? list[0];
  if (error === undefined) return undefined;
  const missing = error.keyword === 'required' ? String((error.params as { missingProperty?: unknown }).missingProperty) : undefined;
  if (missing !== undefined) return { path: `${error.instancePath}/${escapePointerToken(missing)}`, message: `"${missing}" is missing` };
  const where = error.instancePath === '' ? 'the body' : error.instancePath;
  const allowed = error.keyword === 'enum' || error.keyword === 'const'
    ? ` (${JSON.stringify((error.params as { allowedValues?: unknown; allowedValue?: unknown }).allowedValues ?? (error.params as { allowedValue?: unknown }).allowedValue)})`
    : '';
  return { path: error.instancePath, message: `${where} ${error.message ?? 'does not match'}${allowed}` };
}
