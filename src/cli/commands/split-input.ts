import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Diagnostic } from '../../diagnostic.js';
import { duplicateMemberDiagnostics } from '../../json-text/duplicate-member-diagnostics.js';
import type { DuplicateMember } from '../../json-text/find-duplicate-members.js';
import type { CliIo } from '../command.js';
import { CliError } from '../cli-error.js';
import { ioReason } from '../io/io-reason.js';
import { parseJsonText } from '../io/parse-json-text.js';
import { readInputChunks } from '../io/read-input.js';
import type { InputEncoding } from '../io/text-decoder.js';
import { isPayload } from './split-json-array.js';
import { readRawRecords, type RawRecord } from './split-lines.js';
import type { FileIdentity } from './split-out-dir.js';

/**
 * Why a record is rejected on its text rather than its value: a member name that appears twice in
 * one object (the value kept only one), or nesting deeper than {@link maxRecordDepth}.
 *
 * @example
 * ```ts
 * const finding: TextFinding = { kind: 'too-deep' };
 * ```
 */
export type TextFinding = { readonly kind: 'too-deep' } | { readonly kind: 'duplicates'; readonly duplicates: readonly DuplicateMember[] };

/**
 * One input record and the line it starts on (1-based): its parsed value, or, when the text says more
 * than the value can, the finding and the exact source text, so the record can be rejected without
 * losing a byte.
 *
 * @example
 * ```ts
 * const record: InputRecord = { value: { studentid: '4242' }, line: 3 };
 * const odd: InputRecord = { line: 4, finding: { kind: 'too-deep' }, source: '{"a":[[[[[[...]]]]]]}' };
 * ```
 */
export type InputRecord =
  | { readonly line: number; readonly value: unknown; readonly finding?: undefined }
  | { readonly line: number; readonly finding: TextFinding; readonly source: string };

/**
 * Deeper than any attendance record (its members are strings and integers, one level), as deep as
 * the CLI parses anything: a deeper record is rejected unparsed.
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
 * const input: SplitInput = openSplitInput('-', io, 'utf8'); // input.label === '<stdin>'
 * ```
 */
export interface SplitInput {
  /** The path as given, or `<stdin>`. */
  readonly label: string;
  /** The input file's device and inode (absent for standard input and pipes), to keep `--out-dir` off it. */
  readonly identity?: FileIdentity;
  /** The records in input order; bad input throws a {@link CliError} naming the line. */
  readonly records: AsyncIterable<InputRecord>;
}

/**
 * Opens the input of `ps-attendance split`: a file, a pipe or FIFO, or standard input for `-`, read as
 * bytes until EOF by the CLI's input layer and cut into records by {@link readRawRecords}. Each record
 * is parsed by the CLI's one JSON parser (depth checked first, duplicate members found on the text).
 *
 * @example
 * ```ts
 * const input = openSplitInput('records.ndjson', io, 'utf8');
 * for await (const record of input.records) console.log(record.line);
 * ```
 */
export function openSplitInput(input: string, io: CliIo, encoding: InputEncoding): SplitInput {
  const label = input === '-' ? '<stdin>' : input;
  const path = input === '-' ? '-' : resolve(io.cwd, input);
  let identity: FileIdentity | undefined;
  if (path !== '-') {
    try {
      const info = statSync(path);
      if (info.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
      if (info.isFile()) identity = { dev: info.dev, ino: info.ino };
    } catch (error) {
      throw new CliError(`${input}: cannot read the input (${ioReason(error)}): pass an NDJSON or JSON-array file of attendance records, or - for standard input.`);
    }
  }
  const chunks = readInputChunks(path, { name: label, stdin: io.stdin });
  return { label, ...(identity === undefined ? {} : { identity }), records: readRecords(chunks, label, encoding) };
}

async function* readRecords(chunks: AsyncIterable<Buffer>, label: string, encoding: InputEncoding): AsyncGenerator<InputRecord> {
  try {
    for await (const raw of readRawRecords(chunks, label, { encoding })) yield parseRecord(raw, label);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`${label}: reading the input failed (${ioReason(error)}).`);
  }
}

function parseRecord(raw: RawRecord, label: string): InputRecord {
  const { text, line } = raw;
  const parsed = parseJsonText(text, { maxDepth: maxRecordDepth });
  if (parsed.kind === 'too-deep') return { line, finding: { kind: 'too-deep' }, source: text };
  if (parsed.kind === 'invalid') throw syntaxError(raw, label, parsed.offset, parsed.reason);
  if (parsed.duplicates.length > 0) return { line, finding: { kind: 'duplicates', duplicates: parsed.duplicates }, source: text };
  if (isPayload(parsed.value)) {
    throw new CliError(`${label}:${line}: this is a whole payload ({"record": [...]}), not a flat attendance record: pass the records themselves, e.g. jq -c '.record[].tables.attendance'.`);
  }
  return { line, value: parsed.value };
}

// Where in the input a syntax error at `offset` of the record's text is.
function syntaxError(raw: RawRecord, label: string, offset: number, reason: string): CliError {
  let line = raw.line;
  let lineStart = -raw.column + 1;
  for (let at = raw.text.indexOf('\n'); at !== -1 && at < offset; at = raw.text.indexOf('\n', at + 1)) {
    line++;
    lineStart = at + 1;
  }
  const hint = raw.text.startsWith('{') && !raw.text.endsWith('}') && !raw.text.includes('\n') ? ' It looks like pretty-printed JSON: put each record on one line (NDJSON), or pass a JSON array of records.' : '';
  return new CliError(`${label}:${line}:${offset - lineStart + 1}: invalid JSON (${reason}): each record must be one JSON object, one per line (NDJSON) or in a JSON array.${hint}`);
}

/**
 * The diagnostics of a record rejected on its text: `duplicate-member` errors at each later
 * occurrence, or `payload-shape` for a record nested too deep. Paths point into the input taken as a
 * list of records (`/3/studentid`), as the planner's do.
 *
 * @example
 * ```ts
 * findingDiagnostics({ kind: 'too-deep' }, text, 3, 12); // [{ code: 'payload-shape', path: '/3', … }]
 * ```
 */
export function findingDiagnostics(finding: TextFinding, source: string, index: number, line: number): Diagnostic[] {
  if (finding.kind === 'too-deep') {
    return [{ code: 'payload-shape', severity: 'error', path: `/${index}`, recordIndex: index, message: `Record ${index} (line ${line}) nests deeper than ${maxRecordDepth} levels: an attendance record is one object of strings and integers. Check that this is the record you meant.` }];
  }
  // The linter's words for the same finding; paths into the input taken as a list of records.
  return duplicateMemberDiagnostics(source, finding.duplicates).map((d) => ({ ...d, path: `/${index}${d.path}`, recordIndex: index }));
}
