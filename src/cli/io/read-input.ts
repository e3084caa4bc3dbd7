import { closeSync, fstatSync, open, openSync, read, readSync, statSync, type Stats } from 'node:fs';
import { CliError } from '../cli-error.js';
import { formatBytes } from '../lint/file-size.js';
import { ioReason } from './io-reason.js';
import { readRegularFile } from './read-regular-file.js';

/**
 * Where an input comes from and how much of it may be read.
 *
 * @example
 * ```ts
 * const options: InputOptions = { name: 'a.json', maxBytes: 10 * 1024 * 1024, stdin: process.stdin };
 * ```
 */
export interface InputOptions {
  /** How the input is named in messages. */
  readonly name: string;
  /** Refuse the input once it has more bytes than this (default: no limit). */
  readonly maxBytes?: number;
  /** Read for the path `-`. */
  readonly stdin?: AsyncIterable<unknown>;
  /** What to tell the user to do when the limit is hit (default: nothing). */
  readonly limitHint?: string;
}

/**
 * What a regular file looked like when it was read, to tell later whether it changed on disk.
 *
 * @example
 * ```ts
 * const { snapshot } = await readInput('a.json', { name: 'a.json' });
 * snapshot?.ino; // the inode the bytes came from
 * ```
 */
export interface FileSnapshot {
  readonly dev: number;
  readonly ino: number;
  readonly size: number;
  readonly mtimeMs: number;
  /** The bytes read, to compare with what is on disk before replacing it. */
  readonly bytes: Uint8Array;
}

/**
 * A whole input: its bytes, and for a regular file a {@link FileSnapshot}.
 *
 * @example
 * ```ts
 * const { bytes }: InputBytes = await readInput('-', { name: '<stdin>', stdin: process.stdin });
 * ```
 */
export interface InputBytes {
  readonly bytes: Buffer;
  readonly snapshot: FileSnapshot | undefined;
}

const chunkSize = 64 * 1024;

/**
 * Reads a whole input until end of file: a regular file, a pipe, a FIFO, `/dev/stdin`, a process
 * substitution (`<(cmd)`), or standard input for `-`. The file size is never trusted (pipes report
 * 0); the limit is checked while reading, so no more than `maxBytes` (plus one read) is held.
 * Every failure is a one-line {@link CliError} naming the input.
 *
 * @example
 * ```ts
 * const { bytes } = await readInput('payload.json', { name: 'payload.json', maxBytes: 10 * 1024 * 1024 });
 * ```
 */
export async function readInput(path: string, options: InputOptions): Promise<InputBytes> {
  if (path !== '-') {
    const read = readRegularFile(path, options.name, options.maxBytes ?? Infinity, (size) => inputOverLimit(options, size));
    if (read !== undefined) return read;
  }
  const chunks: Buffer[] = [];
  let snapshot: Omit<FileSnapshot, 'bytes'> | undefined;
  for await (const chunk of inputChunks(path, options, (stats) => {
    snapshot = { dev: stats.dev, ino: stats.ino, size: stats.size, mtimeMs: stats.mtimeMs };
  })) {
    chunks.push(chunk);
  }
  const bytes = chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks);
  return { bytes, snapshot: snapshot === undefined ? undefined : { ...snapshot, bytes } };
}

/**
 * The bytes of an input as they arrive, for inputs read as a stream (NDJSON): same sources,
 * limit and errors as {@link readInput}.
 *
 * @example
 * ```ts
 * for await (const chunk of readInputChunks('records.ndjson', { name: 'records.ndjson' })) count += chunk.length;
 * ```
 */
export function readInputChunks(path: string, options: InputOptions): AsyncIterable<Buffer> {
  // Streamed (split's NDJSON has no size limit): chunks of at most 64 KiB, never one file-sized buffer.
  return inputChunks(path, options, () => {}, false);
}

