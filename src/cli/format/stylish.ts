import type { Formatter } from './formatter.js';

const ansi = { red: 31, yellow: 33, dim: 2, bold: 1, underline: 4 } as const;

/**
 * ESLint's default format: each file (absolute path) with its messages as aligned
 * `line:column  severity  message  rule` rows, then a summary with the problem counts and how many
 * `--fix` could repair. Colours only when the context says so.
 *
 * @example
 * ```ts
 * stylish(results, { cwd: '/repo', colour: false, version: '0.1.0' });
 * // /repo/examples/a.json
 * //   4:7  error  studentid must be …  id-format
 * //
 * // ✖ 1 problem (1 error, 0 warnings)
 * ```
 */
export const stylish: Formatter = (results, context) => {
  const paint = (code: number, text: string): string => (context.colour ? `\u001b[${code}m${text}\u001b[0m` : text);
  let out = '';
  let errors = 0;
  let warnings = 0;
  let fixableErrors = 0;
  let fixableWarnings = 0;
  for (const result of results) {
    errors += result.errorCount;
    warnings += result.warningCount;
    fixableErrors += result.fixableErrorCount;
    fixableWarnings += result.fixableWarningCount;
    if (result.messages.length === 0) continue;
    const rows = result.messages.map((m) => [
      `${m.line}:${m.column}`,
      m.severity === 2 ? 'error' : 'warning',
      m.message.replace(/[\r\n]+/g, ' '),
      m.ruleId,
    ] as const);
    const widths = [0, 1, 2].map((i) => Math.max(...rows.map((row) => row[i]?.length ?? 0)));
    out += `\n${paint(ansi.underline, result.filePath)}\n`;
    for (const [position, severity, message, rule] of rows) {
      const level = severity === 'error' ? paint(ansi.red, severity.padEnd(widths[1] ?? 0)) : paint(ansi.yellow, severity.padEnd(widths[1] ?? 0));
      out += `  ${paint(ansi.dim, position.padEnd(widths[0] ?? 0))}  ${level}  ${message.padEnd(widths[2] ?? 0)}  ${paint(ansi.dim, rule)}\n`;
    }
  }
  const total = errors + warnings;
  if (total === 0) return '';
  const colour = errors > 0 ? ansi.red : ansi.yellow;
  out += `\n${paint(colour, paint(ansi.bold, `✖ ${total} ${plural(total, 'problem')} (${errors} ${plural(errors, 'error')}, ${warnings} ${plural(warnings, 'warning')})`))}\n`;
  if (fixableErrors + fixableWarnings > 0) {
    out += `${paint(colour, paint(ansi.bold, `  ${fixableErrors} ${plural(fixableErrors, 'error')} and ${fixableWarnings} ${plural(fixableWarnings, 'warning')} potentially fixable with the \`--fix\` option.`))}\n`;
  }
  return `${out}\n`;
};

function plural(count: number, word: string): string {
  return count === 1 ? word : `${word}s`;
}
