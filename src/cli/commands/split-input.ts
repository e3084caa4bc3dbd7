import { open } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { CliIo } from '../command.js';
import { CliError } from '../cli-error.js';
import { isPayload, oneLine, parseRecordArray } from './split-json-array.js';

/**
 * One input record and the line it starts on (1-based).
 *
 * @example
 * ```ts
 * const record: InputRecord = { value: { studentid: '4242' }, line: 3 };
 * ```
 */
export interface InputRecord {
  readonly value: unknown;
  readonly line: number;
}

/**
 * An opened input: its name for messages and its records, read lazily.
 *
 * @example
 * ```ts
 * const input: SplitInput = await openSplitInput('-', io); // input.label === '<stdin>'
 * ```
 */
export interface SplitInput {
  /** The path as given, or `<stdin>`. */
  readonly label: string;
  /** The records in input order; bad input throws a {@link CliError} naming the line. */
  readonly records: AsyncIterable<InputRecord>;
}

/**
 * Opens the input of `ps-attendance split`: a file, or standard input for `-`. The format is decided
 * by the first non-blank character: `[` is a JSON array of records (read whole, at most
 * {@link maxArrayBytes}), anything else NDJSON, one record per line, streamed (blank lines skipped).
 *
 * @example
 * ```ts
 * const input = await openSplitInput('records.ndjson', io);
 * for await (const { value, line } of input.records) console.log(line, value);
 * ```
 */
export async function openSplitInput(input: string, io: CliIo): Promise<SplitInput> {
  if (input === '-') return { label: '<stdin>', records: readRecords(io.stdin, '<stdin>') };
  const path = resolve(io.cwd, input);
  let handle;
  try {
    handle = await open(path, 'r');
    if ((await handle.stat()).isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
  } catch (error) {
    await handle?.close();
    throw new CliError(`${input}: cannot read the input (${reasonOf(error)}): pass an NDJSON or JSON-array file of attendance records, or - for standard input.`);
  }
  return { label: input, records: readRecords(handle.createReadStream(), input) };
}

/**
 * The most bytes a JSON-array input may have (256 MiB): it is parsed whole, taking several times its
 * size in memory. NDJSON input has no limit.
 *
 * @example
 * ```ts
 * maxArrayBytes; // 268435456
 * ```
 */
export const maxArrayBytes = 256 * 1024 * 1024;

async function* readRecords(stream: NodeJS.ReadableStream, label: string): AsyncGenerator<InputRecord> {
  const decoder = new TextDecoder();
  let pending = '';
  let format: 'ndjson' | 'array' | undefined;
  let line = 0;
  const arrayChunks: string[] = [];
  let arrayBytes = 0;
  try {
    for await (const chunk of stream) {
      const text = typeof chunk === 'string' ? chunk : decoder.decode(chunk as Uint8Array, { stream: true });
      if (format === 'array') {
        arrayBytes += text.length;
        if (arrayBytes > maxArrayBytes) throw tooBig(label);
        arrayChunks.push(text);
        continue;
      }
      pending += text;
      if (format === undefined) {
        if (pending.charCodeAt(0) === 0xfeff) pending = pending.slice(1);
        const first = /\S/.exec(pending);
        if (first === null) continue;
        format = first[0] === '[' ? 'array' : 'ndjson';
        if (format === 'array') {
          arrayChunks.push(pending);
          arrayBytes = pending.length;
          pending = '';
          continue;
        }
      }
      let start = 0;
      for (let end = pending.indexOf('\n'); end !== -1; end = pending.indexOf('\n', start)) {
        line++;
        const value = parseLine(pending.slice(start, end), line, label);
        start = end + 1;
        if (value !== blank) yield { value, line };
      }
      pending = pending.slice(start);
    }
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`${label}: reading the input failed (${reasonOf(error)}).`);
  }
  pending += decoder.decode();
  if (format === 'array') {
    yield* parseRecordArray(arrayChunks.join('') + pending, label);
    return;
  }
  const value = parseLine(pending, line + 1, label);
  if (value !== blank) yield { value, line: line + 1 };
}

const blank = Symbol('blank line');

function parseLine(raw: string, line: number, label: string): unknown {
  const text = raw.trim();
  if (text === '') return blank;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const hint = text.startsWith('{') && !text.endsWith('}') ? ' It looks like pretty-printed JSON: put each record on one line (NDJSON), or pass a JSON array of records.' : '';
    throw new CliError(`${label}:${line}: invalid JSON (${oneLine(error)}): each line must be one attendance record, a JSON object.${hint}`);
  }
  if (isPayload(value)) {
    throw new CliError(`${label}:${line}: this is a whole payload ({"record": [...]}), not a flat attendance record: pass the records themselves, e.g. jq -c '.record[].tables.attendance'.`);
  }
  return value;
}

function tooBig(label: string): CliError {
  return new CliError(`${label}: a JSON-array input is read whole and may be at most ${maxArrayBytes / 1024 / 1024} MiB: convert it to NDJSON (one record per line, e.g. jq -c '.[]'), which is streamed.`);
}

function reasonOf(error: unknown): string {
  if (error !== null && typeof error === 'object' && 'code' in error && typeof error.code === 'string') {
    if (error.code === 'ENOENT') return 'no such file';
    if (error.code === 'EISDIR') return 'it is a folder';
    if (error.code === 'EACCES') return 'permission denied';
  }
  return error instanceof Error ? error.message : String(error);
}
