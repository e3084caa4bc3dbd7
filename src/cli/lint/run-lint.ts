import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Diagnostic } from '../../diagnostic.js';
import { CliError } from '../cli-error.js';
import type { CliIo } from '../command.js';
import { displayPath } from '../format/display-path.js';
import { loadFormatter } from '../format/formatter.js';
import { packageVersion } from '../package-version.js';
import { collectTargets } from './collect-targets.js';
import { ConfigResolver } from './config-resolver.js';
import type { LintOptions } from './lint-options.js';
import { toLintResult, type LintResult } from './lint-result.js';
import { lintTarget } from './lint-target.js';
import { ioReason } from '../io/io-reason.js';
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
  const extraChecks = options.pluginXml === undefined ? undefined : await pluginChecks(resolve(io.cwd, options.pluginXml), options.pluginXml);
  const configs = new ConfigResolver();
  const targets = await collectTargets(options.patterns, io.cwd, configs, show);
  for (const path of targets.ignored) debug(`${show(path)}: skipped, a config's "ignores" matches it`);
  // Checked before any file is linted (or fixed): a report that cannot be written fails at once.
  const outputFile = options.outputFile === undefined ? undefined : await import('../io/output-file.js');
  const reportPath = options.outputFile === undefined ? undefined : outputFile?.prepareOutputFile(options.outputFile, { cwd: io.cwd, flag: '--output-file', inputs: targets.files });
  const problems: CliError[] = [...targets.errors];
  const results: LintResult[] = [];
  for (const file of targets.files) {
    try {
      results.push(
        await lintTarget(file, {
          cwd: io.cwd,
          configs,
          endpoint: options.endpoint,
          fix: options.fix,
          dryRun: options.fixDryRun || (options.fix && !canWriteBack(file)),
          extraChecks,
          stdin: io.stdin,
          encoding: options.encoding,
          stdinFilename: options.stdinFilename,
          show,
          debug,
        }),
      );
    } catch (error) {
      if (!(error instanceof CliError)) throw error;
      problems.push(error);
    }
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

async function pluginChecks(path: string, name: string): Promise<(payload: unknown) => readonly Diagnostic[]> {
  let xml: string;
  try {
    xml = readFileSync(path, 'utf8');
  } catch (error) {
    throw new CliError(`--plugin-xml ${name}: ${ioReason(error)}.`);
  }
  const [{ parsePluginXml }, { checkFieldAccess }] = await Promise.all([
    import('../../plugin-access/parse-plugin-xml.js'),
    import('../../plugin-access/check-field-access.js'),
  ]);
  let grants: ReturnType<typeof parsePluginXml>;
  try {
    grants = parsePluginXml(xml);
  } catch (error) {
    throw new CliError(`--plugin-xml ${name}: ${error instanceof Error ? error.message : String(error)}`);
  }
  return (payload) => checkFieldAccess(payload, grants);
}
