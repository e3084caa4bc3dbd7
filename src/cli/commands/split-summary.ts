import type { CliIo } from '../command.js';

/**
 * What a split did; `records` = `planned` + `rejected` + `pending`, always.
 *
 * @example
 * ```ts
 * const total = summary.planned + summary.rejected + summary.pending; // === summary.records
 * ```
 */
export interface SplitSummary {
  /** The input, as named on the command line (`<stdin>` for `-`). */
  readonly input: string;
  /** The output folder, as named on the command line. */
  readonly outDir: string;
  /** False when bad input stopped the split part-way. */
  readonly complete: boolean;
  /** Records read. */
  readonly records: number;
  /** Records written in payload files. */
  readonly planned: number;
  /** Records written to rejects.ndjson. */
  readonly rejected: number;
  /** Records read but in no file because the split stopped before their payload was complete (0 when complete). */
  readonly pending: number;
  /** Payload files written. */
  readonly payloads: number;
  /** Payload files written per endpoint. */
  readonly files: Readonly<Record<'batch_daily_time' | 'meeting_interval', number>>;
  /** Lines written to warnings.ndjson. */
  readonly warnings: number;
}

/**
 * Prints the summary of a split on standard output: a few lines of text, or one JSON object.
 *
 * @example
 * ```ts
 * printSplitSummary(summary, false, io);
 * // split: 1000 records read from records.ndjson
 * //   997 in 6 payload files in out (5 batch_daily_time, 1 meeting_interval)
 * //   3 rejected: out/rejects.ndjson
 * ```
 */
export function printSplitSummary(summary: SplitSummary, json: boolean, io: CliIo): void {
  if (json) {
    io.stdout.write(`${JSON.stringify(summary)}\n`);
    return;
  }
  const { files } = summary;
  const lines = [
    `split: ${summary.records} records read from ${summary.input}${summary.complete ? '' : ' before it stopped'}`,
    `  ${summary.planned} in ${summary.payloads} payload files in ${summary.outDir} (${files.batch_daily_time} batch_daily_time, ${files.meeting_interval} meeting_interval)`,
    `  ${summary.rejected} rejected: ${summary.outDir}/rejects.ndjson`,
  ];
  if (summary.warnings > 0) lines.push(`  ${summary.warnings} warnings about the payloads: ${summary.outDir}/warnings.ndjson`);
  if (summary.pending > 0) lines.push(`  ${summary.pending} not written: their payloads were still open when the split stopped; fix the input and rerun with --force`);
  io.stdout.write(`${lines.join('\n')}\n`);
}
