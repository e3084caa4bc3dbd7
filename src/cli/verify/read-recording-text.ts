import { resolve } from 'node:path';
import { Buffer } from 'node:buffer';
import { CliError } from '../cli-error.js';
import type { CliIo } from '../command.js';
import { decodeSource } from '../lint/decode-source.js';
import { formatBytes } from '../lint/file-size.js';
import { readSourceFile } from '../lint/read-source-file.js';

/** The largest recording `verify` reads (a long session of 200-record batches stays well under it). */
export const maxRecordingBytes = 512 * 1024 ** 2;

/**
 * The text of a recording file, or of standard input for `-`: strict UTF-8, at most
 * {@link maxRecordingBytes}; every failure a one-line {@link CliError} naming the file.
 *
 * @example
 * ```ts
 * const text = await readRecordingText('session.har', 'session.har', io);
 * ```
 */
export async function readRecordingText(file: string, name: string, io: CliIo): Promise<string> {
  if (file !== '-') return readSourceFile(resolve(io.cwd, file), name, maxRecordingBytes).text;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of io.stdin) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk as Uint8Array);
    size += buffer.length;
    if (size > maxRecordingBytes) throw new CliError(`${name}: standard input is over the ${formatBytes(maxRecordingBytes)} limit.`);
    chunks.push(buffer);
  }
  return decodeSource(Buffer.concat(chunks), name).text;
}
