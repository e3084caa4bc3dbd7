import { headerValue } from './exchange.js';
import type { ExchangeFinding } from './exchange-finding.js';
import type { ExchangeView } from './exchange-view.js';

/**
 * The request checks of an exchange: for an attendance endpoint, every diagnostic of `validate()`
 * (errors and warnings, with their rule codes and paths), or `request-json` when the body is not
 * JSON; for the token endpoint, Basic credentials and `grant_type=client_credentials` (confirmed).
 * A body the recording lacks is a `recording-gap`. Other requests are not checked.
 *
 * @example
 * ```ts
 * checkRequest(viewExchange(exchange));
 * // [{ code: 'mode-required-field', side: 'request', path: '/record/0/tables/attendance/total_minutes', … }]
 * ```
 */
export function checkRequest(view: ExchangeView): ExchangeFinding[] {
  if (view.target === undefined) return [];
  if (view.target === 'access_token') return checkTokenRequest(view);
  if (view.request.kind === 'absent') {
    return [{ code: 'recording-gap', severity: 'warning', side: 'request', path: '', message: 'The recording has no request body for this attendance request, so it was not checked: record it with bodies (HAR "with content").' }];
  }
  if (view.request.kind === 'text') {
    return [{ code: 'request-json', severity: 'error', side: 'request', path: '', message: `The request body is not JSON (${view.request.reason}): send one JSON object.` }];
  }
  return (view.validation?.diagnostics ?? []).map((d) => ({
    code: d.code,
    severity: d.severity,
    side: 'request',
    path: d.path,
    message: d.message,
    ...(d.recordIndex === undefined ? {} : { recordIndex: d.recordIndex }),
  }));
}

function checkTokenRequest(view: ExchangeView): ExchangeFinding[] {
  const findings: ExchangeFinding[] = [];
  const authorization = headerValue(view.exchange.request.headers, 'authorization') ?? '';
  if (!/^Basic\s+\S/i.test(authorization)) {
    findings.push({ code: 'token-request', severity: 'error', side: 'request', path: '', message: 'The token request has no "Authorization: Basic base64(client_id:client_secret)" header, which PowerSchool requires.' });
  }
  const body = view.exchange.request.body;
  if (body !== undefined && new URLSearchParams(body).get('grant_type') !== 'client_credentials') {
    findings.push({ code: 'token-request', severity: 'error', side: 'request', path: '', message: 'The token request body is not "grant_type=client_credentials" (form-encoded).' });
  }
  return findings;
}
