import { resolve } from 'node:path';
import { planPayloadStream } from '../../batch/plan-payload-stream.js';
import { PlanOrderError } from '../../batch/plan-order-error.js';
import type { PlannedPayload } from '../../batch/plan-types.js';
import { CliError } from '../cli-error.js';
import { ioReason } from '../io/io-reason.js';
import type { CliIo, Command } from '../command.js';
import { parseSplitArgs, type SplitArgs } from './split-args.js';
import { writeOutput } from '../io/write-output.js';
import { findingDiagnostics, openSplitInput, type SplitInput, type TextFinding } from './split-input.js';
import { prepareOutDir } from './split-out-dir.js';
import { LineFile, OutputFolder, summaryFileName, type SplitFs } from './split-output.js';
import { SplitProgress, type SplitCounts } from './split-progress.js';
import { SlotRegistry } from './split-slots.js';
import { formatSplitSummary, type SplitSummary } from './split-summary.js';

const usage = `Usage: ps-attendance split <input|-> --out-dir <dir> [options]

Turns flat attendance records (the members of tables.attendance), as NDJSON (one record per line)
or a JSON array, into payload files the API accepts:
  batch_daily_time-0001.json, ...           Daily/Time records, at most --batch-size per payload
  meeting_interval-<studentid>-<date>.json   Meeting/Interval records of one student on one day
  rejects.ndjson                             every record that fails the contract, with its input
                                             line and diagnostics (always written; empty when none)
  warnings.ndjson                            warnings about the written payloads (duplicate slots,
                                             also across batches; overlapping meetings), when any
  summary.json                               the summary, written last: without it (or with
                                             "complete": false) the split did not finish

Options:
  -o, --out-dir <dir>   Folder to write to; created if missing; must be empty unless --force
  --batch-size <n>      Records per batch_daily_time payload, 1 to 200 (default 200)
  --sorted              Meeting/Interval records are sorted by studentid (as a number) then att_date:
                        each student-day is written as soon as the next begins (bounded memory);
                        an out-of-order record stops the split with an error naming its line
  --force               Use a non-empty --out-dir, deleting earlier split output there first
  --encoding <enc>      utf8 (default: invalid bytes stop the split) or latin1 (each byte is the
                        character of the same number, then written as UTF-8)
  --json                Print the summary as JSON
  -h, --help            Show this help

Input must be UTF-8 (invalid bytes stop the split, naming line and byte offset; nothing is replaced).
A record with a duplicate member name, or nested deeper than 64 levels, is rejected with its exact text.

Exit codes: 0 every record is in a payload; 1 some records were rejected (see rejects.ndjson);
2 usage error, unreadable or malformed input (invalid UTF-8 or JSON, out-of-order with --sorted),
write error (the summary then says exactly what was written; no temporary file is left).
`;

/**
 * `ps-attendance split`: streams records from a file or standard input through
 * {@link planPayloadStream} into one file per payload plus `rejects.ndjson`, never dropping a record:
 * the summary's records read = records in payload files + rejected (+ records still open when a
 * malformed input stopped the split).
 *
 * @example
 * ```ts
 * const code = await splitCommand.run(['records.ndjson', '--out-dir', 'payloads'], {
 *   stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env,
 * });
 * ```
 */
export const splitCommand: Command = {
  name: 'split',
  summary: 'Turn attendance records (NDJSON or a JSON array) into valid payload files',
  usage,
  run: (args, io) => runSplitCommand(args, io),
};

/**
 * Runs a split with the given file-system calls for its writes (tests inject faults; the bin uses `node:fs`).
 *
 * @example
 * ```ts
 * const code = await runSplitCommand(['in.ndjson', '-o', 'out'], io, fs);
 * ```
 */
export async function runSplitCommand(args: readonly string[], io: CliIo, files?: SplitFs): Promise<number> {
  try {
    const options = parseSplitArgs(args);
    if (options.help) {
      await writeOutput(io.stdout, usage);
      return 0;
    }
    return await split(options, io, files);
  } catch (error) {
    const message = error instanceof CliError ? error.message : `internal error (${error instanceof Error ? error.message : String(error)}): please report it.`;
    io.stderr.write(`ps-attendance split: ${message}\n`);
    return 2;
  }
}

