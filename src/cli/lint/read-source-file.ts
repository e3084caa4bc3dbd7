import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { CliError } from '../cli-error.js';
import { decodeSource, type SourceText } from './decode-source.js';
import { formatBytes } from './file-size.js';

/**
 * Reads a file to lint, refusing one over `maxBytes` before reading it, and decodes it with
 * {@link decodeSource}. Every failure is a {@link CliError} naming the file.
 *
 * @example
 * ```ts
 * const { text, bom } = readSourceFile('/repo/a.json', 'a.json', 10 * 1024 * 1024);
 * ```
 */
export function readSourceFile(path: string, displayName: string, maxBytes: number): SourceText {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    throw new CliError(`${displayName}: ${ioReason(error)}.`);
  }
  try {
    const { size } = fstatSync(fd);
    if (size > maxBytes) {
      throw new CliError(`${displayName}: the file is ${formatBytes(size)}, over the ${formatBytes(maxBytes)} limit: raise "maxFileSize" in ps-attendance.config.json if it is really a payload.`);
    }
    const bytes = Buffer.allocUnsafe(size);
    let read = 0;
    while (read < size) {
      const n = readSync(fd, bytes, read, size - read, read);
      if (n === 0) break;
      read += n;
    }
    return decodeSource(bytes.subarray(0, read), displayName);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`${displayName}: ${ioReason(error)}.`);
  } finally {
    closeSync(fd);
  }
}

/**
 * A short human reason for a file-system error.
 *
 * @example
 * ```ts
 * ioReason(Object.assign(new Error(), { code: 'ENOENT' })); // 'no such file or directory'
 * ```
 */
export function ioReason(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied (cannot read it)';
    case 'EISDIR':
      return 'is a directory';
    case 'ELOOP':
      return 'too many symbolic links';
    default:
      return error instanceof Error ? error.message : 'cannot be read';
  }
}
