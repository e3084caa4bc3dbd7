import { Buffer, isUtf8 } from 'node:buffer';
import { CliError } from '../cli-error.js';

/**
 * Decodes input bytes as UTF-8 without replacing anything: invalid UTF-8 throws a {@link CliError}
 * naming the line and the byte offset in the input (and the offending byte), so a Latin-1 `Café` is
 * refused instead of silently becoming `Caf\uFFFD`.
 *
 * @param bytes - The bytes (a whole input, or one NDJSON line).
 * @param label - The input's name for messages.
 * @param skip - Leading bytes to drop (a byte order mark).
 * @param at - For one line: its number and the byte offset where it starts in the input. Without it,
 * `bytes` is the whole input and the line is counted.
 * @example
 * ```ts
 * decodeStrict(Buffer.from('{"a":"é"}'), 'in.ndjson', 0, { line: 1, offset: 0 }); // '{"a":"é"}'
 * decodeStrict(Buffer.from([0x43, 0x61, 0x66, 0xe9]), 'in.ndjson', 0, { line: 4, offset: 120 });
 * // throws CliError: in.ndjson:4: not valid UTF-8 (byte 0xE9 at byte offset 123) ...
 * ```
 */
export function decodeStrict(bytes: Buffer, label: string, skip = 0, at?: { readonly line: number; readonly offset: number }): string {
  const body = skip === 0 ? bytes : bytes.subarray(skip);
  if (isUtf8(body)) return body.toString('utf8');
  const bad = skip + firstInvalidUtf8(body);
  const line = at?.line ?? countLines(bytes, bad);
  const offset = (at?.offset ?? 0) + bad;
  const byte = (bytes[bad] ?? 0).toString(16).toUpperCase().padStart(2, '0');
  throw new CliError(
    `${label}:${line}: not valid UTF-8 (byte 0x${byte} at byte offset ${offset}); JSON must be UTF-8 and split changes no byte: re-save the input as UTF-8 (from Latin-1: iconv -f latin1 -t utf-8).`,
  );
}

function countLines(bytes: Uint8Array, end: number): number {
  let line = 1;
  for (let i = 0; i < end; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/**
 * The offset of the first ill-formed UTF-8 sequence (RFC 3629: no overlong forms, no surrogates,
 * nothing above U+10FFFF, no sequence cut short by the end), or `-1` when all of `bytes` is well-formed.
 *
 * @example
 * ```ts
 * firstInvalidUtf8(Buffer.from([0x61, 0xc3, 0xa9, 0xe9])); // 3
 * ```
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] as number;
    if (lead < 0x80) {
      i++;
      continue;
    }
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) length = 2;
    else if (lead >= 0xe0 && lead <= 0xef) {
      length = 3;
      if (lead === 0xe0) low = 0xa0;
      if (lead === 0xed) high = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 4;
      if (lead === 0xf0) low = 0x90;
      if (lead === 0xf4) high = 0x8f;
    } else return i;
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined) return i;
      if (next < (k === 1 ? low : 0x80) || next > (k === 1 ? high : 0xbf)) return i;
    }
    i += length;
  }
  return -1;
}
