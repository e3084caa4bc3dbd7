import { open } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { CliIo } from '../command.js';
import { CliError } from '../cli-error.js';
import { visit } from 'jsonc-parser';
import { isPayload, oneLine } from './split-json-array.js';
import type { FileIdentity } from './split-output.js';
import { readRawRecords, type RawRecord } from './split-lines.js';
import { inspectRecordText, type TextFinding } from './split-record-text.js';

/**
 * One input record and the line it starts on (1-based): its parsed value, or, when the text says more
 * than the value can (a duplicate member name, nesting too deep to handle), the finding and the exact
 * source text, so the record can be rejected without losing a byte.
 *
 * @example
 * ```ts
 * const record: InputRecord = { value: { studentid: '4242' }, line: 3 };
 * const odd: InputRecord = { line: 4, finding: { kind: 'duplicates', pointers: ['/studentid'] }, source: '{"studentid":"1","studentid":"2"}' };
 * ```
 */
export type InputRecord =
  | { readonly line: number; readonly value: unknown; readonly finding?: undefined }
  | { readonly line: number; readonly finding: TextFinding; readonly source: string };

/**
 * Deeper than any attendance record (its members are strings and integers, one level), as deep as
 * `lint` allows a whole payload: a deeper record is rejected unparsed.
 *
 * @example
 * ```ts
 * maxRecordDepth; // 64
 * ```
 */
export const maxRecordDepth = 64;

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
  /** The input file's device and inode (absent for standard input), to keep `--out-dir` off it. */
  readonly identity?: FileIdentity;
  /** The records in input order; bad input throws a {@link CliError} naming the line. */
  readonly records: AsyncIterable<InputRecord>;
}

/**
 * Opens the input of `ps-attendance split`: a file, or standard input for `-`, read as bytes until EOF
 * (pipes and FIFOs included) and cut into records by {@link readRawRecords} (NDJSON streamed, or a
 * JSON array). Each record is checked for depth and duplicate members on its text, then parsed.
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
  let identity: FileIdentity;
  try {
    handle = await open(path, 'r');
    const info = await handle.stat();
    if (info.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    identity = { dev: info.dev, ino: info.ino };
  } catch (error) {
    await handle?.close();
    throw new CliError(`${input}: cannot read the input (${reasonOf(error)}): pass an NDJSON or JSON-array file of attendance records, or - for standard input.`);
  }
  return { label: input, identity, records: readRecords(handle.createReadStream(), input) };
}

async function* readRecords(stream: AsyncIterable<unknown>, label: string): AsyncGenerator<InputRecord> {
  try {
    for await (const raw of readRawRecords(stream, label)) yield parseRecord(raw, label);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`${label}: reading the input failed (${reasonOf(error)}).`);
  }
}

function parseRecord(raw: RawRecord, label: string): InputRecord {
  const { text, line, column } = raw;
  const early = inspectRecordText(text, maxRecordDepth);
  if (early?.kind === 'too-deep') return { line, finding: early, source: text };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw syntaxError(raw, label, error);
  }
  if (early !== undefined) return { line, finding: early, source: text };
  if (isPayload(value)) {
    const hint = column === undefined ? "jq -c '.record[].tables.attendance'" : "jq '[.[].record[].tables.attendance]'";
    throw new CliError(`${label}:${line}: this is a whole payload ({"record": [...]}), not a flat attendance record: pass the records themselves, e.g. ${hint}.`);
  }
  return { line, value };
}

function syntaxError(raw: RawRecord, label: string, error: unknown): CliError {
  const at = firstSyntaxError(raw.text);
  if (raw.column === undefined) {
    const hint = raw.text.startsWith('{') && !raw.text.endsWith('}') ? ' It looks like pretty-printed JSON: put each record on one line (NDJSON), or pass a JSON array of records.' : '';
    return new CliError(`${label}:${raw.line}: invalid JSON (${oneLine(error)}): each line must be one attendance record, a JSON object.${hint}`);
  }
  const line = raw.line + (at?.line ?? 0);
  const column = (at?.line ?? 0) === 0 ? raw.column + (at?.column ?? 0) : (at?.column ?? 0) + 1;
  return new CliError(`${label}:${line}:${column}: invalid JSON (${oneLine(error)}): the input must be a JSON array of attendance records, or NDJSON.`);
}

// The 0-based line and column of the first syntax error (the text is at most maxRecordDepth deep: jsonc-parser recurses).
function firstSyntaxError(text: string): { line: number; column: number } | undefined {
  let found: { line: number; column: number } | undefined;
  visit(text, { onError: (_error, _offset, _length, startLine, startCharacter) => (found ??= { line: startLine, column: startCharacter }) }, { disallowComments: true, allowTrailingComma: false });
  return found;
}

function reasonOf(error: unknown): string {
  if (error !== null && typeof error === 'object' && 'code' in error && typeof error.code === 'string') {
    if (error.code === 'ENOENT') return 'no such file';
    if (error.code === 'EISDIR') return 'it is a folder';
    if (error.code === 'EACCES') return 'permission denied';
  }
  return error instanceof Error ? error.message : String(error);
}
