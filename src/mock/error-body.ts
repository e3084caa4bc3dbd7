import type { Diagnostic } from '../diagnostic.js';
import { parsePointer } from '../pointer.js';
import type { ErrorResponse } from '../../generated/types.js';

/**
 * Why a bearer token was refused: none sent, not issued by the mock, or past its lifetime.
 *
 * @example
 * ```ts
 * const problem: TokenProblem = 'expired';
 * wwwAuthenticate(problem);
 * ```
 */
export type TokenProblem = 'missing' | 'unknown' | 'expired';

/**
 * The `WWW-Authenticate` header of a 401. The expired case is PowerSchool's, captured; the others
 * follow RFC 6750 (no error code when the request carried no token).
 *
 * @example
 * ```ts
 * wwwAuthenticate('expired');
 * // 'Bearer error="invalid_token",realm="PowerSchool",error_description="The access token has expired"'
 * ```
 */
export function wwwAuthenticate(problem: TokenProblem): string {
  if (problem === 'missing') return 'Bearer realm="PowerSchool"';
  const description = problem === 'expired' ? 'The access token has expired' : 'The access token is invalid';
  return `Bearer error="invalid_token",realm="PowerSchool",error_description="${description}"`;
}

const tokenMessages: Readonly<Record<TokenProblem, string>> = {
  missing: 'Authentication required: send "Authorization: Bearer <token>" with a token from POST /oauth/access_token.',
  unknown: 'The access token is invalid: get a new one from POST /oauth/access_token.',
  expired: 'The access token has expired: get a new one from POST /oauth/access_token.',
};

/**
 * The body of a 401.
 *
 * @example
 * ```ts
 * unauthorizedBody('missing').message; // 'Authentication required: …'
 * ```
 */
export function unauthorizedBody(problem: TokenProblem): ErrorResponse {
  return { message: tokenMessages[problem] };
}

/**
 * The body of a 403: one `FIELD_ACCESS` entry per ATTENDANCE column written without FullAccess,
 * each column once, named as plugin.xml names it.
 *
 * @example
 * ```ts
 * forbiddenBody(['att_comment']);
 * // { message: '…', errors: [{ resource: 'ATTENDANCE', field: 'ATT_COMMENT', code: 'FIELD_ACCESS' }] }
 * ```
 */
export function forbiddenBody(fields: readonly string[]): ErrorResponse {
  const columns = [...new Set(fields.map((f) => f.toUpperCase()))];
  return {
    message: `The plugin has no FullAccess to ${columns.map((c) => `ATTENDANCE.${c}`).join(', ')}: request it in plugin.xml <access_request>.`,
    errors: columns.map((field) => ({ resource: 'ATTENDANCE', field, code: 'FIELD_ACCESS' })),
  };
}

/**
 * The members named by `field-access` diagnostics (the last token of each path).
 *
 * @example
 * ```ts
 * deniedFields(checkFieldAccess(payload, grants)); // ['att_comment']
 * ```
 */
export function deniedFields(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.filter((d) => d.code === 'field-access').map((d) => parsePointer(d.path).at(-1) ?? '');
}

/**
 * The body of a 415.
 *
 * @example
 * ```ts
 * unsupportedMediaTypeBody('text/plain').message; // 'Unsupported content type "text/plain": …'
 * ```
 */
export function unsupportedMediaTypeBody(contentType: string | null): ErrorResponse {
  const sent = contentType === null ? 'No content type' : `Unsupported content type "${contentType.slice(0, 100)}"`;
  return { message: `${sent}: send the body as JSON with "Content-Type: application/json".` };
}

/**
 * The body of a 500.
 *
 * @example
 * ```ts
 * serverErrorBody().message; // 'An unknown error occurred. …'
 * ```
 */
export function serverErrorBody(): ErrorResponse {
  return { message: 'An unknown error occurred. If the problem persists after retrying, this may need to be reported to PowerSchool support.' };
}
