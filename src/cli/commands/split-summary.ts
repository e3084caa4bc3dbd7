import { join } from 'node:path';

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
 * The summary of a split as printed on standard output: a few lines of text, or one JSON object.
 *
 * @example
 * ```ts
 * io.stdout.write(formatSplitSummary(summary, false));
 * // split: 1000 records read from records.ndjson
 * //   997 in 6 payload files in out (5 batch_daily_time, 1 meeting_interval)
 * //   3 rejected: out/rejects.ndjson
 * ```
 */
export function formatSplitSummary(summary: SplitSummary, json: boolean): string {
  if (json) return `${JSON.stringify(summary)}\n`;
  const { files } = summary;
  const lines = [
    `split: ${summary.records} records read from ${summary.input}${summary.complete ? '' : ' before it stopped'}`,
    `  ${summary.planned} in ${summary.payloads} payload files in ${summary.outDir} (${files.batch_daily_time} batch_daily_time, ${files.meeting_interval} meeting_interval)`,
    `  ${summary.rejected} rejected: ${join(summary.outDir, 'rejects.ndjson')}`,
  ];
  if (summary.warnings > 0) lines.push(`  ${summary.warnings} warnings about the payloads: ${join(summary.outDir, 'warnings.ndjson')}`);
  if (summary.pending > 0) lines.push(`  ${summary.pending} in no file: the split stopped before writing them; fix the problem and rerun with --force`);
  if (!summary.complete) lines.push(`  the split did not finish: ${join(summary.outDir, 'summary.json')} says so, or is missing`);
  return `${lines.join('\n')}\n`;
}
