import { CliError } from '../cli-error.js';
import type { Command } from '../command.js';

const usage = `Usage: ps-attendance verify [options] <recording|->...

Checks recorded exchanges with PowerSchool's attendance API against the contract, offline: every
request to the three attendance endpoints with the same checks as lint, every response against the
response schemas and for consistency with its request (one result per record, in order, counts
that add up, listed statuses, the token reply's shape).

Recordings: HAR 1.2 (ps-attendance proxy --record, a browser's developer tools, mitmproxy, Postman)
or NDJSON, one exchange per line:
  {"request":{"method":"POST","url":"…","headers":{…},"body":"…"},"response":{"status":200,"headers":{…},"body":"…"}}

Options:
  -f, --format <name>        stylish (default) | json | sarif | github;
                             with --fidelity: markdown (default) | json
      --fidelity             report, for each modelled behaviour of the contract, whether the
                             recordings confirm it, contradict it (and where) or do not show it
  -o, --output-file <path>   write the report to a file instead of standard output
  -q, --quiet                report errors only
      --color, --no-color    force colour on or off (NO_COLOR always turns it off)
  -h, --help                 show this help

Exit codes: 0 no error (with --fidelity: nothing contradicted), 1 errors (contradictions),
2 usage error or a recording that cannot be read (one line on stderr naming the file).

Examples:
  ps-attendance verify session.har
  ps-attendance verify session.har --format sarif -o verify.sarif
  ps-attendance verify session.har --fidelity > fidelity.md
`;

/**
 * The `verify` subcommand: see {@link runVerify} for what it does.
 *
 * @example
 * ```ts
 * const exitCode = await verifyCommand.run(['session.har', '--fidelity'], io);
 * ```
 */
export const verifyCommand: Command = {
  name: 'verify',
  summary: 'Check recorded exchanges (HAR, NDJSON) against the contract; --fidelity for the fidelity report',
  usage,
  async run(args, io) {
    try {
      const { parseVerifyOptions } = await import('../verify/verify-options.js');
      const options = parseVerifyOptions(args);
      if (options.help) {
        io.stdout.write(usage);
        return 0;
      }
      const { runVerify } = await import('../verify/run-verify.js');
      return await runVerify(options, io);
    } catch (error) {
      if (error instanceof CliError) {
        io.stderr.write(`ps-attendance: ${error.message}\n`);
        return error.exitCode;
      }
      io.stderr.write(`ps-attendance: internal error: ${error instanceof Error ? error.message : String(error)} (please report it).\n`);
      return 2;
    }
  },
};