async function split(options: SplitArgs, io: CliIo, files: SplitFs | undefined): Promise<number> {
  const input = openSplitInput(options.input, io, options.encoding);
  const dir = resolve(io.cwd, options.outDir);
  prepareOutDir(dir, options.outDir, options.force, input.identity);
  const out = new OutputFolder(dir, files);
  const counts: SplitCounts = { records: 0, planned: 0, payloads: 0, rejected: 0 };
  const written = { batch_daily_time: 0, meeting_interval: 0 };
  const rejects = new LineFile(out, 'rejects.ndjson', true);
  const warnings = new LineFile(out, 'warnings.ndjson', false);
  const slots = new SlotRegistry();
  const progress = new SplitProgress(io);
  let line = 0;
  // A record whose text the planner cannot be given (duplicate members, too deep): the planner gets
  // null in its place (so indices stay input indices) and the rejection carries this record's own finding.
  let unreadable: { index: number; finding: TextFinding; source: string } | undefined;
  async function* source(): AsyncGenerator<unknown> {
    for await (const record of input.records) {
      line = record.line;
      counts.records++;
      progress.update(counts);
      if (record.finding === undefined) yield record.value;
      else {
        unreadable = { index: counts.records - 1, finding: record.finding, source: record.source };
        yield null;
      }
    }
  }
  let failure: CliError | undefined;
  try {
    // The planner yields the events of record i before reading record i + 1, so `line` is its line.
    for await (const event of planPayloadStream(source(), { batchSize: options.batchSize, sorted: options.sorted })) {
      if (event.kind === 'rejected') {
        const { index, diagnostics, record } = event.rejected;
        if (unreadable?.index === index) rejects.write({ line, index, diagnostics: findingDiagnostics(unreadable.finding, unreadable.source, index, line), source: unreadable.source });
        else rejects.write({ line, index, diagnostics, record });
        unreadable = undefined;
        counts.rejected++;
        continue;
      }
      const planned = event.planned;
      const name = fileName(planned, written[planned.endpoint] + 1);
      out.writeFile(name, `${JSON.stringify(planned.payload, null, 2)}\n`);
      written[planned.endpoint]++;
      counts.payloads++;
      counts.planned += planned.indices.length;
      const diagnostics = [...planned.diagnostics];
      if (planned.endpoint === 'batch_daily_time') diagnostics.push(...slots.check(planned.payload.record.map((r) => r.tables.attendance), planned.indices, name));
      for (const d of diagnostics) warnings.write({ file: name, index: planned.indices[d.recordIndex ?? 0], ...d });
    }
  } catch (error) {
    failure = knownFailure(error, input, line, options.outDir);
  } finally {
    progress.clear();
  }
  for (const file of [rejects, warnings]) {
    try {
      file.close();
    } catch (error) {
      failure ??= knownFailure(error, input, line, options.outDir);
    }
  }
  // What is on disk: a reject or warning line counts only once its file is in place.
  let summary: SplitSummary = {
    input: input.label,
    outDir: options.outDir,
    complete: failure === undefined,
    records: counts.records,
    planned: counts.planned,
    rejected: rejects.onDisk,
    pending: counts.records - counts.planned - rejects.onDisk,
    payloads: counts.payloads,
    files: written,
    warnings: warnings.onDisk,
  };
  try {
    out.writeFile(summaryFileName, `${JSON.stringify(summary)}\n`);
  } catch (error) {
    failure ??= knownFailure(error, input, line, options.outDir);
    summary = { ...summary, complete: false };
  }
  if (failure !== undefined) io.stderr.write(`ps-attendance split: ${failure.message}\n`);
  // A summary that cannot be written (> /dev/full) throws a one-line CliError: exit 2.
  await writeOutput(io.stdout, formatSplitSummary(summary, options.json));
  if (failure !== undefined) return 2;
  return summary.rejected > 0 ? 1 : 0;
}

function fileName(planned: PlannedPayload, ordinal: number): string {
  if (planned.endpoint === 'meeting_interval') return `meeting_interval-${planned.studentid}-${planned.att_date}.json`;
  return `batch_daily_time-${String(ordinal).padStart(4, '0')}.json`;
}

// Bad input, an order broken under --sorted, or a failed write: one line for the user. Anything else is a bug.
function knownFailure(error: unknown, input: SplitInput, line: number, outDir: string): CliError {
  if (error instanceof CliError) return error;
  if (error instanceof PlanOrderError) return orderFailure(error, input, line);
  if (error instanceof Error && 'syscall' in error) return new CliError(`--out-dir ${outDir}: writing the output failed (${ioReason(error)}): the folder holds what the summary says; free space or fix the folder and rerun with --force.`);
  throw error;
}

function orderFailure(error: PlanOrderError, input: SplitInput, line: number): CliError {
  const { studentDay: day, previous } = error;
  return new CliError(
    `${input.label}:${line}: student ${day.studentid} on ${day.att_date} comes after student ${previous.studentid} on ${previous.att_date}, ` +
      'but --sorted declares Meeting/Interval records sorted by studentid (as a number) then att_date: sort the input that way, or drop --sorted.',
  );
}
