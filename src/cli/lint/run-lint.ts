import { statSync } from 'node:fs';
import { CliError } from '../cli-error.js';
import type { CliIo } from '../command.js';
import { displayPath } from '../format/display-path.js';
import { loadFormatter } from '../format/formatter.js';
import { packageVersion } from '../package-version.js';
import { collectTargets } from './collect-targets.js';
import { ConfigResolver } from './config-resolver.js';
import type { LintOptions } from './lint-options.js';
import { toLintResult, type LintResult } from './lint-result.js';
import { lintContext, lintFile, type FileOutcome, type LintJob, type LintSetup } from './lint-file.js';
import { writeOutput } from '../io/write-output.js';
import { useColour } from './use-colour.js';

/**
 * Runs `ps-attendance lint` with parsed options: collects the files, lints each one, prints the
 * report, and returns the exit code: 0 clean (warnings within `--max-warnings`), 1 lint errors or
 * too many warnings, 2 when any argument, file or config could not be used (each named on stderr in
 * one line).
 *
 * @example
 * ```ts
 * const code = await runLint(parseLintOptions(['examples/']), io);
 * ```
 */
export async function runLint(options: LintOptions, io: CliIo): Promise<number> {
  if (options.patterns.length === 0) throw new CliError('no files given: pass files, directories, globs, or - for standard input (see ps-attendance lint --help).');
  const show = (path: string): string => displayPath(path, io.cwd);
  const debug = options.debug ? (line: string) => io.stderr.write(`[debug] ${line}\n`) : () => {};
  const configs = new ConfigResolver();
  const setup: LintSetup = { cwd: io.cwd, endpoint: options.endpoint, fix: options.fix, encoding: options.encoding, stdinFilename: options.stdinFilename, pluginXml: options.pluginXml };
  const context = await lintContext(setup, io.stdin, configs);
  const targets = await collectTargets(options.patterns, io.cwd, configs, show);
  for (const path of targets.ignored) debug(`${show(path)}: skipped, a config's "ignores" matches it`);
  // Checked before any file is linted (or fixed): a report that cannot be written fails at once.
  const outputFile = options.outputFile === undefined ? undefined : await import('../io/output-file.js');
  const reportPath = options.outputFile === undefined ? undefined : outputFile?.prepareOutputFile(options.outputFile, { cwd: io.cwd, flag: '--output-file', inputs: targets.files });
  const problems: CliError[] = [...targets.errors];
  const results: LintResult[] = [];
  const jobs = targets.files.map((file, index): LintJob => ({ index, file, dryRun: options.fixDryRun || (options.fix && !canWriteBack(file)), listedRegular: targets.listedRegular.has(file) }));
  for (const job of jobs) {
    const outcome = await lintFile(job, context);
    for (const line of outcome.debug) debug(line);
    if (outcome.result !== undefined) results.push(outcome.result);
    else if (outcome.problem !== undefined) problems.push(new CliError(outcome.problem));
    else throw Object.assign(new Error(outcome.internal.message), outcome.internal.stack === undefined ? {} : { stack: outcome.internal.stack });
  }

  const warningCount = results.reduce((sum, r) => sum + r.warningCount, 0);
  const reported = options.quiet ? results.map(errorsOnly) : results;
  const format = await loadFormatter(options.format);
  const toFile = options.outputFile !== undefined;
  const report = format(reported, { cwd: io.cwd, colour: !toFile && useColour(options.color, io), version: packageVersion() });
  if (reportPath !== undefined) outputFile?.writeOutputFile(reportPath, report, `--output-file ${options.outputFile ?? ''}`);
  else await writeOutput(io.stdout, report);

  if (options.fixDryRun || (options.fix && targets.files.some((file) => !canWriteBack(file)))) {
    const { fixDiff } = await import('../format/fix-diff.js');
    const diffs = results.filter((r) => r.output !== undefined && r.source !== undefined).map((r) => fixDiff(show(r.filePath), r.source ?? '', r.output ?? ''));
    const stream = options.format === 'stylish' && !toFile ? io.stdout : io.stderr;
    await writeOutput(stream, diffs.length === 0 ? 'ps-attendance: --fix-dry-run: nothing to fix.\n' : diffs.join(''), stream === io.stdout ? 'standard output' : 'standard error');
  }
  await writeOutput(io.stderr, problems.map((problem) => `ps-attendance: ${problem.message}\n`).join(''), 'standard error');

  if (problems.length > 0) return 2;
  if (results.some((r) => r.errorCount > 0)) return 1;
  if (options.maxWarnings >= 0 && warningCount > options.maxWarnings) {
    await writeOutput(io.stderr, `ps-attendance found too many warnings (maximum: ${options.maxWarnings}).\n`, 'standard error');
    return 1;
  }
  return 0;
}

/**
 * Whether `--fix` can write a target back: standard input, a pipe, a FIFO or a device cannot, so
 * their fixes are shown as a diff (as with --fix-dry-run) instead.
 */
function canWriteBack(file: string): boolean {
  if (file === '-') return false;
  try {
    return statSync(file).isFile();
  } catch {
    return true; // Reading it will say what is wrong.
  }
}

function errorsOnly(result: LintResult): LintResult {
  const messages = result.messages.filter((m) => m.severity === 2);
  const fixed = result.output !== undefined && result.source !== undefined ? { source: result.source, output: result.output } : undefined;
  return toLintResult(result.filePath, result.endpoint, messages, fixed);
}