async function* inputChunks(path: string, options: InputOptions, onRegularFile: (stats: Stats) => void, whole = true): AsyncGenerator<Buffer> {
  const limit = options.maxBytes ?? Infinity;
  let total = 0;
  const take = (chunk: Buffer): Buffer => {
    total += chunk.length;
    if (total > limit) throw inputOverLimit(options, undefined);
    return chunk;
  };
  if (path === '-') {
    if (options.stdin === undefined) throw new CliError(`${options.name}: standard input is not available here.`);
    try {
      for await (const chunk of options.stdin) yield take(toBuffer(chunk));
    } catch (error) {
      if (error instanceof CliError) throw error;
      throw new CliError(`${options.name}: reading standard input failed (${ioReason(error)}).`);
    }
    return;
  }
  let fd: number;
  try {
    // Opening a FIFO waits for its writer: off the main thread, so the process stays responsive.
    fd = statSync(path).isFIFO() ? await openAsync(path) : openSync(path, 'r');
  } catch (error) {
    throw new CliError(`${options.name}: ${ioReason(error)}.`);
  }
  let regular = false;
  let sizeHint = 0;
  try {
    const stats = fstatSync(fd);
    if (stats.isDirectory()) throw new CliError(`${options.name}: is a directory.`);
    regular = stats.isFile();
    if (regular) {
      // A regular file's size is a fair early answer (a pipe's is 0): refuse before reading it.
      if (stats.size > limit) throw inputOverLimit(options, stats.size);
      sizeHint = stats.size;
      onRegularFile(stats);
    }
  } catch (error) {
    closeSync(fd);
    throw error instanceof CliError ? error : new CliError(`${options.name}: ${ioReason(error)}.`);
  }
  if (regular) {
    // Regular files: synchronous reads are cheapest, and they never block on a writer. The size is
    // only a hint for the first buffer (one more byte, to see the end): the read goes on to EOF.
    try {
      let size = whole ? Math.min(sizeHint + 1, Number.isFinite(limit) ? limit + 1 : Infinity) : chunkSize;
      for (;;) {
        const buffer = Buffer.allocUnsafe(Math.max(1, Math.min(size, Number.isFinite(limit) ? limit - total + 1 : size)));
        let filled = 0;
        while (filled < buffer.length) {
          const n = readSync(fd, buffer, filled, buffer.length - filled, null);
          if (n === 0) break;
          filled += n;
        }
        if (filled > 0) yield take(buffer.subarray(0, filled));
        if (filled < buffer.length) break;
        size = chunkSize;
      }
    } catch (error) {
      throw error instanceof CliError ? error : new CliError(`${options.name}: ${ioReason(error)}.`);
    } finally {
      closeSync(fd);
    }
    return;
  }
  // Pipes, FIFOs, character devices: read on the thread pool until end of file, so a slow writer
  // does not block the process. The same descriptor: reopening a FIFO would lose its writer.
  try {
    for (;;) {
      const buffer = Buffer.allocUnsafe(chunkSize);
      const n = await readAsync(fd, buffer);
      if (n === 0) break;
      yield take(buffer.subarray(0, n));
    }
  } catch (error) {
    throw error instanceof CliError ? error : new CliError(`${options.name}: ${ioReason(error)}.`);
  } finally {
    closeSync(fd);
  }
}

function openAsync(path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    open(path, 'r', (error, fd) => (error ? reject(error) : resolve(fd)));
  });
}

function readAsync(fd: number, buffer: Buffer): Promise<number> {
  return new Promise((resolve, reject) => {
    read(fd, buffer, 0, buffer.length, null, (error, bytesRead) => (error ? reject(error) : resolve(bytesRead)));
  });
}

function toBuffer(chunk: unknown): Buffer {
  if (typeof chunk === 'string') return Buffer.from(chunk);
  if (chunk instanceof Uint8Array) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  throw new CliError(`standard input gave a ${typeof chunk}, not bytes.`);
}

/**
 * The one-line error for an input over its limit: its size when known, and the hint of what to do.
 *
 * @example
 * ```ts
 * inputOverLimit({ name: 'a.json', maxBytes: 1024, limitHint: 'raise it' }, 4096).message;
 * // 'a.json: the file is 4 KB, over the 1 KB limit: raise it.'
 * ```
 */
export function inputOverLimit(options: InputOptions, size: number | undefined): CliError {
  const max = formatBytes(options.maxBytes ?? 0);
  const hint = options.limitHint === undefined ? '' : `: ${options.limitHint}`;
  return new CliError(`${options.name}: ${size === undefined ? `more than ${max}` : `the file is ${formatBytes(size)}`}, over the ${max} limit${hint}.`);
}
