import { CliError } from '../cli-error.js';
import { readyLine, writeReadyFile } from './announce-ready.js';
import { startHttpServer, type HttpServerOptions, type RunningHttpServer } from './start-http-server.js';
import { stopOnSignals } from './stop-on-signals.js';

/**
 * How a long-running command announces itself once it listens.
 *
 * @example
 * ```ts
 * const announce: Announcement = { command: 'serve', readyFile: undefined, fields: {}, stdout: process.stdout };
 * ```
 */
export interface Announcement {
  /** The subcommand, in the ready line. */
  readonly command: string;
  /** `--ready-file`, written (atomically) before the ready line is printed. */
  readonly readyFile: string | undefined;
  /** More members of the ready line; a function of the server's URL when they name it. */
  readonly fields: Readonly<Record<string, string>> | ((url: string) => Readonly<Record<string, string>>);
  /** Where the ready line is printed. */
  readonly stdout: NodeJS.WritableStream;
}

/**
 * Starts a long-running command's HTTP server (`serve`, `proxy`) and announces it the same way for
 * every command: a port that cannot be had is a one-line {@link CliError}; the ready line goes to
 * `--ready-file` (a file that cannot be written stops the server and is a one-line error), then to
 * standard output; SIGINT and SIGTERM stop the server gracefully.
 *
 * @returns The running server, and a promise that settles with the signal once it has stopped.
 * @example
 * ```ts
 * const { stopped } = await listenAndAnnounce({ host: '127.0.0.1', port: 0, handler }, { command: 'serve', readyFile: undefined, fields: {}, stdout: io.stdout });
 * await stopped; // after SIGINT or SIGTERM, in-flight requests answered
 * ```
 */
export async function listenAndAnnounce(options: HttpServerOptions, announce: Announcement): Promise<{ readonly server: RunningHttpServer; readonly stopped: Promise<NodeJS.Signals> }> {
  let server: RunningHttpServer;
  try {
    server = await startHttpServer(options);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'EADDRINUSE' ? 'the port is in use: pick another, or --port 0 for a free one' : code === 'EADDRNOTAVAIL' ? 'no such local address' : (code ?? String(error));
    throw new CliError(`cannot listen on ${options.host}:${options.port} (${why}).`);
  }
  const fields = typeof announce.fields === 'function' ? announce.fields(server.url) : announce.fields;
  const line = readyLine({ command: announce.command, url: server.url, ...fields });
  const stopped = stopOnSignals(server);
  if (announce.readyFile !== undefined) {
    try {
      writeReadyFile(announce.readyFile, line);
    } catch (error) {
      await server.close(0);
      throw new CliError(`--ready-file ${announce.readyFile}: cannot write it (${(error as NodeJS.ErrnoException).code ?? String(error)}).`);
    }
  }
  announce.stdout.write(line);
  return { server, stopped };
}
