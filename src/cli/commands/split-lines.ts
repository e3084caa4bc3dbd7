import { CliError } from '../cli-error.js';
import { StrictTextDecoder, type InputEncoding } from '../io/text-decoder.js';
import { arrayElements } from './split-json-array.js';

/**
 * The text of one input record, before parsing, and where it starts.
 *
 * @example
 * ```ts
 * const raw: RawRecord = { text: '{"studentid":"1"}', line: 3, column: 1 };
 * ```
 */
export interface RawRecord {
  /** The record's JSON text (an NDJSON line without its line break and surrounding blanks, or one JSON-array element). */
  readonly text: string;
  /** The 1-based input line the record starts on. */
  readonly line: number;
  /** The 1-based column it starts on. */
  readonly column: number;
}

/**
 * Counts what {@link readRawRecords} does, so a test can pin its cost without timing it.
 *
 * @example
 * ```ts
 * const stats: ReadStats = { charsScanned: 0 };
 * ```
 */
export interface ReadStats {
  /** Characters of decoded text examined while looking for line breaks, the format and array elements. */
  charsScanned: number;
}

/**
 * The most bytes a JSON-array input may have (256 MiB): it is held whole while its elements are cut
 * out one by one. NDJSON input has no limit.
 *
 * @example
 * ```ts
 * maxArrayBytes; // 268435456
 * ```
 */
export const maxArrayBytes = 256 * 1024 * 1024;

/**
 * Cuts an input into record texts. The bytes are decoded by the CLI's one {@link StrictTextDecoder}
 * (UTF-8 unless `encoding` says latin1; a BOM is skipped; invalid UTF-8, UTF-16 and NUL bytes stop with
 * a {@link CliError} naming line, column and byte offset; nothing is ever replaced). The first non-blank
 * character decides the format: `[` is a JSON array (held whole, at most {@link maxArrayBytes}, then cut
 * into elements), anything else NDJSON, streamed one line at a time (blank lines skipped, `\r\n`
 * accepted). Each character is scanned once: a line longer than a chunk is kept as a list of pieces and
 * joined when its line break arrives, so one long line costs the same per byte as many short ones.
 *
 * @param chunks - The input bytes, e.g. from `readInputChunks` (strings are taken as UTF-8 text).
 * @param label - The input's name for messages.
 * @param options - `encoding` (default `utf8`) and `stats`, counters (see {@link ReadStats}).
 * @example
 * ```ts
 * for await (const { text, line } of readRawRecords(readInputChunks('in.ndjson', { name: 'in.ndjson' }), 'in.ndjson')) console.log(line, text);
 * ```
 */
export async function* readRawRecords(
  chunks: AsyncIterable<unknown> | Iterable<unknown>,
  label: string,
  options: { readonly encoding?: InputEncoding; readonly stats?: ReadStats } = {},
): AsyncGenerator<RawRecord> {
  const stats = options.stats ?? { charsScanned: 0 };
  const advice = options.encoding === 'latin1' ? undefined : 're-save the input as UTF-8, or pass --encoding latin1 if it is Latin-1 text';
  const decoder = new StrictTextDecoder(label, options.encoding ?? 'utf8', advice);
  const lines = new LineCutter(stats);
  let format: 'ndjson' | 'array' | undefined;
  let head: string[] = [];
  let arrayBytes = 0;
  for await (const chunk of chunks) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : (chunk as Uint8Array);
    if (format !== 'ndjson') {
      arrayBytes += bytes.length;
      if (format === 'array' && arrayBytes > maxArrayBytes) throw tooBig(label);
    }
    const text = decoder.decode(bytes);
    if (format === 'ndjson') yield* lines.push(text);
    else if (format === 'array') head.push(text);
    else {
      head.push(text);
      format = formatOf(text, stats);
      if (format === 'ndjson') {
        for (const piece of head) yield* lines.push(piece);
        head = [];
      } else if (format === 'array' && arrayBytes > maxArrayBytes) throw tooBig(label);
    }
  }
  const rest = decoder.end();
  if (format === 'array') {
    const text = head.join('') + rest;
    head = [];
    yield* arrayElements(text, label, stats);
    return;
  }
  // Only blanks so far (or nothing): they are NDJSON blank lines.
  for (const piece of head) yield* lines.push(piece);
  yield* lines.push(rest);
  yield* lines.end();
}

// The format once a non-blank character has arrived (scanning only the new text); undefined while blank.
function formatOf(text: string, stats: ReadStats): 'ndjson' | 'array' | undefined {
  for (let i = 0; i < text.length; i++) {
    stats.charsScanned++;
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0d && c !== 0x0a) return c === 0x5b ? 'array' : 'ndjson';
  }
  return undefined;
}

// NDJSON lines out of text chunks: each character is looked at once, a long line is joined once.
class LineCutter {
  readonly #stats: ReadStats;
  #pieces: string[] = [];
  #line = 0;

  constructor(stats: ReadStats) {
    this.#stats = stats;
  }

  *push(text: string): Generator<RawRecord> {
    let from = 0;
    for (let end = text.indexOf('\n', from); end !== -1; end = text.indexOf('\n', from)) {
      this.#stats.charsScanned += end + 1 - from;
      const piece = text.slice(from, end);
      const line = this.#pieces.length === 0 ? piece : this.#pieces.join('') + piece;
      this.#pieces = [];
      from = end + 1;
      const record = this.#record(line);
      if (record !== undefined) yield record;
    }
    this.#stats.charsScanned += text.length - from;
    if (from < text.length) this.#pieces.push(from === 0 ? text : text.slice(from));
  }

  *end(): Generator<RawRecord> {
    if (this.#pieces.length === 0) return;
    const record = this.#record(this.#pieces.join(''));
    this.#pieces = [];
    if (record !== undefined) yield record;
  }

  #record(raw: string): RawRecord | undefined {
    const line = ++this.#line;
    const text = raw.trim();
    return text === '' ? undefined : { text, line, column: raw.length - raw.trimStart().length + 1 };
  }
}

function tooBig(label: string): CliError {
  return new CliError(`${label}: a JSON-array input is read whole and may be at most ${maxArrayBytes / 1024 / 1024} MiB: convert it to NDJSON (one record per line, e.g. jq -c '.[]'), which is streamed.`);
}
