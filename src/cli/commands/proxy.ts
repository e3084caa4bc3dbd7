import { CliError } from '../cli-error.js';
import type { Command } from '../command.js';
import { listenAndAnnounce } from '../http/listen-and-announce.js';
import { openExchangeLog, type ExchangeLogSink } from '../http/open-exchange-log.js';
import { packageVersion } from '../package-version.js';

const usage = `Usage: ps-attendance proxy --upstream <URL> [options]

A local HTTP proxy in front of a PowerSchool (test) server that checks the traffic against the
contract. Point your client at the proxy's URL instead of the server's. Every request to
/ws/attendance/{daily_time,batch_daily_time,meeting_interval} is checked with validate() and
/oauth/access_token for its credentials and grant; every answer against the response schemas and
for consistency with its request (one result per record, in order, counts that add up, listed
statuses, the token reply's shape). Other paths are forwarded unchecked.

One line per exchange goes to stderr: "#3 POST /ws/attendance/daily_time → 200: ok", or what was
wrong and where (code, request/response, JSON Pointer). Once it listens it prints one JSON line on
stdout:  {"event":"ready","command":"proxy","url":"http://127.0.0.1:41234","pid":4242,"upstream":"…"}
SIGINT or SIGTERM stops it: in-flight requests finish, the recording is written, exit 0.

Options:
  -u, --upstream <url>       The server to forward to (required), e.g. https://ps-test.district.org
      --block                Answer a payload validate() rejects with the mock's 400 locally and
                             never send it upstream (the safe mode for a shared test server)
  -r, --record <file.har>    Write the exchanges as HAR 1.2, rewritten atomically after each one,
                             mode 0600, with Authorization, cookies, the client secret and every
                             access token replaced by [REDACTED] (check it: ps-attendance verify)
      --upstream-timeout <ms> No answer from the server within this: 504 (default 30000); a refused
                             connection, unknown host or TLS failure: 502. Both with a JSON message.
      --host <addr>          Address to bind (default 127.0.0.1: this machine only)
  -p, --port <n>             Port; 0 picks a free one (default 0)
      --ready-file <path>    Also write the ready line to this file (atomically)
      --log <path|->         One JSON line per exchange (as serve --log), to a file or - (stdout)
      --max-body <size>      Larger request bodies get 413 without being read (default 10MB)
      --max-response <size>  Larger answers on checked routes are cut off and become a 502 (default 100MB;
                             other routes are streamed, unchecked)
      --headers-timeout <ms> Time allowed for a request's headers (default 10000)
      --request-timeout <ms> Time allowed for a whole request (default 60000)
  -h, --help                 Show this help

A self-signed test server: NODE_EXTRA_CA_CERTS=ca.pem ps-attendance proxy --upstream https://…

Exit codes: 0 stopped by SIGINT/SIGTERM; 2 usage error, port in use, recording not writable.
`;

/**
 * \`ps-attendance proxy\`: the validating proxy (see docs/checking-your-server.md), on the CLI's HTTP
 * layer (same readiness, port, host and shutdown behaviour as \`serve\`); resolves to 0 once a
 * signal stopped it gracefully and the recording is written.
 *
 * @example
 * ```ts
 * const code = await proxyCommand.run(['--upstream', 'https://ps-test.example', '--record', 'session.har'], io);
 * ```
 */
export const proxyCommand: Command = {
  name: 'proxy',
  summary: 'Check the traffic to a PowerSchool (test) server against the contract; --record a redacted HAR',
  usage,
  async run(args, io) {
    let log: ExchangeLogSink | undefined;
    try {
      const { parseProxyOptions } = await import('../proxy/proxy-options.js');
      const options = parseProxyOptions(args, io.cwd);
      if (options.help) {
        io.stdout.write(usage);
        return 0;
      }
      const [{ proxyHandler }, { HarRecorder }] = await Promise.all([import('../proxy/proxy-handler.js'), import('../proxy/har-recorder.js')]);
      const report = (line: string): void => void io.stderr.write(`ps-attendance proxy: ${line}\n`);
      const recorder = options.record === undefined ? undefined : new HarRecorder(options.record, packageVersion(), report);
      try {
        recorder?.flush();
      } catch (error) {
        throw new CliError(`--record ${options.record ?? ''}: cannot write it (${(error as NodeJS.ErrnoException).code ?? String(error)}).`);
      }
      log = await openExchangeLog(options.log, 'proxy', io);
      const tally = { exchanges: 0, withErrors: 0, blocked: 0, upstreamErrors: 0 };
      const upstream = options.upstream.href.replace(/\/$/, '');
      const { stopped } = await listenAndAnnounce(
        {
          host: options.host,
          port: options.port,
          maxBodyBytes: options.maxBodyBytes,
          headersTimeoutMs: options.headersTimeoutMs,
          requestTimeoutMs: options.requestTimeoutMs,
          handler: proxyHandler({ upstream: options.upstream, block: options.block, timeoutMs: options.upstreamTimeoutMs, maxResponseBytes: options.maxResponseBytes, report, tally, ...(recorder ? { recorder } : {}) }),
          ...(log.onExchange === undefined ? {} : { onExchange: log.onExchange }),
        },
        { command: 'proxy', readyFile: options.readyFile, fields: { upstream, ...(options.block ? { block: 'true' } : {}) }, stdout: io.stdout },
      );
      await stopped;
      let saved = '';
      if (recorder !== undefined) {
        try {
          recorder.flush();
          saved = `; recording: ${options.record ?? ''}`;
        } catch (error) {
          saved = `; the recording could not be written (${(error as NodeJS.ErrnoException).code ?? String(error)})`;
        }
      }
      report(`stopped: ${tally.exchanges} exchanges, ${tally.withErrors} with errors, ${tally.blocked} blocked, ${tally.upstreamErrors} upstream failures${saved}.`);
      return 0;
    } catch (error) {
      if (!(error instanceof CliError)) throw error;
      io.stderr.write(`ps-attendance proxy: ${error.message}\n`);
      return error.exitCode;
    } finally {
      log?.close();
    }
  },
};
