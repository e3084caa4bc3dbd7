import { decodeHarText } from './decode-har-text.js';
import type { Exchange, RecordedHeader } from './exchange.js';
import { RecordingError } from './recording-error.js';

/**
 * A recorded exchange and where it is in its file: JSON Pointers to the request and response bodies
 * and to the status (HAR), or the line (NDJSON), so a report can point into the file.
 *
 * @example
 * ```ts
 * const located: LocatedExchange = { exchange, pointers: { request: '/log/entries/0/request/postData/text', response: '/log/entries/0/response/content/text', status: '/log/entries/0/response/status' } };
 * ```
 */
export interface LocatedExchange {
  readonly exchange: Exchange;
  readonly pointers?: { readonly request: string; readonly response: string; readonly status: string };
  readonly line?: number;
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function headersOf(value: unknown, where: string): RecordedHeader[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new RecordingError(`${where}: "headers" is not a list of {name, value}: is this a HAR 1.2 file?`);
  return value.filter(isObject).map((h) => ({ name: String(h['name'] ?? ''), value: String(h['value'] ?? '') }));
}

function requestBody(request: Json, where: string): string | undefined {
  const postData = request['postData'];
  if (!isObject(postData)) return undefined;
  const text = decodeHarText(postData, `${where}: request.postData`);
  if (text !== undefined) return text;
  const params = postData['params'];
  if (!Array.isArray(params)) return undefined;
  // Form bodies exported as params only (no text): rebuild the urlencoded text.
  return new URLSearchParams(params.filter(isObject).map((p) => [String(p['name'] ?? ''), String(p['value'] ?? '')])).toString();
}

/**
 * The exchanges of a parsed HAR 1.2 document (from `ps-attendance proxy --record`, browser developer
 * tools, mitmproxy or Postman). Entries without a response (status 0, or `_error` from a browser)
 * keep `response: undefined`; bodies marked base64 are decoded; the proxy's own answers keep their
 * `_psAttendance.answeredBy` mark.
 *
 * @example
 * ```ts
 * readHar(JSON.parse(text)).map((e) => e.exchange.request.url);
 * ```
 */
export function readHar(document: unknown): LocatedExchange[] {
  const log = isObject(document) ? document['log'] : undefined;
  if (isObject(document) && 'record' in document) throw new RecordingError('an attendance payload, not a recording: check payloads with ps-attendance lint; verify reads HAR 1.2 or NDJSON exchanges.');
  if (!isObject(log)) throw new RecordingError('not a HAR recording: no "log" object (a HAR 1.2 file is {"log": {"version": "1.2", "entries": [...]}}).');
  const entries = log['entries'];
  if (!Array.isArray(entries)) throw new RecordingError('not a HAR recording: "log.entries" is not a list.');
  return entries.map((entry: unknown, index) => {
    const label = `entry ${index + 1}`;
    const base = `/log/entries/${index}`;
    const request = isObject(entry) ? entry['request'] : undefined;
    if (!isObject(entry) || !isObject(request)) throw new RecordingError(`${label}: no "request" object: is this a HAR 1.2 file?`);
    if (typeof request['method'] !== 'string' || typeof request['url'] !== 'string') throw new RecordingError(`${label}: the request has no "method" or "url".`);
    const response = entry['response'];
    const status = isObject(response) ? response['status'] : undefined;
    const failed = !isObject(response) || typeof status !== 'number' || status <= 0 || entry['_error'] !== undefined || response['_error'] !== undefined;
    const content = isObject(response) ? response['content'] : undefined;
    let body: string | undefined;
    if (!failed && isObject(content)) {
      body = decodeHarText(content, `${label}: response.content`);
      if (body === undefined && content['size'] === 0) body = '';
    }
    const mark = isObject(entry['_psAttendance']) ? entry['_psAttendance']['answeredBy'] : undefined;
    const exchange: Exchange = {
      label,
      request: { method: request['method'], url: request['url'], headers: headersOf(request['headers'], `${label}: request`), body: requestBody(request, label) },
      response: failed ? undefined : { status: status as number, headers: headersOf((response as Json)['headers'], `${label}: response`), body },
      ...(mark === 'blocked' || mark === 'upstream-error' ? { answeredBy: mark } : {}),
    };
    return { exchange, pointers: { request: `${base}/request/postData/text`, response: `${base}/response/content/text`, status: `${base}/response/status` } };
  });
}
