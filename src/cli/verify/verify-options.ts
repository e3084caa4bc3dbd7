import { CliError } from '../cli-error.js';
import { isFormatName, type FormatName } from '../format/formatter.js';
import { parseCommandLine } from '../parse-command-line.js';

/**
 * The parsed options of `ps-attendance verify`.
 *
 * @example
 * ```ts
 * const options: VerifyOptions = parseVerifyOptions(['session.har', '--fidelity']);
 * ```
 */
export interface VerifyOptions {
  readonly files: readonly string[];
  /** A lint format, or `markdown` (the fidelity report's default). */
  readonly format: FormatName | 'markdown';
  readonly fidelity: boolean;
  readonly outputFile: string | undefined;
  readonly quiet: boolean;
  readonly color: boolean | undefined;
  readonly help: boolean;
}

/**
 * Parses `ps-attendance verify`'s arguments; a bad flag or format is a one-line {@link CliError}.
 *
 * @example
 * ```ts
 * parseVerifyOptions(['a.har', '--format', 'sarif']).format; // 'sarif'
 * ```
 */
export function parseVerifyOptions(args: readonly string[]): VerifyOptions {
  const { values, positionals } = parseCommandLine('verify', args, {
    format: { type: 'string', short: 'f' },
    fidelity: { type: 'boolean' },
    'output-file': { type: 'string', short: 'o' },
    quiet: { type: 'boolean', short: 'q' },
    color: { type: 'boolean' },
    'no-color': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  const fidelity = values.fidelity === true;
  const format = values.format ?? (fidelity ? 'markdown' : 'stylish');
  if (fidelity && format !== 'markdown' && format !== 'json') throw new CliError(`--fidelity prints markdown or json, not "${format}" (see ps-attendance verify --help).`);
  if (!fidelity && !isFormatName(format)) throw new CliError(`unknown --format "${format}": use stylish, json, sarif or github (see ps-attendance verify --help).`);
  return {
    files: positionals,
    format: format as FormatName | 'markdown',
    fidelity,
    outputFile: values['output-file'],
    quiet: values.quiet === true,
    color: values['no-color'] === true ? false : values.color,
    help: values.help === true,
  };
}
