import { accessSync, closeSync, constants, fchmodSync, fchownSync, fsyncSync, openSync, readFileSync, realpathSync, renameSync, statSync, unlinkSync, writeSync, type Stats } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { CliError } from '../cli-error.js';
import { ioReason } from './io-reason.js';
import type { FileSnapshot } from './read-input.js';

/**
 * Replaces an existing file's content so that a reader, a crash or `kill -9` sees either the old
 * content or the new, never a mix: the new content goes to a temporary file in the same directory,
 * which gets the original's mode, owner and group, is flushed to disk (fsync), and is renamed over
 * the original (then the directory is flushed). A symbolic link is followed: its target is replaced,
 * the link kept.
 *
 * Refused, with the file left untouched and a one-line {@link CliError} saying why and what to do:
 * - a file nobody may write (no `w` bit, e.g. 0444), or that this user may not write;
 * - a file with more than one hard link: renaming would give this name new content and leave the
 *   other names with the old (a silent split), and writing in place could leave a mix if killed;
 * - a file whose owner or group could not be kept (another user's group-writable file);
 * - a file that changed on disk since it was read (`expected`): someone else's edit is never lost.
 *
 * @param path - The file to replace.
 * @param content - The new content (a string is written as UTF-8 unless `encoding` says otherwise).
 * @param options - `name` for messages; `expected` what was read; `encoding` for a string.
 * @example
 * ```ts
 * const { bytes, snapshot } = await readInput('payload.json', { name: 'payload.json' });
 * replaceFile('payload.json', fixedText, { name: 'payload.json', expected: snapshot });
 * ```
 */
export function replaceFile(path: string, content: string | Uint8Array, options: { readonly name: string; readonly expected?: FileSnapshot | undefined; readonly encoding?: BufferEncoding }): void {
  const { name, expected } = options;
  const fail = (why: string): CliError => new CliError(`${name}: ${why}; the file is unchanged.`);
  let target: string;
  let stats: Stats;
  try {
    target = realpathSync(path);
    stats = statSync(target);
  } catch (error) {
    throw fail(`cannot write the fixed file (${ioReason(error)})`);
  }
  if (!stats.isFile()) throw fail('not a regular file, so it is not rewritten');
  if ((stats.mode & 0o222) === 0) throw fail(`the file is read-only (mode ${(stats.mode & 0o777).toString(8).padStart(4, '0')}), so --fix leaves it alone: make it writable (chmod u+w) to fix it`);
  try {
    accessSync(target, constants.W_OK);
  } catch {
    throw fail('you may not write this file (permission denied)');
  }
  if (stats.nlink > 1) {
    throw fail(`the file has ${stats.nlink} hard links, and replacing it would leave the other names with the old content: fix a copy, or break the link first (cp f f.new && mv f.new f)`);
  }
  if (expected !== undefined) assertUnchanged(target, stats, expected, fail);
  const bytes = typeof content === 'string' ? Buffer.from(content, options.encoding ?? 'utf8') : content;
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${Math.random().toString(36).slice(2, 10)}.tmp`);
  let fd: number | undefined;
  let created = false;
  try {
    fd = openSync(temp, 'wx', 0o600);
    created = true;
    for (let written = 0; written < bytes.length; ) written += writeSync(fd, bytes, written, bytes.length - written);
    keepOwner(fd, stats, fail);
    // After chown, which clears set-id bits.
    fchmodSync(fd, stats.mode & 0o7777);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    // The last look before the rename keeps the window for a concurrent edit as short as it can be.
    if (expected !== undefined) assertUnchanged(target, statSync(target), expected, fail, false);
    renameSync(temp, target);
    created = false;
    syncDirectory(dirname(target));
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw fail(`cannot write the fixed file (${ioReason(error)})`);
  } finally {
    if (fd !== undefined) closeSync(fd);
    if (created) {
      try {
        unlinkSync(temp);
      } catch {
        // Already gone.
      }
    }
  }
}

function assertUnchanged(target: string, stats: Stats, expected: FileSnapshot, fail: (why: string) => CliError, compareBytes = true): void {
  const changed = 'it changed on disk while it was being checked, so the fix is not written: check the file and run again';
  if (stats.dev !== expected.dev || stats.ino !== expected.ino) throw fail(`it was replaced while it was being checked, so the fix is not written: check the file and run again`);
  if (stats.size !== expected.size || stats.mtimeMs !== expected.mtimeMs) throw fail(changed);
  // Same size and time can still hide an edit within the clock's resolution: compare the bytes.
  if (compareBytes && !readFileSync(target).equals(expected.bytes)) throw fail(changed);
}

function keepOwner(fd: number, stats: Stats, fail: (why: string) => CliError): void {
  const uid = process.geteuid?.();
  const gid = process.getegid?.();
  if (uid === undefined || (stats.uid === uid && stats.gid === gid)) return;
  try {
    fchownSync(fd, stats.uid, stats.gid);
  } catch {
    throw fail(`it belongs to ${stats.uid === uid ? `group ${stats.gid}` : `user ${stats.uid}`}, and a rewritten copy could not keep that: run --fix as its owner`);
  }
}

/** Flushes a directory entry (the rename) to disk; not every file system allows it, which is fine. */
function syncDirectory(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // Best effort.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
