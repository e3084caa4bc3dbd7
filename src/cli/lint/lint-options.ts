import { endpointIds, isEndpointId, type EndpointId } from '../../endpoints.js';
import { closestName } from '../../suggest.js';
import { CliError } from '../cli-error.js';
import { parseCommandLine } from '../parse-command-line.js';
import type { InputEncoding } from '../io/text-decoder.js';
import { formatNames, isFormatName, type FormatName } from '../format/formatter.js';

/**
 * The parsed `lint` command line.
 *
 * @example
 * ```ts
 * const options: LintOptions = parseLintOptions(['examples/', '--quiet']);
 * ```
 */
export interface LintOptions {
  readonly patterns: readonly string[];
  readonly endpoint: EndpointId | undefined;
  readonly format: FormatName;
  readonly outputFile: string | undefined;
  readonly quiet: boolean;
  /** -1 when not set (any number of warnings passes). */
  readonly maxWarnings: number;
  readonly fix: boolean;
  readonly fixDryRun: boolean;
  readonly stdinFilename: string | undefined;
  /** How input bytes become text: `utf8` (default, strict) or `latin1` (`--encoding`). */
  readonly encoding: InputEncoding;
  readonly pluginXml: string | undefined;
  /** `true`/`false` from --color/--no-color; `undefined` to decide from the terminal and environment. */
  readonly color: boolean | undefined;
  readonly debug: boolean;
  readonly help: boolean;
  readonly version: boolean;
}

/**
 * Parses the `lint` arguments; a mistake is a {@link CliError} (exit code 2) saying what to use.
 *
 * @example
 * ```ts
 * parseLintOptions(['examples/', '--format', 'json']).format; // 'json'
 * ```
 */
export function parseLintOptions(args: readonly string[]): LintOptions {
  const { values, positionals } = parseCommandLine('lint', args, {
    endpoint: { type: 'string', short: 'e' },
    format: { type: 'string', short: 'f' },
    'output-file': { type: 'string', short: 'o' },
    quiet: { type: 'boolean', short: 'q' },
    'max-warnings': { type: 'string' },
    fix: { type: 'boolean' },
    'fix-dry-run': { type: 'boolean' },
    'stdin-filename': { type: 'string' },
    encoding: { type: 'string' },
    'plugin-xml': { type: 'string' },
    color: { type: 'boolean' },
    'no-color': { type: 'boolean' },
    debug: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
    version: { type: 'boolean', short: 'v' },
  });
  const endpoint = values.endpoint;
  if (endpoint !== undefined && !isEndpointId(endpoint)) {
    const suggestion = closestName(endpoint, endpointIds);
    const hint = suggestion === undefined ? '' : ` Did you mean ${suggestion}?`;
    throw new CliError(`--endpoint ${endpoint}: unknown endpoint.${hint} Use one of ${endpointIds.join(', ')}.`);
  }
  const format = values.format ?? 'stylish';
  if (!isFormatName(format)) {
    const suggestion = closestName(format, formatNames);
    const hint = suggestion === undefined ? '' : ` Did you mean ${suggestion}?`;
    throw new CliError(`--format ${format}: unknown format.${hint} Use one of ${formatNames.join(', ')}.`);
  }
  let maxWarnings = -1;
  if (values['max-warnings'] !== undefined) {
    const raw = values['max-warnings'];
    if (!/^(0|[1-9][0-9]*)$/.test(raw)) throw new CliError(`--max-warnings ${raw}: expected a whole number of warnings (0 or more).`);
    maxWarnings = Number(raw);
  }
  const encoding = parseEncoding(values.encoding);
  if (values.color && values['no-color']) throw new CliError('--color and --no-color contradict each other: pass one.');
  return {
    patterns: positionals,
    endpoint,
    format,
    outputFile: values['output-file'],
    quiet: values.quiet ?? false,
    maxWarnings,
    fix: values.fix ?? false,
    fixDryRun: values['fix-dry-run'] ?? false,
    stdinFilename: values['stdin-filename'],
    encoding,
    pluginXml: values['plugin-xml'],
    color: values.color ? true : values['no-color'] ? false : undefined,
    debug: values.debug ?? false,
    help: values.help ?? false,
    version: values.version ?? false,
  };
}

const encodings: Readonly<Record<string, InputEncoding>> = { utf8: 'utf8', 'utf-8': 'utf8', latin1: 'latin1', 'latin-1': 'latin1', 'iso-8859-1': 'latin1' };

function parseEncoding(value: string | undefined): InputEncoding {
  if (value === undefined) return 'utf8';
  const encoding = encodings[value.toLowerCase()];
  if (encoding === undefined) throw new CliError(`--encoding ${value}: unknown encoding. Use utf8 (the default; JSON is UTF-8) or latin1.`);
  return encoding;
}
