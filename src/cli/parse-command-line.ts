import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CliError } from './cli-error.js';
import { closestName } from '../suggest.js';

/** The options table of a subcommand, as node:util's parseArgs takes it. */
export type CommandOptions = NonNullable<ParseArgsConfig['options']>;

/** What {@link parseCommandLine} returns: the typed `values` and the `positionals`. */
export type ParsedCommandLine<O extends CommandOptions> = ReturnType<
  typeof parseArgs<{ args: string[]; allowPositionals: true; strict: true; options: O }>
>;

/**
 * Parses a subcommand's arguments strictly (unknown flags are errors, positionals allowed); a
 * mistake becomes a one-line {@link CliError} in our words, never Node's raw parseArgs text: an
 * unknown option names the closest known one (`--fixx: unknown option. Did you mean --fix?`), and
 * every message points at the subcommand's `--help`.
 *
 * @example
 * ```ts
 * const { values, positionals } = parseCommandLine('split', ['in.ndjson', '-o', 'out'], {
 *   'out-dir': { type: 'string', short: 'o' },
 * });
 * // values['out-dir'] === 'out', positionals[0] === 'in.ndjson'
 * ```
 */
export function parseCommandLine<const O extends CommandOptions>(command: string, args: readonly string[], options: O): ParsedCommandLine<O> {
  try {
    return parseArgs({ args: [...args], allowPositionals: true, strict: true, options });
  } catch (error) {
    throw new CliError(`${explain(error, options)} (see ps-attendance ${command} --help).`);
  }
}

function explain(error: unknown, options: CommandOptions): string {
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
  const quoted = /'([^']+)'/.exec(message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const flag = quoted.split('=')[0] ?? quoted;
    const known = Object.entries(options).flatMap(([name, option]) => [`--${name}`, ...(option.short === undefined ? [] : [`-${option.short}`])]);
    const suggestion = flag.startsWith('--') ? closestName(flag, known.filter((k) => k.startsWith('--'))) : undefined;
    return `${flag}: unknown option.${suggestion === undefined ? '' : ` Did you mean ${suggestion}?`} To pass a path that starts with -, put it after --`;
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const flag = /--[\w-]+/.exec(quoted)?.[0] ?? quoted;
    if (/argument missing/.test(message)) return `${flag} needs a value`;
    if (/does not take an argument/.test(message)) return `${flag} takes no value`;
  }
  return message;
}
