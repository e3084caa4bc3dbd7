import { CliError } from '../cli-error.js';
import type { Command } from '../command.js';
import { packageVersion } from '../package-version.js';

const usage = `Usage: ps-attendance lint [options] <file|directory|glob|->...

Checks PowerSchool attendance payloads (JSON request bodies) against the contract.
Directories are searched for *.json (honouring .gitignore, skipping node_modules).

Options:
  -e, --endpoint <id>        daily_time | batch_daily_time | meeting_interval
                             (default: from ps-attendance.config.json "files", else detected)
  -f, --format <name>        stylish (default) | json | sarif | github
  -o, --output-file <path>   write the report to a file instead of standard output
  -q, --quiet                report errors only
      --max-warnings <n>     exit 1 when there are more than n warnings
      --fix                  apply lossless fixes in place (atomically; untouched files stay untouched)
      --fix-dry-run          show what --fix would change, write nothing
      --stdin-filename <p>   the path standard input (-) stands for (config lookup, report)
      --encoding <name>      utf8 (default: invalid bytes are refused) | latin1
      --plugin-xml <file>    also check that plugin.xml grants FullAccess to every field written
      --color, --no-color    force colour on or off (NO_COLOR always turns it off)
      --debug                show config and endpoint choices, and stack traces of internal errors
  -h, --help                 show this help
  -v, --version              show the version

Exit codes: 0 no errors (and warnings within --max-warnings), 1 lint errors or too many warnings,
2 usage, file, config or internal error.

Examples:
  ps-attendance lint examples/
  ps-attendance lint "payloads/**/*.json" --format sarif --output-file lint.sarif
  cat payload.json | ps-attendance lint - --endpoint daily_time
`;

/**
 * The `lint` subcommand (also the default): see {@link runLint} for what it does.
 *
 * @example
 * ```ts
 * const exitCode = await lintCommand.run(['examples/', '--format', 'json'], io);
 * ```
 */
export const lintCommand: Command = {
  name: 'lint',
  summary: 'Check attendance payload files against the contract (default command)',
  usage,
  async run(args, io) {
    let debug = args.includes('--debug');
    try {
      const { parseLintOptions } = await import('../lint/lint-options.js');
      const options = parseLintOptions(args);
      debug = options.debug;
      if (options.help) {
        io.stdout.write(usage);
        return 0;
      }
      if (options.version) {
        io.stdout.write(`${packageVersion()}\n`);
        return 0;
      }
      const { runLint } = await import('../lint/run-lint.js');
      return await runLint(options, io);
    } catch (error) {
      if (error instanceof CliError) {
        io.stderr.write(`ps-attendance: ${error.message}\n`);
        return error.exitCode;
      }
      const reason = error instanceof Error ? error.message : String(error);
      io.stderr.write(debug && error instanceof Error && error.stack
        ? `ps-attendance: internal error: ${error.stack}\n`
        : `ps-attendance: internal error: ${reason} (rerun with --debug for the stack trace, and please report it).\n`);
      return 2;
    }
  },
};
