import { createWriteStream, type WriteStream } from 'node:fs';
import { CliError } from '../cli-error.js';
import type { ExchangeLog } from './start-http-server.js';

/**
 * An opened `--log`: the `onExchange` callback for {@link startHttpServer} (none without `--log`)
 * and `close()` for the end of the run.
 *
 * @example
 * ```ts
 * const log: ExchangeLogSink = await openExchangeLog(options.log, 'serve', io);
 * ```
 */
export interface ExchangeLogSink {
  readonly onExchange: ((entry: ExchangeLog) => void) | undefined;
  close(): void;
}

/**
 * Opens a long-running command's `--log` (`serve`, `proxy`): one JSON line per exchange, appended to
 * a file, or to standard output for `-`. A file that cannot be opened is a one-line {@link CliError}
 * before the server listens; a write that fails later (disk full) costs the log, not the server: one
 * line on standard error, and logging stops.
 *
 * @param path - `--log` as resolved (undefined: no log).
 * @example
 * ```ts
 * const log = await openExchangeLog('/tmp/serve.log', 'serve', io);
 * await startHttpServer({ handler, ...(log.onExchange ? { onExchange: log.onExchange } : {}) });
 * log.close();
 * ```
 */
export async function openExchangeLog(
  path: string | undefined,
  command: string,
  io: { readonly stdout: NodeJS.WritableStream; readonly stderr: NodeJS.WritableStream },
): Promise<ExchangeLogSink> {
  if (path === undefined) return { onExchange: undefined, close: () => {} };
  const stream = path === '-' ? io.stdout : await openFile(path, command, io.stderr);
  return {
    onExchange: (entry) => void stream.write(`${JSON.stringify({ event: 'exchange', ...entry })}\n`),
    close: () => {
      if (stream !== io.stdout) stream.end();
    },
  };
}

function openFile(path: string, command: string, stderr: NodeJS.WritableStream): Promise<WriteStream> {
  return new Promise((resolve, reject) => {
    const stream = createWriteStream(path, { flags: 'a' });
    stream.once('open', () => {
      stream.on('error', (error: NodeJS.ErrnoException) => {
        if (!stream.destroyed || stream.listenerCount('error') === 1) stderr.write(`ps-attendance ${command}: --log ${path}: write failed (${error.code ?? error.message}); logging stopped.\n`);
      });
      resolve(stream);
    });
    stream.once('error', (error: NodeJS.ErrnoException) => reject(new CliError(`--log ${path}: cannot open it (${error.code ?? error.message}).`)));
  });
}
