import { headerValue, type Exchange, type RecordedHeader } from './exchange.js';

/**
 * When an exchange started and how long it took, for its HAR entry.
 *
 * @example
 * ```ts
 * const timing: ExchangeTiming = { startedDateTime: new Date().toISOString(), timeMs: 12 };
 * ```
 */
export interface ExchangeTiming {
  readonly startedDateTime: string;
  readonly timeMs: number;
}

function queryString(url: string): { name: string; value: string }[] {
  try {
    return [...new URL(url).searchParams].map(([name, value]) => ({ name, value }));
  } catch {
    return [];
  }
}

function byteLength(text: string | undefined): number {
  return text === undefined ? 0 : new TextEncoder().encode(text).length;
}

function headerList(headers: readonly RecordedHeader[]): { name: string; value: string }[] {
  return headers.map(({ name, value }) => ({ name, value }));
}

/**
 * One HAR 1.2 entry for an exchange (redact it first). An answer from the proxy itself carries
 * `_psAttendance.answeredBy` and a comment, so `verify` does not take it for the server's.
 *
 * @example
 * ```ts
 * harEntry(redactor.redact(exchange), { startedDateTime: '2026-12-01T10:00:00.000Z', timeMs: 12 });
 * ```
 */
export function harEntry(exchange: Exchange, timing: ExchangeTiming): Record<string, unknown> {
  const { request, response } = exchange;
  const requestType = headerValue(request.headers, 'content-type') ?? '';
  const responseType = headerValue(response?.headers ?? [], 'content-type') ?? '';
  return {
    startedDateTime: timing.startedDateTime,
    time: timing.timeMs,
    request: {
      method: request.method,
      url: request.url,
      httpVersion: 'HTTP/1.1',
      cookies: [],
      headers: headerList(request.headers),
      queryString: queryString(request.url),
      ...(request.body === undefined ? {} : { postData: { mimeType: requestType, text: request.body } }),
      headersSize: -1,
      bodySize: byteLength(request.body),
    },
    response: {
      status: response?.status ?? 0,
      statusText: '',
      httpVersion: 'HTTP/1.1',
      cookies: [],
      headers: headerList(response?.headers ?? []),
      content: { size: response?.streamed ? -1 : byteLength(response?.body), mimeType: responseType, ...(response?.body === undefined ? {} : { text: response.body }) },
      redirectURL: '',
      headersSize: -1,
      bodySize: response === undefined || response.streamed ? -1 : byteLength(response.body),
    },
    cache: {},
    timings: { send: 0, wait: timing.timeMs, receive: 0 },
    ...(exchange.answeredBy === undefined
      ? response?.streamed
        ? { comment: 'Passed on by ps-attendance proxy as it arrived, without recording the body: the contract does not cover this route.' }
        : {}
      : { _psAttendance: { answeredBy: exchange.answeredBy }, comment: exchange.answeredBy === 'blocked' ? 'Answered by ps-attendance proxy --block: not sent to the server.' : 'Answered by ps-attendance proxy: the server could not be reached.' }),
  };
}

/**
 * A HAR 1.2 document of entries, created by `ps-attendance proxy` at `version`.
 *
 * @example
 * ```ts
 * JSON.stringify(harDocument([entry], '0.1.0'), null, 2);
 * ```
 */
export function harDocument(entries: readonly Record<string, unknown>[], version: string): Record<string, unknown> {
  return { log: { version: '1.2', creator: { name: 'ps-attendance proxy', version }, pages: [], entries } };
}
