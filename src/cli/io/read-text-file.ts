import { closeSync, constants, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { isAscii, isUtf8 } from 'node:buffer';
import { CliError } from '../cli-error.js';
import { ioReason } from './io-reason.js';

/**
 * Reads a file as UTF-8 text the quickest way Node.js has, for the common case of lint: a regular
 * file, strict UTF-8, nothing to write back. It decides only what it can prove:
 * - text within `maxBytes` that is valid UTF-8 with no NUL byte is the file's exact text (a leading
 *   UTF-8 BOM is removed and reported, as the strict decoder does);
 * - a path it `stat`s (see below) that is a regular file over `maxBytes` is refused by its size with
 *   `tooBig`;
 * - anything else returns `undefined`, and the caller reads it the strict way (`readInput` and
 *   `decodeText`), which places an encoding error or a NUL byte, reads FIFOs and devices without
 *   blocking, and bounds a file that grew past the limit after its size was taken.
 *
 * How it reads depends on what the caller knows of the path:
 * - **`listedRegular`**: a directory listing showed a regular file (not a symbolic link). The file is
 *   opened non-blocking and read into a reused buffer, at most `maxBytes + 1` bytes, with no `stat`
 *   (building a `Stats` object is a third of the cost of reading a small file). Past the limit, or
 *   if the path turns out not to be a regular file (a directory, or a FIFO put in its place since
 *   the listing), it returns `undefined` and the strict path says what is wrong. On a platform with
 *   no `O_NONBLOCK` (Windows) it reads as below.
 * - otherwise the path is `stat`ed first, and only a regular file is read (`readFileSync(path,
 *   'utf8')`, one native call): opening a FIFO would wait for its writer.
 *
 * A file that is replaced or grows between the size check and the read is read as it then is: at
 * worst a concurrent writer makes it read more than `maxBytes` once; the text is then refused by
 * the caller's strict path, never linted. A FIFO that replaces a listed file between the listing and
 * the read, and already has a writer, may lose to this read what it holds at that moment.
 *
 * @param tooBig - The error for a file over the limit, given its size.
 * @param listedRegular - A directory listing showed `path` as a regular file.
 * @example
 * ```ts
 * const read = readTextFile('a.json', 'a.json', 10 * 1024 * 1024, (size) => new CliError(`a.json: too big (${size})`));
 * if (read !== undefined) lint(read.text);
 * ```
 */
export function readTextFile(path: string, name: string, maxBytes: number, tooBig: (size: number) => CliError, listedRegular = false): { readonly text: string; readonly bom: boolean } | undefined {
  if (listedRegular && nonBlocking !== undefined) return readListedFile(path, name, maxBytes, nonBlocking);
  let size: number;
  try {
    // Opening a FIFO waits for its writer: only a path that is a regular file now is read here.
    const stats = statSync(path, { throwIfNoEntry: false });
    if (stats === undefined || !stats.isFile()) return undefined;
    size = stats.size;
  } catch {
    return undefined; // The strict path says what is wrong.
  }
  if (size > maxBytes) throw tooBig(size);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new CliError(`${name}: ${ioReason(error)}.`);
  }
  // The native decoder replaces each invalid byte sequence with U+FFFD, so text without one came from
  // valid UTF-8. Cheap first (length <= bytes): only a text near the limit needs its bytes counted.
  if (text.includes('\uFFFD') || text.includes('\0') || (text.length > maxBytes / 3 && Buffer.byteLength(text) > maxBytes)) return undefined;
  return text.charCodeAt(0) === 0xfeff ? { text: text.slice(1), bom: true } : { text, bom: false };
}

// Undefined where the platform has no such flag (Windows).
const nonBlocking: number | undefined = constants.O_NONBLOCK;
// Reused by every read of a listed file; grown to the largest file read, up to `maxBytes + 1`.
let scratch: Buffer = Buffer.allocUnsafeSlow(64 * 1024);

function readListedFile(path: string, name: string, maxBytes: number, flag: number): { readonly text: string; readonly bom: boolean } | undefined {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | flag);
  } catch {
    return undefined; // Gone, or no longer readable: the strict path says what is wrong.
  }
  let length = 0;
  try {
    // One byte over the limit is enough to know a file is too big (the strict path then says by how much).
    const capacity = maxBytes + 1;
    for (;;) {
      if (length === scratch.length) scratch = grown(scratch, Math.min(scratch.length * 2, capacity));
      const read = readSync(fd, scratch, length, Math.min(scratch.length, capacity) - length, null);
      if (read === 0) break;
      length += read;
      if (length > maxBytes) return undefined;
    }
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    // A directory, or a FIFO with nothing to read yet: not a regular file after all.
    if (code === 'EISDIR' || code === 'EAGAIN' || code === 'EWOULDBLOCK') return undefined;
    throw new CliError(`${name}: ${ioReason(error)}.`);
  } finally {
    try {
      closeSync(fd);
    } catch {
      // Nothing was written through it: a failed close loses nothing.
    }
  }
  // Nothing read: an empty file, or a FIFO with no writer; the strict path tells them apart.
  if (length === 0) return undefined;
  const bytes = scratch.subarray(0, length);
  if (bytes.indexOf(0) !== -1) return undefined;
  let text: string;
  try {
    if (isAscii(bytes)) return { text: bytes.toString('latin1', 0, length), bom: false };
    if (!isUtf8(bytes)) return undefined;
    text = bytes.toString('utf8', 0, length);
  } catch (error) {
    // Text longer than a string can hold (with "maxFileSize" raised past 512 MB).
    throw new CliError(`${name}: ${ioReason(error)}.`);
  }
  return text.charCodeAt(0) === 0xfeff ? { text: text.slice(1), bom: true } : { text, bom: false };
}

function grown(buffer: Buffer, size: number): Buffer {
  const bigger = Buffer.allocUnsafeSlow(size);
  buffer.copy(bigger);
  return bigger;
}
