import { createPowerSchoolMockCore } from '../../mock/power-school-mock-core.js';
import { PluginXmlError } from '../../plugin-access/plugin-xml-error.js';
import { CliError } from '../cli-error.js';
import type { Command } from '../command.js';
import { listenAndAnnounce } from '../http/listen-and-announce.js';
import { openExchangeLog, type ExchangeLogSink } from '../http/open-exchange-log.js';
import { controlPrefix } from './serve-control.js';
import { parseServeOptions, serveEnvironment } from './serve-options.js';

const usage = `Usage: ps-attendance serve [options]

Runs the PowerSchool attendance mock (the one of ps-attendance-contract/msw) as an HTTP server, for
clients in any language: POST /oauth/access_token and POST /ws/attendance/{daily_time,
batch_daily_time,meeting_interval}, with the same checks, bodies, upsert store, Prefer: scenarios and
plugin.xml grants. Once it listens it prints one JSON line on stdout:
  {"event":"ready","command":"serve","url":"http://127.0.0.1:41234","pid":4242,"control":"…"}
and nothing else there (unless --log -). SIGINT or SIGTERM stops it: in-flight requests finish, exit 0.

Server:
  --host <addr>            Address to bind (default 127.0.0.1: this machine only)
  -p, --port <n>           Port; 0 picks a free one (default 0)
  --ready-file <path>      Also write the ready line to this file (atomically)
  --log <path|->           One JSON line per exchange, to a file or - (stdout)
  --no-control             Refuse the control API (${controlPrefix}/…: 404)
  --max-body <size>        Larger bodies get 413 without being read (default 10MB)
  --headers-timeout <ms>   Time allowed for a request's headers (default 10000)
  --request-timeout <ms>   Time allowed for a whole request (default 30000)
  -c, --config <file>      Read the "serve" section of this config (default: the nearest
                           ps-attendance.config.json or package.json "ps-attendance" key)

Mock (as createPowerSchoolMock's options; flags win over the environment, then the config):
  --base-url <url>         The origin written in success_message.ref (default: the server's URL);
                           a path in it becomes a prefix of every route
  --client-id <id>         Client id the token endpoint accepts (or ${serveEnvironment.clientId})
  --client-secret <secret> Its secret (or ${serveEnvironment.clientSecret}: keeps it out of shell history)
  --token-lifetime <s>     Lifetime of issued tokens in seconds (default 1814400)
  --plugin-xml <file>      The plugin's plugin.xml: writes to fields without FullAccess get 403
  --grants <f1,f2,…>       Or the ATTENDANCE fields with FullAccess, comma-separated
  --latency <ms>           Delay before every answer (default 0)
  --first-id <n>           Id of the first row inserted (default 100001)
  --keep-requests <n>      Requests kept for ${controlPrefix}/requests, oldest dropped (default 1000)
  -h, --help               Show this help

Control API (see ${controlPrefix}/openapi.json): GET ${controlPrefix}/records, GET ${controlPrefix}/requests,
POST ${controlPrefix}/reset, POST ${controlPrefix}/next-response {"code":500}, POST ${controlPrefix}/tokens {"lifetimeSeconds":0},
DELETE ${controlPrefix}/tokens, GET ${controlPrefix}/health.

Exit codes: 0 stopped by SIGINT/SIGTERM; 2 usage error, unreadable plugin.xml or config, port in use.
`;

/**
 * \`ps-attendance serve\`: the mock as a real HTTP server (see docs/any-language.md), on the
 * platform-free core and the CLI's HTTP layer; resolves to 0 once a signal stopped it gracefully.
 *
 * @example
 * ```ts
 * const code = await serveCommand.run(['--port', '0', '--ready-file', 'serve.ready'], {
 *   stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env,
 * });
 * ```
 */
export const serveCommand: Command = {
  name: 'serve',
  summary: 'Run the stateful PowerSchool mock as an HTTP server (for clients in any language)',
  usage,
  async run(args, io) {
    let log: ExchangeLogSink | undefined;
    try {
      const options = parseServeOptions(args, io.env, io.cwd);
      if (options.help) {
        io.stdout.write(usage);
        return 0;
      }
      let core;
      try {
        core = createPowerSchoolMockCore(options.mock);
      } catch (error) {
        if (error instanceof PluginXmlError) throw new CliError(`${options.pluginXmlPath ?? '--plugin-xml'}:${error.line}:${error.column}: ${error.message.replace(/^plugin\.xml line \d+, column \d+: /, '')}`);
        throw new CliError(error instanceof Error ? error.message.replace(/^createPowerSchoolMock: /, '') : String(error));
      }
      log = await openExchangeLog(options.log, 'serve', io);
      const { serveHandler } = await import('./serve-handler.js');
      const { stopped } = await listenAndAnnounce(
        {
          host: options.host,
          port: options.port,
          maxBodyBytes: options.maxBodyBytes,
          headersTimeoutMs: options.headersTimeoutMs,
          requestTimeoutMs: options.requestTimeoutMs,
          handler: serveHandler(core, { control: options.control }),
          // With --base-url the mock answers as that server: requests reach it under its origin (and path).
          ...(core.options.baseUrl === undefined ? {} : { requestBase: new URL(core.options.baseUrl).origin }),
          ...(log.onExchange === undefined ? {} : { onExchange: log.onExchange }),
        },
        { command: 'serve', readyFile: options.readyFile, fields: (url) => (options.control ? { control: `${url}${controlPrefix}` } : {}), stdout: io.stdout },
      );
      if (options.control && !/^(127\.\d+\.\d+\.\d+|::1|localhost)$/.test(options.host)) {
        io.stderr.write(`ps-attendance serve: warning: the control API (${controlPrefix}/) has no authentication and ${options.host} is reachable from other machines; pass --no-control unless that is intended.\n`);
      }
      await stopped;
      return 0;
    } catch (error) {
      if (!(error instanceof CliError)) throw error;
      io.stderr.write(`ps-attendance serve: ${error.message}\n`);
      return error.exitCode;
    } finally {
      log?.close();
    }
  },
};
