import { resolve } from 'node:path';
import { planPayloadStream } from '../../batch/plan-payload-stream.js';
import { PlanOrderError } from '../../batch/plan-order-error.js';
import type { PlannedPayload } from '../../batch/plan-types.js';
import { CliError } from '../cli-error.js';
import type { CliIo, Command } from '../command.js';
import { parseSplitArgs, type SplitArgs } from './split-args.js';
import { openSplitInput, type SplitInput } from './split-input.js';
import { LineFile, prepareOutDir, writeFileAtomic } from './split-output.js';
import { SplitProgress, type SplitCounts } from './split-progress.js';
import { printSplitSummary, type SplitSummary } from './split-summary.js';

const usage = `Usage: ps-attendance split <input|-> --out-dir <dir> [options]

Turns flat attendance records (the members of tables.attendance), as NDJSON (one record per line)
or a JSON array, into payload files the API accepts:
  batch_daily_time-0001.json, ...           Daily/Time records, at most --batch-size per payload
  meeting_interval-<studentid>-<date>.json   Meeting/Interval records of one student on one day
  rejects.ndjson                             every record that fails the contract, with its input
                                             line and diagnostics (always written; empty when none)
  warnings.ndjson                            warnings about the written payloads (duplicate slots,
                                             overlapping meetings), when there are any

Options:
  -o, --out-dir <dir>   Folder to write to; created if missing; must be empty unless --force
  --batch-size <n>      Records per batch_daily_time payload, 1 to 200 (default 200)
  --sorted              Meeting/Interval records are sorted by studentid (as a number) then att_date:
                        each student-day is written as soon as the next begins (bounded memory);
                        an out-of-order record stops the split with an error naming its line
  --force               Use a non-empty --out-dir, deleting earlier split output there first
  --json                Print the summary as JSON
  -h, --help            Show this help

Exit codes: 0 every record is in a payload; 1 some records were rejected (see rejects.ndjson);
2 usage error, unreadable or malformed input (invalid JSON, out-of-order with --sorted), write error.
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
  async run(args, io) {
    try {
      const options = parseSplitArgs(args);
      if (options.help) {
        io.stdout.write(usage);
        return 0;
      }
      return await split(options, io);
    } catch (error) {
      const message = error instanceof CliError ? error.message : `internal error (${error instanceof Error ? error.message : String(error)}): please report it.`;
      io.stderr.write(`ps-attendance split: ${message}\n`);
      return 2;
    }
  },
};

async function split(options: SplitArgs, io: CliIo): Promise<number> {
  const input = await openSplitInput(options.input, io);
  const dir = resolve(io.cwd, options.outDir);
  await prepareOutDir(dir, options.outDir, options.force);
  const counts: SplitCounts = { records: 0, planned: 0, payloads: 0, rejected: 0 };
  const files = { batch_daily_time: 0, meeting_interval: 0 };
  const rejects = new LineFile(dir, 'rejects.ndjson', true);
  const warnings = new LineFile(dir, 'warnings.ndjson', false);
  const progress = new SplitProgress(io);
  let line = 0;
  async function* source(): AsyncGenerator<unknown> {
    for await (const record of input.records) {
      line = record.line;
      counts.records++;
      progress.update(counts);
      yield record.value;
    }
  }
  let failure: CliError | undefined;
  try {
    // The planner yields the events of record i before reading record i + 1, so `line` is its line.
    for await (const event of planPayloadStream(source(), { batchSize: options.batchSize, sorted: options.sorted })) {
      if (event.kind === 'rejected') {
        const { index, diagnostics, record } = event.rejected;
        await rejects.write({ line, index, diagnostics, record });
        counts.rejected++;
        continue;
      }
      const planned = event.planned;
      const name = fileName(planned, ++files[planned.endpoint]);
      writeFileAtomic(dir, name, `${JSON.stringify(planned.payload, null, 2)}\n`);
      counts.payloads++;
      counts.planned += planned.indices.length;
      for (const d of planned.diagnostics) await warnings.write({ file: name, index: planned.indices[d.recordIndex ?? 0], ...d });
    }
  } catch (error) {
    failure = knownFailure(error, input, line, options.outDir);
  } finally {
    progress.clear();
  }
  try {
    await rejects.close();
    await warnings.close();
  } catch (error) {
    failure ??= knownFailure(error, input, line, options.outDir);
  }
  const summary: SplitSummary = { input: input.label, outDir: options.outDir, complete: failure === undefined, ...counts, pending: counts.records - counts.planned - counts.rejected, files, warnings: warnings.count };
  if (failure !== undefined) io.stderr.write(`ps-attendance split: ${failure.message}\n`);
  printSplitSummary(summary, options.json, io);
  if (failure !== undefined) return 2;
  return counts.rejected > 0 ? 1 : 0;
}

function fileName(planned: PlannedPayload, ordinal: number): string {
  if (planned.endpoint === 'meeting_interval') return `meeting_interval-${planned.studentid}-${planned.att_date}.json`;
  return `batch_daily_time-${String(ordinal).padStart(4, '0')}.json`;
}

// Bad input, an order broken under --sorted, or a failed write: one line for the user. Anything else is a bug.
function knownFailure(error: unknown, input: SplitInput, line: number, outDir: string): CliError {
  if (error instanceof CliError) return error;
  if (error instanceof PlanOrderError) return orderFailure(error, input, line);
  if (error instanceof Error && 'syscall' in error) return new CliError(`--out-dir ${outDir}: writing the output failed (${error.message}).`);
  throw error;
}

function orderFailure(error: PlanOrderError, input: SplitInput, line: number): CliError {
  const { studentDay: day, previous } = error;
  return new CliError(
    `${input.label}:${line}: student ${day.studentid} on ${day.att_date} comes after student ${previous.studentid} on ${previous.att_date}, ` +
      'but --sorted declares Meeting/Interval records sorted by studentid (as a number) then att_date: sort the input that way, or drop --sorted.',
  );
}
