import { endpointIds, endpoints, type EndpointId } from '../endpoints.js';

/**
 * One HTTP header as recorded: name (any case) and value. Repeated headers stay separate entries.
 *
 * @example
 * ```ts
 * const header: RecordedHeader = { name: 'Content-Type', value: 'application/json' };
 * ```
 */
export interface RecordedHeader {
  readonly name: string;
  readonly value: string;
}

/**
 * A recorded request: method, absolute URL, headers and the body as text (`undefined` when the
 * recording has none).
 *
 * @example
 * ```ts
 * const request: RecordedRequest = { method: 'POST', url: 'https://ps.example/ws/attendance/daily_time', headers: [], body: '{}' };
 * ```
 */
export interface RecordedRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: readonly RecordedHeader[];
  readonly body: string | undefined;
}

/**
 * A recorded response: status, headers and the body as text (`undefined` when the recording has none).
 *
 * @example
 * ```ts
 * const response: RecordedResponse = { status: 200, headers: [], body: '{"results":{}}' };
 * ```
 */
export interface RecordedResponse {
  readonly status: number;
  readonly headers: readonly RecordedHeader[];
  readonly body: string | undefined;
  /** The body was passed on as it arrived and not recorded (`ps-attendance proxy` does so for routes the contract does not cover). */
  readonly streamed?: true;
}

/**
 * One request and the response it got, as the proxy saw it or a recording holds it. `answeredBy`
 * marks an answer that did not come from the server (the proxy's `--block` 400, a 502/504 for an
 * unreachable upstream): such responses say nothing about the server and are not checked.
 *
 * @example
 * ```ts
 * const exchange: Exchange = { request, response, label: 'entry 3' };
 * ```
 */
export interface Exchange {
  readonly request: RecordedRequest;
  /** `undefined` when no response was recorded (the request failed, or the recording lost it). */
  readonly response: RecordedResponse | undefined;
  /** How reports name the exchange: `entry 3` (HAR), `line 7` (NDJSON), `#12` (proxy). */
  readonly label: string;
  /** Set when the proxy, not the server, answered: `blocked` or `upstream-error`. */
  readonly answeredBy?: 'blocked' | 'upstream-error';
}

/**
 * What a request was sent to: one of the three attendance endpoints, the token endpoint, or
 * something the contract does not cover.
 *
 * @example
 * ```ts
 * const target: ExchangeTarget = 'access_token';
 * ```
 */
export type ExchangeTarget = EndpointId | 'access_token' | undefined;

const byPath = new Map<string, EndpointId>(endpointIds.map((id) => [endpoints[id].path, id]));

/**
 * The endpoint a request targets, from its method and URL path (a trailing slash and a path prefix
 * are tolerated; the query is ignored). Only `POST` counts: the contract covers writes and the token
 * request.
 *
 * @example
 * ```ts
 * exchangeTarget('POST', 'https://ps.example/ws/attendance/meeting_interval'); // 'meeting_interval'
 * exchangeTarget('POST', 'https://ps.example/oauth/access_token'); // 'access_token'
 * exchangeTarget('POST', 'https://ps.example/sis/ws/attendance/daily_time'); // 'daily_time'
 * exchangeTarget('GET', 'https://ps.example/ws/v1/district'); // undefined
 * ```
 */
export function exchangeTarget(method: string, url: string): ExchangeTarget {
  if (method.toUpperCase() !== 'POST') return undefined;
  let path: string;
  try {
    path = new URL(url, 'http://localhost').pathname;
  } catch {
    return undefined;
  }
  if (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
  // A server behind a path prefix (https://host/powerschool/ws/attendance/…) counts too.
  const ws = path.lastIndexOf('/ws/attendance/');
  if (ws !== -1) return byPath.get(path.slice(ws));
  return path.endsWith('/oauth/access_token') ? 'access_token' : undefined;
}

/**
 * The value of a header (case-insensitive name); repeated headers are joined with `, `.
 *
 * @example
 * ```ts
 * headerValue([{ name: 'WWW-Authenticate', value: 'Bearer realm="PowerSchool"' }], 'www-authenticate');
 * // 'Bearer realm="PowerSchool"'
 * ```
 */
export function headerValue(headers: readonly RecordedHeader[], name: string): string | undefined {
  const lower = name.toLowerCase();
  const values = headers.filter((h) => h.name.toLowerCase() === lower).map((h) => h.value);
  return values.length === 0 ? undefined : values.join(', ');
}
