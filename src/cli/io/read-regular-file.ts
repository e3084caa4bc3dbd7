import { closeSync, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { CliError } from '../cli-error.js';
import { ioReason } from './io-reason.js';
import type { FileSnapshot } from './read-input.js';

/**
 * Reads a whole regular file synchronously, to its end (the size from `fstat` is only the first
 * buffer's size), refusing it once it has more than `maxBytes`: the cheap path of `readInput` for the
 * common case, with no stream or generator in between. Returns `undefined` for anything that is not a
 * regular file (a FIFO, a pipe, a device, a directory, a missing path), which the caller reads the
 * general way; the descriptor is closed on every path.
 *
 * @param tooBig - The error for an input over the limit (`size` when known before reading).
 * @example
 * ```ts
 * const read = readRegularFile('a.json', 'a.json', 10 * 1024 * 1024, (size) => new CliError(`a.json: too big (${size})`));
 * read?.bytes.toString();
 * ```
 */
export function readRegularFile(path: string, name: string, maxBytes: number, tooBig: (size: number | undefined) => CliError): { bytes: Buffer; snapshot: FileSnapshot } | undefined {
  // Opening a FIFO waits for its writer: only a path that is a regular file now is opened here.
  let regular: boolean;
  try {
    regular = statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;
  } catch {
    regular = false; // The general way says what is wrong.
  }
  if (!regular) return undefined;
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    throw new CliError(`${name}: ${ioReason(error)}.`);
  }
  try {
    const opened = fstatSync(fd);
    if (!opened.isFile()) return undefined; // Replaced between the stat and the open: read it the general way.
    if (opened.size > maxBytes) throw tooBig(opened.size);
    let buffer = Buffer.allocUnsafe(Math.min(opened.size, maxBytes) + 1);
    let filled = 0;
    for (;;) {
      const n = readSync(fd, buffer, filled, buffer.length - filled, null);
      if (n === 0) break;
      filled += n;
      if (filled > maxBytes) throw tooBig(undefined);
      if (filled === buffer.length) {
        // The file grew while it was read: go on to its end, within the limit.
        const larger = Buffer.allocUnsafe(Math.min(buffer.length * 2, maxBytes + 1));
        buffer.copy(larger, 0, 0, filled);
        buffer = larger;
      }
    }
    const bytes = buffer.subarray(0, filled);
    return { bytes, snapshot: { dev: opened.dev, ino: opened.ino, size: opened.size, mtimeMs: opened.mtimeMs, bytes } };
  } catch (error) {
    throw error instanceof CliError ? error : new CliError(`${name}: ${ioReason(error)}.`);
  } finally {
    closeSync(fd);
  }
}
