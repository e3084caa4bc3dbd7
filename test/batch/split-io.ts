// A fake CliIo and a scratch folder for the split command tests.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import type { CliIo } from '../../src/cli/command.js';
import { runSplitCommand } from '../../src/cli/commands/split.js';
import type { SplitFs } from '../../src/cli/commands/split-output.js';

export interface SplitRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** A fresh temporary folder. */
export function scratch(): string {
  return mkdtempSync(join(tmpdir(), 'split-test-'));
}

/** Runs the split command in `cwd` with `stdin` text and captured output; `fs` replaces its file writes, `stdout` its standard output. */
export async function runSplit(
  args: string[],
  cwd: string,
  options: { stdin?: string; tty?: boolean; fs?: SplitFs; stdout?: CliIo['stdout'] } = {},
): Promise<SplitRun> {
  const stdout = collect();
  const stderr = collect(options.tty === true);
  const io: CliIo = { stdin: Readable.from([options.stdin ?? '']), stdout: options.stdout ?? stdout.stream, stderr: stderr.stream, cwd, env: {} };
  const code = await runSplitCommand(args, io, options.fs);
  await new Promise((done) => setImmediate(done));
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

function collect(tty = false): { stream: PassThrough & { isTTY?: boolean }; text: () => string } {
  const stream: PassThrough & { isTTY?: boolean } = new PassThrough();
  if (tty) stream.isTTY = true;
  const chunks: string[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk.toString()));
  return { stream, text: () => chunks.join('') };
}

/** The NDJSON text of `records`, one per line. */
export function ndjson(records: unknown[]): string {
  return records.map((r) => JSON.stringify(r)).join('\n') + '\n';
}

/** The files of `dir`, sorted by name. */
export function filesIn(dir: string): string[] {
  return readdirSync(dir).sort();
}

/** The payload files of `dir` (not summary.json), sorted by name. */
export function payloadFilesIn(dir: string): string[] {
  return filesIn(dir).filter((name) => /^(?:batch_daily_time|meeting_interval)-.*\.json$/.test(name));
}

/** The attendance tables of a payload file, in order. */
export function recordsOfFile(dir: string, name: string): unknown[] {
  const payload = JSON.parse(readFileSync(join(dir, name), 'utf8')) as { record: { tables: { attendance: unknown } }[] };
  return payload.record.map((r) => r.tables.attendance);
}

/** The parsed lines of an NDJSON file. */
export function linesOf(dir: string, name: string): Record<string, unknown>[] {
  return readFileSync(join(dir, name), 'utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

/** The JSON summary `split --json` prints and writes last as summary.json, as the tests read it. */
export interface SplitSummary {
  complete: boolean;
  records: number;
  planned: number;
  rejected: number;
  pending: number;
  payloads: number;
  files: { batch_daily_time: number; meeting_interval: number };
  warnings: number;
}

/** The summary `split --json` printed. */
export const summaryOf = (stdout: string): SplitSummary => JSON.parse(stdout) as SplitSummary;
