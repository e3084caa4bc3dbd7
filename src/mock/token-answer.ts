import type { AccessTokenResponse, OAuthErrorResponse } from '../../generated/types.js';
import type { ResolvedMockOptions } from './mock-options.js';
import type { TokenRegistry } from './token-registry.js';

/** A status, JSON body and headers, before it becomes a Response. */
export interface MockAnswer {
  readonly status: number;
  readonly body: unknown;
  /** The body's JSON text when the answer wrote it already (then `body` is not serialized again). */
  readonly json?: string;
  readonly headers?: Readonly<Record<string, string>>;
}

/**
 * Answers `POST /oauth/access_token` as PowerSchool does: `Authorization: Basic
 * base64(client_id:client_secret)`, a form body `grant_type=client_credentials`, and a reply whose
 * `expires_in` is a string. Bad credentials get 401 `invalid_client`, a wrong content type or grant
 * 400 (OAuth 2.0 error bodies; inferred).
 *
 * @example
 * ```ts
 * const answer = tokenAnswer(request, await request.text(), options, tokens);
 * // { status: 200, body: { access_token: '…', token_type: 'Bearer', expires_in: '1814400' } }
 * ```
 */
export function tokenAnswer(request: Request, form: string, options: ResolvedMockOptions, tokens: TokenRegistry): MockAnswer {
  const oauthError = (status: number, error: OAuthErrorResponse['error'], description: string): MockAnswer => ({
    status,
    body: { error, error_description: description } satisfies OAuthErrorResponse,
    ...(status === 401 ? { headers: { 'WWW-Authenticate': 'Basic realm="PowerSchool"' } } : {}),
  });
  const credentials = basicCredentials(request.headers.get('authorization'));
  if (credentials === undefined) return oauthError(401, 'invalid_client', 'Send "Authorization: Basic base64(client_id:client_secret)".');
  if (credentials.id !== options.clientId || credentials.secret !== options.clientSecret) {
    return oauthError(401, 'invalid_client', 'Unknown client id or wrong client secret: use the plugin\'s credentials.');
  }
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/x-www-form-urlencoded\s*(;|$)/i.test(type)) {
    return oauthError(400, 'invalid_request', 'Send the body as "Content-Type: application/x-www-form-urlencoded;charset=UTF-8".');
  }
  const grant = new URLSearchParams(form).get('grant_type');
  if (grant === null) return oauthError(400, 'invalid_request', 'The body needs grant_type=client_credentials.');
  if (grant !== 'client_credentials') return oauthError(400, 'unsupported_grant_type', 'Only grant_type=client_credentials is supported.');
  const body: AccessTokenResponse = {
    access_token: tokens.issue(options.tokenLifetimeSeconds),
    token_type: 'Bearer',
    expires_in: String(options.tokenLifetimeSeconds),
  };
  return { status: 200, body };
}

function basicCredentials(authorization: string | null): { id: string; secret: string } | undefined {
  const encoded = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(authorization ?? '')?.[1];
  if (encoded === undefined) return undefined;
  let decoded: string;
  try {
    decoded = new TextDecoder().decode(Uint8Array.from(atob(encoded), (c) => c.charCodeAt(0)));
  } catch {
    return undefined;
  }
  const colon = decoded.indexOf(':');
  return colon === -1 ? undefined : { id: decoded.slice(0, colon), secret: decoded.slice(colon + 1) };
}
