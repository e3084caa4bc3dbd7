import { Buffer, isUtf8 } from 'node:buffer';
import { CliError } from '../cli-error.js';

/**
 * A file's text, ready to parse: decoded as UTF-8, without its byte order mark.
 *
 * @example
 * ```ts
 * const { text, bom }: SourceText = decodeSource(bytes, 'a.json');
 * ```
 */
export interface SourceText {
  readonly text: string;
  /** Whether the file started with a UTF-8 BOM (kept when `--fix` writes the file back). */
  readonly bom: boolean;
}

/**
 * Decodes a file's bytes as JSON text (RFC 8259: UTF-8). A UTF-8 BOM is accepted and removed;
 * UTF-16/32 text, NUL bytes (binary files) and invalid UTF-8 are refused with a {@link CliError}
 * naming the file.
 *
 * @example
 * ```ts
 * decodeSource(Buffer.from('\uFEFF{}'), 'a.json'); // { text: '{}', bom: true }
 * ```
 */
export function decodeSource(bytes: Uint8Array, displayName: string): SourceText {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new CliError(`${displayName}: the file is UTF-16 text; JSON must be UTF-8: save it as UTF-8.`);
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) throw new CliError(`${displayName}: binary content (a NUL byte at offset ${nul}), not JSON text: check that this is the file you meant.`);
  if (!isUtf8(bytes)) {
    throw new CliError(`${displayName}: not valid UTF-8 (byte offset ${firstInvalidUtf8(bytes)}); JSON must be UTF-8: re-save the file as UTF-8.`);
  }
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? { text: text.slice(1), bom: true } : { text, bom: false };
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let low = 0;
  let high = bytes.length;
  // The longest valid prefix, by bisection on whether the prefix decodes (a cut sequence at the end fails too).
  const lenient = new TextDecoder('utf-8', { fatal: true });
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    try {
      lenient.decode(bytes.subarray(0, mid), { stream: true });
      low = mid;
    } catch {
      high = mid - 1;
    }
  }
  return low;
}
