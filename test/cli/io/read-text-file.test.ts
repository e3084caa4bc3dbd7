import { mkdirSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import * as fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { CliError } from '../../../src/cli/cli-error.js';
import { inputOverLimit, readInput } from '../../../src/cli/io/read-input.js';
import { readTextFile } from '../../../src/cli/io/read-text-file.js';
import { decodeText } from '../../../src/cli/io/text-decoder.js';
import { fcParams } from '../../../properties/fc-params.js';
import { tempDir } from '../helpers/run-bin.js';

// lint reads a file it will not write back by the quick path (readTextFile) when that path can prove
// the text; otherwise by the strict one (readInput + decodeText). Together they must answer exactly
// what the strict path alone answers: the same text and BOM, or the same one-line error.

const tooBig = (name: string, maxBytes: number) => (size: number) => inputOverLimit({ name, maxBytes, limitHint: 'raise it' }, size);

type Answer = { text: string; bom: boolean } | { error: string };

async function strict(path: string, maxBytes: number): Promise<Answer> {
  try {
    const { bytes } = await readInput(path, { name: 'p.json', maxBytes, limitHint: 'raise it' });
    const { text, bom } = decodeText(bytes, 'p.json', 'utf8', 'advice');
    return { text, bom };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

async function quickThenStrict(path: string, maxBytes: number, listedRegular = false): Promise<Answer> {
  try {
    const quick = readTextFile(path, 'p.json', maxBytes, tooBig('p.json', maxBytes), listedRegular);
    if (quick !== undefined) return { text: quick.text, bom: quick.bom };
  } catch (error) {
    return { error: (error as Error).message };
  }
  return strict(path, maxBytes);
}

// Bytes that mix ASCII, multi-byte UTF-8, a real U+FFFD, BOMs (UTF-8 and UTF-16), NUL and invalid sequences.
const piece = fc.oneof(
  fc.string({ maxLength: 8 }).map((s) => Buffer.from(s)),
  fc.constantFrom('é', '€', '😀', '\uFFFD', '\uFEFF', '{"a":"b"}').map((s) => Buffer.from(s)),
  fc.constantFrom([0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff], [0xc3], [0x80], [0xed, 0xa0, 0x80], [0xf8], [0xe2, 0x82], [0x00]).map((b) => Buffer.from(b)),
);

describe('readTextFile: the quick read agrees with the strict one', () => {
  it('gives the same text, BOM or error as readInput + decodeText, for any bytes and limit, stat first or listed', async () => {
    const dir = tempDir();
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { maxLength: 12 }), fc.integer({ min: 0, max: 120 }), fc.boolean(), async (pieces, maxBytes, listed) => {
        const path = join(dir, `f${n++}.json`);
        writeFileSync(path, Buffer.concat(pieces));
        expect(await quickThenStrict(path, maxBytes, listed)).toEqual(await strict(path, maxBytes));
      }),
      fcParams(300),
    );
  });

  it('reads a listed file through its reused buffer exactly, whatever was read before it (larger, smaller, over the limit)', async () => {
    // 64 KiB is the buffer's first size: these files make it grow, then serve smaller ones.
    const sizes = [10, 70_000, 5, 300_000, 200_000, 64 * 1024, 64 * 1024 + 1, 0, 3];
    const dir = tempDir();
    for (const [i, size] of sizes.entries()) {
      // `size` bytes between the quotes, a quarter of them in two-byte characters.
      const text = `"${'é'.repeat(Math.floor(size / 4))}${'x'.repeat(size - 2 * Math.floor(size / 4))}"`;
      const path = join(dir, `s${i}.json`);
      writeFileSync(path, text);
      // First, while the buffer may still have to grow for this file.
      expect(readTextFile(path, 'p.json', 10_000_000, tooBig('p.json', 10_000_000), true)).toEqual({ text, bom: false });
      for (const maxBytes of [250_000, 10_000_000]) {
        expect(await quickThenStrict(path, maxBytes, true)).toEqual(await strict(path, maxBytes));
      }
    }
  });

  it('proves plain UTF-8 text itself, and leaves invalid UTF-8 and a real U+FFFD to the strict path', () => {
    const dir = tempDir();
    const file = (name: string, bytes: Buffer | string): string => {
      writeFileSync(join(dir, name), bytes);
      return join(dir, name);
    };
    expect(readTextFile(file('a.json', '\uFEFF{"a":"é"}'), 'a.json', 100, tooBig('a.json', 100))).toEqual({ text: '{"a":"é"}', bom: true });
    expect(readTextFile(file('b.json', Buffer.from([0x7b, 0xc3, 0x7d])), 'b.json', 100, tooBig('b.json', 100))).toBeUndefined();
    expect(readTextFile(file('c.json', '{"a":"\uFFFD"}'), 'c.json', 100, tooBig('c.json', 100))).toBeUndefined();
  });

  it('refuses a file over the limit by its size, with the strict path’s message', () => {
    const dir = tempDir({ 'big.json': 'x'.repeat(2048) });
    expect(() => readTextFile(join(dir, 'big.json'), 'big.json', 1024, tooBig('big.json', 1024))).toThrow(new CliError('big.json: the file is 2 KB, over the 1 KB limit: raise it.'));
  });

  it('leaves what is not a regular file to the strict path, without waiting on it (a FIFO would block)', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'sub'));
    expect(spawnSync('mkfifo', [join(dir, 'fifo')]).status).toBe(0);
    for (const listed of [false, true]) {
      for (const path of ['sub', 'fifo', 'missing.json']) expect(readTextFile(join(dir, path), path, 100, tooBig(path, 100), listed)).toBeUndefined();
    }
  });

  it('reads no more than the limit and one byte of a listed path that turns out endless (a device in its place)', () => {
    expect(readTextFile('/dev/zero', 'zero.json', 1000, tooBig('zero.json', 1000), true)).toBeUndefined();
  });

  it('names the file in one line when its text is longer than a string can hold', () => {
    // A file over 512 MB, read with "maxFileSize" raised above that: Node.js cannot make the string.
    // (Simulated: such a file takes seconds to write.)
    const dir = tempDir({ 'big.json': '{"record": []}', 'big-é.json': '{"name": "é"}' });
    const tooLong = Object.assign(new Error('Cannot create a string longer than 0x1fffffe8 characters'), { code: 'ERR_STRING_TOO_LONG' });
    const spy = vi.spyOn(Buffer.prototype, 'toString').mockImplementation(() => {
      throw tooLong;
    });
    try {
      for (const name of ['big.json', 'big-é.json']) {
        expect(() => readTextFile(join(dir, name), name, 2 ** 31, tooBig(name, 2 ** 31), true)).toThrow(
          new CliError(`${name}: too large to read as text: a Node.js string holds at most 512 MB.`),
        );
      }
    } finally {
      spy.mockRestore();
    }
  });

  it('names the file in one line when it cannot be read, for any user', () => {
    // A regular file every read of which fails, root's included: the kernel answers EIO at offset 0.
    for (const listed of [false, true]) {
      expect(() => readTextFile('/proc/self/mem', 'mem.json', 100, tooBig('mem.json', 100), listed)).toThrow(/^mem\.json: .*input\/output error.*\.$/);
    }
    // Unreadable by permission, where the user is not root (root reads any file).
    if (process.getuid?.() === 0) return;
    const dir = tempDir({ 'locked.json': '{}' });
    spawnSync('chmod', ['000', join(dir, 'locked.json')]);
    expect(() => readTextFile(join(dir, 'locked.json'), 'locked.json', 100, tooBig('locked.json', 100))).toThrow(/^locked\.json: .*permission/i);
    // Listed: the open fails, and the strict path says why.
    expect(readTextFile(join(dir, 'locked.json'), 'locked.json', 100, tooBig('locked.json', 100), true)).toBeUndefined();
  });
});
