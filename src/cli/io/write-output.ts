import { CliError } from '../cli-error.js';
import { ioReason } from './io-reason.js';

const closed = new WeakSet<object>();
const watched = new WeakSet<object>();

/**
 * Writes text to standard output or standard error and waits until the stream has taken it. A reader
 * that went away (`| head`, EPIPE) is not an error: the rest of the output is dropped quietly, as
 * `cat` does. Any other failure (`> /dev/full`: ENOSPC, EIO) becomes one {@link CliError} line, exit
 * code 2, so a clean run whose report could not be written never looks like a lint result.
 *
 * @param stream - `io.stdout` or `io.stderr`.
 * @param text - What to write.
 * @param name - The stream's name in the message.
 * @example
 * ```ts
 * await writeOutput(io.stdout, report, 'standard output');
 * ```
 */
export function writeOutput(stream: NodeJS.WritableStream, text: string, name = 'standard output'): Promise<void> {
  if (text === '' || closed.has(stream)) return Promise.resolve();
  if (!watched.has(stream)) {
    // A failed write also emits 'error' after the callback has reported it: already handled.
    watched.add(stream);
    stream.on('error', () => {});
  }
  return new Promise((resolve, reject) => {
    let settled = false;
    const done = (error?: unknown): void => {
      if (settled) return;
      settled = true;
      stream.removeListener('error', done);
      if (error === undefined || error === null) resolve();
      else if (isBrokenPipe(error)) {
        closed.add(stream);
        resolve();
      } else reject(outputError(error, name));
    };
    // The write callback reports most failures; a stream that fails synchronously (a file or
    // /dev/full behind stdout) may emit 'error' instead, or throw.
    stream.once('error', done);
    try {
      stream.write(text, (error?: Error | null) => done(error ?? undefined));
    } catch (error) {
      done(error);
    }
  });
}

/**
 * Whether an error means the reader of a pipe has gone (EPIPE, or a destroyed stream after one).
 *
 * @example
 * ```ts
 * isBrokenPipe(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' })); // true
 * ```
 */
export function isBrokenPipe(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'EPIPE' || code === 'ERR_STREAM_DESTROYED';
}

/**
 * The one-line error for an output stream that cannot be written.
 *
 * @example
 * ```ts
 * outputError(Object.assign(new Error(), { code: 'ENOSPC' }), 'standard output').message;
 * // 'cannot write to standard output (no space left on the device): the output is incomplete.'
 * ```
 */
export function outputError(error: unknown, name: string): CliError {
  return new CliError(`cannot write to ${name} (${ioReason(error)}): the output is incomplete.`);
}
