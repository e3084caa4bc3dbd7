import { validateErrorResponse, validateOAuthErrorResponse } from '../../generated/validators.js';
import { confirms, contradicts, isAttendance, responseJson, serverStatus, shortJson, type ModelledBehaviour, type Observation } from './behaviour.js';
import { headerValue } from './exchange.js';
import type { ExchangeView } from './exchange-view.js';

function requestHeader(view: ExchangeView, name: string): string | undefined {
  return headerValue(view.exchange.request.headers, name);
}

function responseHeader(view: ExchangeView, name: string): string | undefined {
  return headerValue(view.exchange.response?.headers ?? [], name);
}

function errorBody(status: number, statement: string, extra: (body: unknown) => string | undefined = () => undefined): ModelledBehaviour {
  return {
    id: `error-body-${status}`,
    source: 'modelled',
    statement,
    detect(view) {
      if (!isAttendance(view) || serverStatus(view) !== status || view.response.kind === 'absent') return undefined;
      const body = responseJson(view);
      if (view.response.kind === 'text') return contradicts(`a ${status} body that is not JSON: ${shortJson(view.response.text)}`);
      if (!validateErrorResponse(body)) return contradicts(`a ${status} body ${shortJson(body)}`);
      const problem = extra(body);
      return problem === undefined ? confirms : contradicts(problem);
    },
  };
}

// The first checks in the modelled order (401 → 415 → 400 not JSON) that the request fails, and the
// statuses that agree with it; undefined when the request passes them.
function expectedFirst(view: ExchangeView): { readonly failed: string; readonly allowed: readonly number[] } | undefined {
  if (requestHeader(view, 'authorization') === undefined) return { failed: 'no token', allowed: [401] };
  if (!/^application\/json\s*(;|$)/i.test(requestHeader(view, 'content-type') ?? '')) return { failed: 'a content type other than JSON', allowed: [401, 415] };
  if (view.request.kind === 'text') return { failed: 'a body that is not JSON', allowed: [401, 400] };
  return undefined;
}

/**
 * The modelled behaviours of tokens, 401s, error bodies and the order of checks (see
 * {@link modelledBehaviours} for the whole list).
 *
 * @example
 * ```ts
 * authBehaviours.map((b) => b.id); // ['expires-in-string', 'token-error-body', …]
 * ```
 */
export const authBehaviours: readonly ModelledBehaviour[] = [
  {
    id: 'expires-in-string',
    source: 'captured',
    statement: 'The token reply\'s `expires_in` is a string of seconds (`"1814400"`), not a number.',
    detect(view) {
      const body = responseJson(view) as { expires_in?: unknown } | undefined;
      if (view.target !== 'access_token' || serverStatus(view) !== 200 || body?.expires_in === undefined) return undefined;
      return typeof body.expires_in === 'string' ? confirms : contradicts(`expires_in is ${shortJson(body.expires_in)}`);
    },
  },
  {
    id: 'token-error-body',
    source: 'modelled',
    statement: 'A refused token request gets an OAuth 2.0 error body (`{"error":"invalid_client", …}`, RFC 6749).',
    detect(view) {
      const status = serverStatus(view);
      if (view.target !== 'access_token' || (status !== 400 && status !== 401) || view.response.kind === 'absent') return undefined;
      return validateOAuthErrorResponse(responseJson(view)) ? confirms : contradicts(`a ${status} body ${shortJson(responseJson(view) ?? (view.response.kind === 'text' ? view.response.text : ''))}`);
    },
  },
  {
    id: 'www-authenticate-on-401',
    source: 'captured',
    statement: 'Every 401 carries a `WWW-Authenticate` header.',
    detect(view) {
      if (view.target === undefined || serverStatus(view) !== 401) return undefined;
      return responseHeader(view, 'www-authenticate') === undefined ? contradicts('a 401 without WWW-Authenticate') : confirms;
    },
  },
  {
    id: 'www-authenticate-invalid-token',
    source: 'captured',
    statement: 'A 401 for an expired or unknown token carries `WWW-Authenticate: Bearer error="invalid_token",realm="PowerSchool",error_description="…"`.',
    detect(view) {
      if (!isAttendance(view) || serverStatus(view) !== 401 || !/^Bearer\s/i.test(requestHeader(view, 'authorization') ?? '')) return undefined;
      const header = responseHeader(view, 'www-authenticate') ?? '';
      return /^Bearer error="invalid_token",realm="PowerSchool",error_description="[^"]*"$/.test(header) ? confirms : contradicts(`WWW-Authenticate: ${shortJson(header)}`);
    },
  },
  {
    id: 'www-authenticate-no-token',
    source: 'modelled',
    statement: 'A 401 for a request without a token carries `WWW-Authenticate: Bearer realm="PowerSchool"` (no error code, RFC 6750).',
    detect(view) {
      if (!isAttendance(view) || serverStatus(view) !== 401 || requestHeader(view, 'authorization') !== undefined) return undefined;
      const header = responseHeader(view, 'www-authenticate') ?? '';
      return header === 'Bearer realm="PowerSchool"' ? confirms : contradicts(`WWW-Authenticate: ${shortJson(header)}`);
    },
  },
  errorBody(401, 'A 401 body is `{"message": "…"}` (ErrorResponse).'),
  errorBody(403, 'A 403 body lists each field written without FullAccess: `{"message", "errors": [{"resource":"ATTENDANCE","field":"ATT_COMMENT","code":"FIELD_ACCESS"}]}`.', (body) => {
    const errors = (body as { errors?: unknown }).errors;
    const ok = Array.isArray(errors) && errors.length > 0 && errors.every((e) => (e as { code?: unknown }).code === 'FIELD_ACCESS');
    return ok ? undefined : `a 403 body ${shortJson(body)}`;
  }),
  errorBody(415, 'A 415 body is `{"message": "…"}` (ErrorResponse).'),
  errorBody(500, 'A 500 body is `{"message": "…"}` (ErrorResponse).'),
  {
    id: 'check-order',
    source: 'modelled',
    statement: 'The server checks in this order: token (401), content type (415), JSON (400), field access (403), contract (400).',
    detect(view): Observation {
      const status = serverStatus(view);
      if (!isAttendance(view) || status === undefined || status === 500) return undefined;
      const first = expectedFirst(view);
      if (first === undefined) return undefined;
      return first.allowed.includes(status) ? confirms : contradicts(`a request with ${first.failed} was answered ${status}`);
    },
  },
];
