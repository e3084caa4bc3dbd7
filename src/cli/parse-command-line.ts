import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CliError } from './cli-error.js';

/** The options table of a subcommand, as node:util's parseArgs takes it. */
export type CommandOptions = NonNullable<ParseArgsConfig['options']>;

/** What {@link parseCommandLine} returns: the typed `values` and the `positionals`. */
export type ParsedCommandLine<O extends CommandOptions> = ReturnType<
  typeof parseArgs<{ args: string[]; allowPositionals: true; strict: true; options: O }>
>;

/**
 * Parses a subcommand's arguments strictly (unknown flags are errors, positionals allowed); a
 * mistake becomes a one-line {@link CliError} that points at the subcommand's `--help`.
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
    const reason = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    throw new CliError(`${reason} (see ps-attendance ${command} --help).`);
  }
}
