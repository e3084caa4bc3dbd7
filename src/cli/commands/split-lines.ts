import { Buffer } from 'node:buffer';
import { CliError } from '../cli-error.js';
import { decodeStrict } from './split-decode.js';
import { arrayElements } from './split-json-array.js';

/**
 * The text of one input record, before parsing, and where it starts.
 *
 * @example
 * ```ts
 * const raw: RawRecord = { text: '{"studentid":"1"}', line: 3 };
 * ```
 */
export interface RawRecord {
  /** The record's JSON text (an NDJSON line without its line break, or one JSON-array element). */
  readonly text: string;
  /** The 1-based input line the record starts on. */
  readonly line: number;
  /** The 1-based column it starts on, for a JSON-array element (an NDJSON line starts at column 1). */
  readonly column?: number;
}

/**
 * Counts what {@link readRawRecords} does, so a test can pin its cost without timing it.
 *
 * @example
 * ```ts
 * const stats: ReadStats = { bytesScanned: 0 };
 * ```
 */
export interface ReadStats {
  /** Input bytes examined while looking for line breaks and the format (each byte once). */
  bytesScanned: number;
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

const newline = 0x0a;

/**
 * Cuts an input byte stream into record texts. The first non-blank byte decides the format: `[` is a
 * JSON array (collected whole, at most {@link maxArrayBytes}, then cut into elements), anything else
 * NDJSON, streamed one line at a time (blank lines skipped, `\r\n` accepted). Each byte is scanned once:
 * a line longer than a chunk is kept as a list of pieces and joined when its line break arrives, so one
 * long line costs the same per byte as many short ones. Text must be UTF-8 (a UTF-8 byte order mark is
 * skipped); invalid UTF-8 stops with a {@link CliError} naming the line and byte offset, and no byte is
 * replaced.
 *
 * @param stream - The input bytes (strings are taken as UTF-8 text).
 * @param label - The input's name for messages.
 * @param stats - Optional counters, see {@link ReadStats}.
 * @example
 * ```ts
 * for await (const { text, line } of readRawRecords(createReadStream('in.ndjson'), 'in.ndjson')) console.log(line, text);
 * ```
 */
export async function* readRawRecords(stream: AsyncIterable<unknown> | Iterable<unknown>, label: string, stats: ReadStats = { bytesScanned: 0 }): AsyncGenerator<RawRecord> {
  let format: 'ndjson' | 'array' | undefined;
  let head: Buffer[] = [];
  let headBytes = 0;
  const lines = new LineCutter(label, stats);
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk as Uint8Array);
    if (format === 'ndjson') {
      yield* lines.push(bytes);
      continue;
    }
    const offset = headBytes;
    head.push(bytes);
    headBytes += bytes.length;
    if (format === 'array') {
      if (headBytes > maxArrayBytes) throw tooBig(label);
      continue;
    }
    if (headBytes < 3 && isBomPrefix(head)) continue;
    format = formatOf(bytes, offset, bomLength(head), label, stats);
    if (format === 'ndjson') {
      for (const piece of head) yield* lines.push(piece);
      head = [];
    } else if (format === 'array' && headBytes > maxArrayBytes) throw tooBig(label);
  }
  if (format === 'array') {
    const all = Buffer.concat(head, headBytes);
    head = [];
    yield* arrayElements(decodeStrict(all, label, bomLength([all])), label, stats);
    return;
  }
  // Only blanks (or nothing) so far: they are NDJSON blank lines.
  if (format === undefined) for (const piece of head) yield* lines.push(piece);
  yield* lines.end();
}

// The format once a non-blank byte has arrived (scanning only the new chunk); undefined while blank.
function formatOf(chunk: Buffer, offset: number, bom: number, label: string, stats: ReadStats): 'ndjson' | 'array' | undefined {
  if (offset === 0 && ((chunk[0] === 0xff && chunk[1] === 0xfe) || (chunk[0] === 0xfe && chunk[1] === 0xff))) {
    throw new CliError(`${label}: the input is UTF-16 text; JSON must be UTF-8: save it as UTF-8.`);
  }
  for (let i = Math.max(0, bom - offset); i < chunk.length; i++) {
    stats.bytesScanned++;
    const byte = chunk[i] as number;
    if (byte !== 0x20 && byte !== 0x09 && byte !== 0x0d && byte !== newline) return byte === 0x5b ? 'array' : 'ndjson';
  }
  return undefined;
}

// The first three bytes of the input, across chunks.
function firstBytes(head: readonly Uint8Array[]): number[] {
  const bytes: number[] = [];
  for (const piece of head) for (let i = 0; i < piece.length && bytes.length < 3; i++) bytes.push(piece[i] as number);
  return bytes;
}

function isBomPrefix(head: readonly Uint8Array[]): boolean {
  return firstBytes(head).every((byte, i) => byte === bom[i]);
}

const bom = [0xef, 0xbb, 0xbf];

function bomLength(head: readonly Uint8Array[]): number {
  const first = firstBytes(head);
  return first.length === 3 && isBomPrefix(head) ? 3 : 0;
}

// NDJSON lines out of byte chunks: each byte is looked at once, a long line is joined once.
class LineCutter {
  readonly #label: string;
  readonly #stats: ReadStats;
  #pieces: Buffer[] = [];
  #line = 0;
  #offset = 0;

  constructor(label: string, stats: ReadStats) {
    this.#label = label;
    this.#stats = stats;
  }

  *push(bytes: Buffer): Generator<RawRecord> {
    let from = 0;
    for (let end = bytes.indexOf(newline, from); end !== -1; end = bytes.indexOf(newline, from)) {
      this.#stats.bytesScanned += end + 1 - from;
      const piece = bytes.subarray(from, end);
      const line = this.#pieces.length === 0 ? piece : Buffer.concat([...this.#pieces, piece]);
      this.#pieces = [];
      from = end + 1;
      const record = this.#record(line);
      if (record !== undefined) yield record;
    }
    this.#stats.bytesScanned += bytes.length - from;
    if (from < bytes.length) this.#pieces.push(bytes.subarray(from));
  }

  *end(): Generator<RawRecord> {
    if (this.#pieces.length === 0) return;
    const record = this.#record(Buffer.concat(this.#pieces));
    this.#pieces = [];
    if (record !== undefined) yield record;
  }

  #record(bytes: Buffer): RawRecord | undefined {
    const line = ++this.#line;
    const offset = this.#offset;
    this.#offset += bytes.length + 1;
    const text = decodeStrict(bytes, this.#label, line === 1 ? bomLength([bytes]) : 0, { line, offset }).trim();
    return text === '' ? undefined : { text, line };
  }
}

function tooBig(label: string): CliError {
  return new CliError(`${label}: a JSON-array input is read whole and may be at most ${maxArrayBytes / 1024 / 1024} MiB: convert it to NDJSON (one record per line, e.g. jq -c '.[]'), which is streamed.`);
}
