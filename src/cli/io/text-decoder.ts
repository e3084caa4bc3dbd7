import { isUtf8 } from 'node:buffer';
import { CliError } from '../cli-error.js';
import { firstInvalidUtf8 } from './first-invalid-utf8.js';

/**
 * How input bytes become text: `utf8` (the default, RFC 8259's only encoding for JSON exchanged
 * between systems) refuses every invalid byte; `latin1` (ISO-8859-1, asked for explicitly) maps each
 * byte to the character of the same number, so nothing is ever replaced.
 *
 * @example
 * ```ts
 * const encoding: InputEncoding = 'utf8';
 * ```
 */
export type InputEncoding = 'utf8' | 'latin1';

/**
 * Decodes an input's bytes to text chunk by chunk, with one policy for every command: a UTF-8 byte
 * order mark at the very start is removed (and remembered in `bom`), UTF-16 text and NUL bytes are
 * refused, and an invalid UTF-8 byte is a {@link CliError} naming the input, the line, the column
 * and the byte offset. No byte is ever replaced by U+FFFD. A character split across two chunks is
 * carried over. Linear in the input.
 *
 * @example
 * ```ts
 * const decoder = new StrictTextDecoder('records.ndjson');
 * let text = '';
 * for await (const chunk of readInputChunks('records.ndjson', { name: 'records.ndjson' })) text += decoder.decode(chunk);
 * text += decoder.end();
 * ```
 */
export class StrictTextDecoder {
  /** Whether the input started with a UTF-8 BOM (removed from the text). */
  bom = false;
  private started = false;
  private carry: Buffer = Buffer.alloc(0);
  /** Bytes consumed before `carry`. */
  private offset = 0;
  /** Newlines seen before `offset`, and the offset just after the last one. */
  private lines = 0;
  private lineStart = 0;

  /**
   * @param name - The input's name in messages.
   * @param encoding - `utf8` (default) or `latin1`.
   * @param advice - What to do about invalid UTF-8 (a command that offers `--encoding latin1` says so).
   * @param countLines - Count lines as chunks pass, for exact positions in errors (off: positions
   *   are counted within the failing chunk only, for a caller that decodes in one chunk).
   */
  constructor(
    private readonly name: string,
    private readonly encoding: InputEncoding = 'utf8',
    private readonly advice = 're-save the file as UTF-8',
    private readonly countLines = true,
  ) {}

  /**
   * Decodes the next chunk; returns the text it completes.
   *
   * @example
   * ```ts
   * new StrictTextDecoder('a.json').decode(Buffer.from('{}')); // '{}'
   * ```
   */
  decode(chunk: Uint8Array): string {
    let bytes = this.carry.length === 0 ? Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength) : Buffer.concat([this.carry, chunk]);
    this.carry = empty;
    if (!this.started) {
      // Too short to tell whether it starts with a BOM: wait for more.
      if (bytes.length < 3 && isPrefixOfBom(bytes)) {
        this.carry = Buffer.from(bytes);
        return '';
      }
      bytes = this.start(bytes);
    }
    if (this.encoding === 'latin1') return this.take(bytes).toString('latin1');
    const complete = bytes.length - incompleteTail(bytes);
    const text = this.take(bytes.subarray(0, complete)).toString('utf8');
    this.carry = Buffer.from(bytes.subarray(complete));
    return text;
  }

  /**
   * Ends the input; returns the last text. A character cut off at the end is an error.
   *
   * @example
   * ```ts
   * const decoder = new StrictTextDecoder('a.json');
   * decoder.decode(Buffer.from([0x7b, 0xc3]));
   * decoder.end(); // throws: a.json:1:2: not valid UTF-8 …
   * ```
   */
  end(): string {
    let bytes = this.carry;
    this.carry = empty;
    if (!this.started) bytes = this.start(bytes);
    return this.take(bytes).toString(this.encoding);
  }

  private start(bytes: Buffer): Buffer {
    this.started = true;
    if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
      throw new CliError(`${this.name}: the input is UTF-16 text; JSON must be UTF-8: save it as UTF-8.`);
    }
    if (this.encoding === 'utf8' && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
      this.bom = true;
      this.offset = 3;
      this.lineStart = 3;
      return bytes.subarray(3);
    }
    return bytes;
  }

  /** Checks and consumes `body`, counting its lines. */
  private take(body: Buffer): Buffer {
    const nul = body.indexOf(0);
    if (nul !== -1) throw this.located(body, nul, 'binary content (a NUL byte), not JSON text: check that this is the file you meant');
    if (this.encoding === 'utf8' && !isUtf8(body)) {
      throw this.located(body, firstInvalidUtf8(body), `not valid UTF-8; JSON must be UTF-8: ${this.advice}`);
    }
    if (this.countLines) {
      for (let at = body.indexOf(10); at !== -1; at = body.indexOf(10, at + 1)) {
        this.lines++;
        this.lineStart = this.offset + at + 1;
      }
    }
    this.offset += body.length;
    return body;
  }

  private located(body: Buffer, at: number, what: string): CliError {
    let line = this.lines + 1;
    let lineStart = this.lineStart;
    for (let nl = body.indexOf(10); nl !== -1 && nl < at; nl = body.indexOf(10, nl + 1)) {
      line++;
      lineStart = this.offset + nl + 1;
    }
    const offset = this.offset + at;
    return new CliError(`${this.name}:${line}:${offset - lineStart + 1}: ${what} (byte offset ${offset}, byte 0x${(body[at] ?? 0).toString(16).padStart(2, '0')}).`);
  }
}

const empty = Buffer.alloc(0);
const bomBytes = [0xef, 0xbb, 0xbf];

function isPrefixOfBom(bytes: Uint8Array): boolean {
  return bytes.length < 3 && bytes.every((b, i) => b === bomBytes[i]);
}

/** How many bytes at the end start a UTF-8 sequence that the next chunk may complete (0 to 3). */
function incompleteTail(bytes: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const b = bytes[bytes.length - back] ?? 0;
    if (b < 0x80) return 0;
    if (b >= 0xc0) {
      const needed = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
      return needed > back ? back : 0;
    }
  }
  return 0;
}

/**
 * Decodes a whole input with {@link StrictTextDecoder}'s policy.
 *
 * @example
 * ```ts
 * decodeText(Buffer.from('\uFEFF{}'), 'a.json'); // { text: '{}', bom: true }
 * ```
 */
export function decodeText(bytes: Uint8Array, name: string, encoding: InputEncoding = 'utf8', advice?: string): { readonly text: string; readonly bom: boolean } {
  // One chunk: no need to count lines unless there is an error to place.
  const decoder = new StrictTextDecoder(name, encoding, advice, false);
  try {
    const text = decoder.decode(bytes) + decoder.end();
    return { text, bom: decoder.bom };
  } catch (error) {
    const counting = new StrictTextDecoder(name, encoding, advice);
    counting.decode(bytes);
    counting.end();
    throw error;
  }
}
