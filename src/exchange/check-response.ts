import type { ExchangeFinding } from './exchange-finding.js';
import type { ExchangeView } from './exchange-view.js';
import { resultConsistency, resultList } from './response-consistency.js';
import { firstSchemaError, listedStatuses, responseSchemaFor } from './response-schema.js';

/**
 * The response checks of an exchange to the token or an attendance endpoint: a status the contract
 * lists (`response-status`), a JSON body (`response-json`) matching the schema of its status
 * (`response-schema`; a warning where the shape is modelled rather than captured), then for a
 * results envelope its consistency with the request (one result per record, in order, counts that
 * add up) and numeric ids. Each fault is reported once: a check that fails stops the ones that
 * depend on it. Answers from the proxy itself (`answeredBy`) are not the server's and are skipped.
 *
 * @example
 * ```ts
 * checkResponse(viewExchange(exchange)); // [{ code: 'result-counts', side: 'response', … }]
 * ```
 */
export function checkResponse(view: ExchangeView): ExchangeFinding[] {
  const { target, exchange } = view;
  const response = exchange.response;
  if (target === undefined || exchange.answeredBy !== undefined) return [];
  if (response === undefined) return [gap('The recording has no response for this request (it failed, or was not recorded), so the response was not checked.')];
  const listed = listedStatuses(target);
  if (!listed.includes(response.status)) {
    return [{ code: 'response-status', severity: 'error', side: 'response', path: '', message: `Status ${response.status} is not one the contract lists for ${target === 'access_token' ? 'the token endpoint' : target} (${listed.join(', ')}).` }];
  }
  const schema = responseSchemaFor(target, response.status);
  if (schema === undefined) return [];
  const severity = schema.modelled ? 'warning' : 'error';
  const modelledNote = schema.modelled ? ' (this shape is modelled, not captured: the server may be right; see the fidelity report)' : '';
  if (view.response.kind === 'absent') return [gap('The recording has no response body, so it was not checked: record it with bodies (HAR "with content").')];
  if (view.response.kind === 'text') {
    return [{ code: 'response-json', severity, side: 'response', path: '', message: `The ${response.status} body is not JSON (${view.response.reason})${modelledNote}.` }];
  }
  const body = view.response.value;
  if (!schema.validate(body)) {
    const error = firstSchemaError(schema.validate.errors);
    return [{ code: 'response-schema', severity, side: 'response', path: error?.path ?? '', message: `The ${response.status} body is not a ${schema.title}: ${error?.message ?? 'it does not match the schema'}${modelledNote}.` }];
  }
  if (schema.title !== 'AttendanceResultsResponse') return [];
  return [...resultConsistency(body, response.status, view.recordCount), ...stringIds(body)];
}

function gap(message: string): ExchangeFinding {
  return { code: 'recording-gap', severity: 'warning', side: 'response', path: '', message };
}

// Ids sent back as strings: the schema accepts them, PowerSchool sends numbers (confirmed). One
// finding per response, at the first such id.
function stringIds(body: unknown): ExchangeFinding[] {
  const list = resultList(body);
  const single = !Array.isArray((body as { results: { result: unknown } }).results.result);
  const paths: string[] = [];
  list.forEach((r, i) => {
    const base = single ? '/results/result' : `/results/result/${i}`;
    if (typeof r['client_uid'] === 'string') paths.push(`${base}/client_uid`);
    const success = r['success_message'];
    if (typeof success === 'object' && success !== null && typeof (success as { id?: unknown }).id === 'string') paths.push(`${base}/success_message/id`);
  });
  const first = paths[0];
  if (first === undefined) return [];
  return [{ code: 'response-id-type', severity: 'warning', side: 'response', path: first, message: `${paths.length === 1 ? 'An id comes' : `${paths.length} ids come`} back as a string: PowerSchool sends ids as numbers, so a client that compares them as numbers will miss ${paths.length === 1 ? 'it' : 'them'}.` }];
}
