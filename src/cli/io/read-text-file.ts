import { readFileSync, statSync } from 'node:fs';
import { CliError } from '../cli-error.js';
import { ioReason } from './io-reason.js';

/**
 * Reads a regular file as UTF-8 text the quickest way Node.js has (`readFileSync(path, 'utf8')`,
 * which opens, reads and decodes in one native call), for the common case of lint: a regular file,
 * strict UTF-8, nothing to write back. It decides only what it can prove:
 * - a regular file over `maxBytes` (by its size) is refused with `tooBig`;
 * - text with no U+FFFD, within the limit, is the file's exact text: the native decoder replaces
 *   each invalid byte sequence with U+FFFD, so text without one came from valid UTF-8 (a leading
 *   UTF-8 BOM is removed and reported, as the strict decoder does);
 * - anything else returns `undefined`, and the caller reads it the strict way (`readInput` and
 *   `decodeText`), which places an encoding error or accepts a real U+FFFD, reads FIFOs and devices
 *   without blocking, and bounds a file that grew past the limit after its size was taken.
 *
 * A file that is replaced or grows between the size check and the read is read as it then is: at
 * worst a concurrent writer makes it read more than `maxBytes` once; the text is then refused by
 * the caller's strict path, never linted.
 *
 * @param tooBig - The error for a file over the limit, given its size.
 * @example
 * ```ts
 * const read = readTextFile('a.json', 'a.json', 10 * 1024 * 1024, (size) => new CliError(`a.json: too big (${size})`));
 * if (read !== undefined) lint(read.text);
 * ```
 */
export function readTextFile(path: string, name: string, maxBytes: number, tooBig: (size: number) => CliError): { readonly text: string; readonly bom: boolean } | undefined {
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
  // Cheap first (length <= bytes): only a text near the limit needs its bytes counted.
  if (text.includes('\uFFFD') || (text.length > maxBytes / 3 && Buffer.byteLength(text) > maxBytes)) return undefined;
  return text.charCodeAt(0) === 0xfeff ? { text: text.slice(1), bom: true } : { text, bom: false };
}
