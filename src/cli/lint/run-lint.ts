import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Diagnostic } from '../../diagnostic.js';
import { CliError } from '../cli-error.js';
import type { CliIo } from '../command.js';
import { displayPath } from '../format/display-path.js';
import { loadFormatter } from '../format/formatter.js';
import { packageVersion } from '../package-version.js';
import { collectTargets } from './collect-targets.js';
import { ConfigResolver } from './config-resolver.js';
import { decodeSource, type SourceText } from './decode-source.js';
import { formatBytes } from './file-size.js';
import type { LintOptions } from './lint-options.js';
import { toLintResult, type LintResult } from './lint-result.js';
import { lintTarget } from './lint-target.js';
import { ioReason } from './read-source-file.js';
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
          dryRun: options.fixDryRun || (options.fix && file === '-'),
          extraChecks,
          readStdin: (maxBytes) => readStdin(io, maxBytes, options.stdinFilename ?? '<stdin>'),
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
  if (options.outputFile !== undefined) writeReport(resolve(io.cwd, options.outputFile), report, options.outputFile);
  else io.stdout.write(report);

  if (options.fixDryRun || (options.fix && targets.files.includes('-'))) {
    const { fixDiff } = await import('../format/fix-diff.js');
    const diffs = results.filter((r) => r.output !== undefined && r.source !== undefined).map((r) => fixDiff(show(r.filePath), r.source ?? '', r.output ?? ''));
    const stream = options.format === 'stylish' && !toFile ? io.stdout : io.stderr;
    stream.write(diffs.length === 0 ? 'ps-attendance: --fix-dry-run: nothing to fix.\n' : diffs.join(''));
  }
  for (const problem of problems) io.stderr.write(`ps-attendance: ${problem.message}\n`);

  if (problems.length > 0) return 2;
  if (results.some((r) => r.errorCount > 0)) return 1;
  if (options.maxWarnings >= 0 && warningCount > options.maxWarnings) {
    io.stderr.write(`ps-attendance found too many warnings (maximum: ${options.maxWarnings}).\n`);
    return 1;
  }
  return 0;
}

function errorsOnly(result: LintResult): LintResult {
  const messages = result.messages.filter((m) => m.severity === 2);
  const fixed = result.output !== undefined && result.source !== undefined ? { source: result.source, output: result.output } : undefined;
  return toLintResult(result.filePath, result.endpoint, messages, fixed);
}

function writeReport(path: string, report: string, name: string): void {
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, report);
  } catch (error) {
    throw new CliError(`--output-file ${name}: cannot write the report (${ioReason(error)}).`);
  }
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

async function readStdin(io: CliIo, maxBytes: number, name: string): Promise<SourceText> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of io.stdin) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk as Uint8Array);
    size += buffer.length;
    if (size > maxBytes) throw new CliError(`${name}: standard input is over the ${formatBytes(maxBytes)} limit: raise "maxFileSize" in ps-attendance.config.json if it is really a payload.`);
    chunks.push(buffer);
  }
  return decodeSource(Buffer.concat(chunks), name);
}
