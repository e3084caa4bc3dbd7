import type { Exchange, RecordedHeader } from './exchange.js';
import { readHar, type LocatedExchange } from './read-har.js';
import { RecordingError } from './recording-error.js';

/**
 * A recording's format: HAR 1.2, or the NDJSON form of this package (one exchange per line:
 * `{"request":{"method","url","headers","body"},"response":{"status","headers","body"}}`).
 *
 * @example
 * ```ts
 * const format: RecordingFormat = 'har';
 * ```
 */
export type RecordingFormat = 'har' | 'ndjson';

/**
 * Parses JSON text for {@link readRecording}; throws a {@link RecordingError} saying why it is not
 * JSON (the CLI passes its input layer's parser, with depth limits and line/column positions).
 *
 * @example
 * ```ts
 * const parse: RecordingJsonParser = (text) => JSON.parse(text);
 * ```
 */
export type RecordingJsonParser = (text: string) => unknown;

/**
 * The default {@link RecordingJsonParser}: `JSON.parse`, telling a file cut short from other errors.
 *
 * @example
 * ```ts
 * parseRecordingJson('{"log": {"entries": []}}');
 * ```
 */
export function parseRecordingJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'not JSON';
    if (/end of (json )?input|unterminated/i.test(reason)) throw truncated(reason);
    throw new RecordingError(`not valid JSON (${reason}): a recording is a HAR 1.2 file or NDJSON exchanges.`);
  }
}

/**
 * The error for a recording that ends in the middle of its JSON.
 *
 * @example
 * ```ts
 * throw truncated('unterminated string at line 80, column 3');
 * ```
 */
export function truncated(reason: string): RecordingError {
  return new RecordingError(`the file ends in the middle of the JSON (${reason}): it was cut short (a copy or a recording that did not finish); record or export it again.`);
}

/**
 * Reads the text of a recording, HAR 1.2 or NDJSON (told apart by content, not by file name).
 * Anything else, a truncated file or an undecodable body is a {@link RecordingError} with one line.
 *
 * @example
 * ```ts
 * const { format, exchanges } = readRecording(text);
 * ```
 */
export function readRecording(text: string, parse: RecordingJsonParser = parseRecordingJson): { readonly format: RecordingFormat; readonly exchanges: LocatedExchange[] } {
  const trimmed = text.trim();
  if (trimmed === '') throw new RecordingError('the file is empty: a recording is a HAR 1.2 file or NDJSON exchanges.');
  if (!trimmed.startsWith('{')) throw new RecordingError('not a recording: a HAR 1.2 file or NDJSON exchanges start with "{".');
  let whole: unknown;
  try {
    whole = parse(text);
  } catch (error) {
    const firstLine = trimmed.split('\n', 1)[0] ?? '';
    if (firstLine.length < trimmed.length && looksLikeNdjson(firstLine, parse)) return { format: 'ndjson', exchanges: readNdjson(text, parse) };
    throw error;
  }
  if (typeof whole === 'object' && whole !== null && 'request' in whole && !('log' in whole)) return { format: 'ndjson', exchanges: readNdjson(text, parse) };
  return { format: 'har', exchanges: readHar(whole) };
}

function looksLikeNdjson(line: string, parse: RecordingJsonParser): boolean {
  try {
    const value = parse(line);
    return typeof value === 'object' && value !== null && 'request' in value;
  } catch {
    return false;
  }
}

function readNdjson(text: string, parse: RecordingJsonParser): LocatedExchange[] {
  const located: LocatedExchange[] = [];
  text.split('\n').forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '') return;
    let value: unknown;
    try {
      value = parse(raw);
    } catch (error) {
      const reason = error instanceof Error ? error.message.replace(/^the file ends in the middle of the JSON \((.*?)\):.*$/, '$1') : 'parse error';
      throw new RecordingError(`line ${line}: not JSON (${reason}): every line of an NDJSON recording is one exchange object.`);
    }
    located.push({ exchange: ndjsonExchange(value, `line ${line}`), line });
  });
  return located;
}

function ndjsonExchange(value: unknown, label: string): Exchange {
  const object = value as { request?: Record<string, unknown>; response?: Record<string, unknown>; answeredBy?: unknown } | null;
  const request = object?.request;
  if (typeof object !== 'object' || object === null || typeof request !== 'object' || request === null) throw new RecordingError(`${label}: no "request" object.`);
  if (typeof request['method'] !== 'string' || typeof request['url'] !== 'string') throw new RecordingError(`${label}: the request has no "method" or "url" string.`);
  const response = object.response;
  if (response !== undefined && (typeof response !== 'object' || response === null || typeof response['status'] !== 'number')) {
    throw new RecordingError(`${label}: "response" has no numeric "status".`);
  }
  const answeredBy = object.answeredBy;
  return {
    label,
    request: { method: request['method'], url: request['url'], headers: headersOf(request['headers'], label), body: bodyOf(request['body']) },
    response: response === undefined ? undefined : { status: response['status'] as number, headers: headersOf(response['headers'], label), body: bodyOf(response['body']) },
    ...(answeredBy === 'blocked' || answeredBy === 'upstream-error' ? { answeredBy } : {}),
  };
}

// A body is its text, or any other JSON value standing for its serialisation.
function bodyOf(body: unknown): string | undefined {
  if (body === undefined) return undefined;
  return typeof body === 'string' ? body : JSON.stringify(body);
}

// Headers as an object ({"Content-Type": "application/json"}) or as HAR's [{name, value}] list.
function headersOf(headers: unknown, label: string): RecordedHeader[] {
  if (headers === undefined || headers === null) return [];
  if (Array.isArray(headers)) return headers.map((h: { name?: unknown; value?: unknown }) => ({ name: String(h?.name ?? ''), value: String(h?.value ?? '') }));
  if (typeof headers !== 'object') throw new RecordingError(`${label}: "headers" is neither an object nor a list.`);
  return Object.entries(headers).flatMap(([name, v]) => (Array.isArray(v) ? v : [v]).map((one) => ({ name, value: String(one) })));
}
