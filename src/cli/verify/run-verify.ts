import { resolve } from 'node:path';
import { checkExchange, type CheckedExchange } from '../../exchange/check-exchange.js';
import { fidelityMarkdown, fidelityReport } from '../../exchange/fidelity-report.js';
import { readRecording } from '../../exchange/read-recording.js';
import { RecordingError } from '../../exchange/recording-error.js';
import { CliError } from '../cli-error.js';
import type { CliIo } from '../command.js';
import { displayPath } from '../format/display-path.js';
import { prepareOutputFile, writeOutputFile } from '../io/output-file.js';
import { writeOutput } from '../io/write-output.js';
import { loadFormatter } from '../format/formatter.js';
import type { LintResult } from '../lint/lint-result.js';
import { useColour } from '../lint/use-colour.js';
import { packageVersion } from '../package-version.js';
import { verifyRuleDescriptions } from './check-descriptions.js';
import { parseRecordingText, readRecordingText } from './read-recording-text.js';
import type { VerifyOptions } from './verify-options.js';
import { verifyResult } from './verify-result.js';

/**
 * Runs `ps-attendance verify`: reads each recording, checks every exchange, and prints the report
 * (stylish, json, sarif or github like `lint`), or with `--fidelity` the fidelity report (markdown
 * or json) over all the recordings. Exit code: 0 no error (no contradicted behaviour with
 * `--fidelity`), 1 errors (contradictions), 2 a recording, flag or output that could not be used.
 *
 * @example
 * ```ts
 * const code = await runVerify(parseVerifyOptions(['session.har']), io);
 * ```
 */
export async function runVerify(options: VerifyOptions, io: CliIo): Promise<number> {
  if (options.files.length === 0) throw new CliError('no recordings given: pass HAR or NDJSON files, or - for standard input (see ps-attendance verify --help).');
  const inputs = options.files.filter((f) => f !== '-').map((f) => resolve(io.cwd, f));
  const reportPath = options.outputFile === undefined ? undefined : prepareOutputFile(options.outputFile, { cwd: io.cwd, flag: '--output-file', inputs });
  const problems: string[] = [];
  const results: LintResult[] = [];
  const checkedAll: CheckedExchange[] = [];
  for (const file of options.files) {
    const name = file === '-' ? '<stdin>' : displayPath(resolve(io.cwd, file), io.cwd);
    try {
      const text = await readRecordingText(file, name, io);
      const { exchanges } = readRecording(text, parseRecordingText);
      const several = options.files.length > 1;
      const checked = exchanges.map((l) => checkExchange(several ? { ...l.exchange, label: `${name} ${l.exchange.label}` } : l.exchange));
      checkedAll.push(...checked);
      results.push(verifyResult(file === '-' ? '<stdin>' : resolve(io.cwd, file), text, exchanges, checked));
    } catch (error) {
      if (error instanceof RecordingError) problems.push(`${name}: ${error.message}`);
      else if (error instanceof CliError) problems.push(error.message);
      else throw error;
    }
  }
  let report: string;
  let failed: boolean;
  if (options.fidelity) {
    const rows = fidelityReport(checkedAll.map((c) => c.view));
    const source = options.files.map((f) => (f === '-' ? '<stdin>' : f)).join(', ');
    report = options.format === 'json' ? `${JSON.stringify({ source, behaviours: rows }, null, 2)}\n` : fidelityMarkdown(rows, source);
    failed = rows.some((row) => row.verdict === 'contradicted');
  } else {
    const format = await loadFormatter(options.format === 'markdown' ? 'stylish' : options.format);
    const shown = options.quiet ? results.map((r) => ({ ...r, messages: r.messages.filter((m) => m.severity === 2), warningCount: 0, fixableWarningCount: 0 })) : results;
    const colour = options.outputFile === undefined && useColour(options.color, io);
    report = format(shown, { cwd: io.cwd, colour, version: packageVersion(), rules: verifyRuleDescriptions(), command: 'verify' });
    failed = results.some((r) => r.errorCount > 0);
  }
  if (reportPath === undefined) await writeOutput(io.stdout, report);
  else writeOutputFile(reportPath, report, `--output-file ${options.outputFile ?? ''}`);
  await writeOutput(io.stderr, problems.map((problem) => `ps-attendance: ${problem}\n`).join(''), 'standard error');
  if (problems.length > 0) return 2;
  return failed ? 1 : 0;
}
