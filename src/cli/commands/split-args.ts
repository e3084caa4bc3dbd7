import { endpoints } from '../../endpoints.js';
import { CliError } from '../cli-error.js';
import { parseCommandLine } from '../parse-command-line.js';
import type { InputEncoding } from '../io/text-decoder.js';

/**
 * The options of `ps-attendance split`, checked.
 *
 * @example
 * ```ts
 * const args: SplitArgs = { input: '-', outDir: 'out', batchSize: 200, sorted: false, force: false, json: false, help: false, encoding: 'utf8' };
 * ```
 */
export interface SplitArgs {
  /** The input path as given, or `-` for standard input. */
  readonly input: string;
  /** The output folder as given. */
  readonly outDir: string;
  /** Most records per batch_daily_time payload (1 to 200). */
  readonly batchSize: number;
  /** `--sorted`: Meeting/Interval records come sorted by studentid then att_date. */
  readonly sorted: boolean;
  /** `--force`: write into a non-empty output folder, replacing earlier split output. */
  readonly force: boolean;
  /** `--json`: print the summary as JSON. */
  readonly json: boolean;
  /** `--help`: print usage and do nothing else. */
  readonly help: boolean;
  /** `--encoding`: how input bytes become text (default `utf8`, strict). */
  readonly encoding: InputEncoding;
}

const maxBatch = endpoints.batch_daily_time.maxRecords ?? 200;

/**
 * Parses and checks the arguments of `ps-attendance split`; a usage problem throws a {@link CliError}.
 *
 * @example
 * ```ts
 * parseSplitArgs(['records.ndjson', '--out-dir', 'out', '--batch-size', '50']);
 * // { input: 'records.ndjson', outDir: 'out', batchSize: 50, sorted: false, force: false, json: false, help: false, encoding: 'utf8' }
 * ```
 */
export function parseSplitArgs(args: readonly string[]): SplitArgs {
  const { values, positionals } = parseCommandLine('split', args, {
    'out-dir': { type: 'string', short: 'o' },
    'batch-size': { type: 'string' },
    sorted: { type: 'boolean', default: false },
    force: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    encoding: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  });
  const help = values.help === true;
  const base = { batchSize: maxBatch, sorted: values.sorted === true, force: values.force === true, json: values.json === true, help, encoding: encodingOf(values.encoding) };
  if (help) return { input: positionals[0] ?? '-', outDir: values['out-dir'] ?? '', ...base };
  if (positionals.length !== 1) {
    throw new CliError(`split takes one input (a file, or - for standard input), got ${positionals.length}: ps-attendance split <input|-> --out-dir <dir>.`);
  }
  const outDir = values['out-dir'];
  if (outDir === undefined || outDir === '') throw new CliError('split needs --out-dir <dir>: the folder to write the payload files to.');
  return { input: positionals[0] ?? '-', outDir, ...base, batchSize: batchSizeOf(values['batch-size']) };
}

const encodings: Readonly<Record<string, InputEncoding>> = { utf8: 'utf8', 'utf-8': 'utf8', latin1: 'latin1', 'latin-1': 'latin1', 'iso-8859-1': 'latin1' };

function encodingOf(text: string | undefined): InputEncoding {
  const encoding = text === undefined ? 'utf8' : encodings[text.toLowerCase()];
  if (encoding === undefined) throw new CliError(`--encoding ${text ?? ''}: unknown encoding. Use utf8 (the default; JSON is UTF-8) or latin1.`);
  return encoding;
}

function batchSizeOf(text: string | undefined): number {
  if (text === undefined) return maxBatch;
  const size = /^\d{1,4}$/.test(text) ? Number(text) : Number.NaN;
  if (!(size >= 1 && size <= maxBatch)) {
    throw new CliError(`--batch-size must be a whole number from 1 to ${maxBatch} (batch_daily_time's limit), got "${text}".`);
  }
  return size;
}
