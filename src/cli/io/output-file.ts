import { closeSync, fsyncSync, mkdirSync, openSync, realpathSync, renameSync, statSync, unlinkSync, writeSync, fchmodSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { CliError } from '../cli-error.js';
import { ioReason } from './io-reason.js';

/**
 * Checks an output path (`-o`, `--output-file`) before any work is done, so a run that could not
 * write its result fails at once, in one line: creates missing parent directories (one level at a
 * time: Node's recursive mkdir never returns under /proc), refuses a directory, and refuses a path
 * that is one of the inputs (which the output would overwrite).
 *
 * @param path - The path as given.
 * @param options - `cwd`; `flag` for messages (`--output-file`); `inputs`, absolute input paths.
 * @returns The absolute path.
 * @example
 * ```ts
 * const report = prepareOutputFile('out/lint.sarif', { cwd: process.cwd(), flag: '--output-file', inputs: ['/repo/a.json'] });
 * ```
 */
export function prepareOutputFile(path: string, options: { readonly cwd: string; readonly flag: string; readonly inputs: readonly string[] }): string {
  const absolute = resolve(options.cwd, path);
  const fail = (why: string): CliError => new CliError(`${options.flag} ${path}: ${why}.`);
  try {
    makeDirectories(dirname(absolute));
  } catch (error) {
    throw fail(`cannot create its directory (${ioReason(error)})`);
  }
  let existing;
  try {
    existing = statSync(absolute);
  } catch (error) {
    if ((error as { code?: unknown }).code !== 'ENOENT') throw fail(`cannot use it (${ioReason(error)})`);
  }
  if (existing?.isDirectory()) throw fail('is a directory: name a file');
  for (const input of options.inputs) {
    if (sameFile(absolute, input, existing)) throw fail(`is also an input, which the output would overwrite: write it somewhere else`);
  }
  return absolute;
}

/**
 * Writes a whole output file (a report) so that it is complete or absent, never half written: a
 * temporary file in the same directory, flushed, then renamed over the target (an existing target's
 * mode is kept; a symbolic link is followed). A target that exists and is not a regular file
 * (`/dev/stdout`, a FIFO) is written directly.
 *
 * @example
 * ```ts
 * writeOutputFile('/repo/lint.sarif', sarifText, '--output-file lint.sarif');
 * ```
 */
export function writeOutputFile(given: string, content: string, label: string): void {
  let existing;
  let path = given;
  try {
    // A symbolic link is followed: its target gets the report, the link stays.
    path = realpathSync(given);
    existing = statSync(path);
  } catch {
    existing = undefined;
  }
  let fd: number | undefined;
  let temp: string | undefined;
  try {
    if (existing !== undefined && !existing.isFile()) {
      fd = openSync(path, 'w');
      writeAll(fd, Buffer.from(content));
      return;
    }
    temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Math.random().toString(36).slice(2, 10)}.tmp`);
    fd = openSync(temp, 'wx', 0o666);
    writeAll(fd, Buffer.from(content));
    if (existing !== undefined) fchmodSync(fd, existing.mode & 0o7777);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(temp, path);
    temp = undefined;
  } catch (error) {
    throw new CliError(`${label}: cannot write it (${ioReason(error)}).`);
  } finally {
    if (fd !== undefined) closeSync(fd);
    if (temp !== undefined) {
      try {
        unlinkSync(temp);
      } catch {
        // Not created.
      }
    }
  }
}

function writeAll(fd: number, bytes: Buffer): void {
  for (let written = 0; written < bytes.length; ) written += writeSync(fd, bytes, written, bytes.length - written);
}

function makeDirectories(dir: string): void {
  const missing: string[] = [];
  let at = dir;
  for (;;) {
    try {
      if (!statSync(at).isDirectory()) throw Object.assign(new Error('not a directory'), { code: 'ENOTDIR' });
      break;
    } catch (error) {
      if ((error as { code?: unknown }).code !== 'ENOENT' || dirname(at) === at) throw error;
      missing.push(at);
      at = dirname(at);
    }
  }
  for (const next of missing.reverse()) mkdirSync(next);
}

function sameFile(output: string, input: string, existing: ReturnType<typeof statSync> | undefined): boolean {
  if (output === input) return true;
  if (existing === undefined) return false;
  try {
    const other = statSync(input);
    return other.dev === existing.dev && other.ino === existing.ino;
  } catch {
    try {
      return realpathSync(input) === realpathSync(output);
    } catch {
      return false;
    }
  }
}
