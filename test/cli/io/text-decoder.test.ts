import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CliError } from '../../../src/cli/cli-error.js';
import { decodeText, StrictTextDecoder } from '../../../src/cli/io/text-decoder.js';
import { firstInvalidUtf8 } from '../../../src/cli/io/first-invalid-utf8.js';

const errorOf = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(CliError);
    return (error as Error).message;
  }
  throw new Error('expected a CliError');
};

describe('decodeText: one encoding policy for every command', () => {
  it('refuses invalid UTF-8 naming the file, line, column and byte offset, and never replaces a byte', () => {
    const latin1Cafe = Buffer.from('{"a": "x",\n "b": "Caf\xe9"}\n', 'latin1');
    expect(errorOf(() => decodeText(latin1Cafe, 'in.json'))).toBe(
      'in.json:2:11: not valid UTF-8; JSON must be UTF-8: re-save the file as UTF-8 (byte offset 21, byte 0xe9).',
    );
  });

  it('with latin1 (asked for explicitly) maps every byte to its character', () => {
    expect(decodeText(Buffer.from('"Caf\xe9"', 'latin1'), 'in.json', 'latin1').text).toBe('"Café"');
  });

  it('removes a UTF-8 BOM and says so; refuses UTF-16 and NUL bytes', () => {
    expect(decodeText(Buffer.from('\uFEFF{}'), 'a.json')).toEqual({ text: '{}', bom: true });
    expect(decodeText(Buffer.from('{}'), 'a.json')).toEqual({ text: '{}', bom: false });
    expect(errorOf(() => decodeText(Buffer.from('\uFEFF{}', 'utf16le'), 'a.json'))).toMatch(/^a\.json: the input is UTF-16 text/);
    expect(errorOf(() => decodeText(Buffer.from('{"a":\n"\0"}'), 'a.json'))).toMatch(/^a\.json:2:2: binary content \(a NUL byte\).*byte offset 7/);
  });

  it('refuses overlong forms, surrogates and a character cut off at the end', () => {
    for (const bytes of [[0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0x22, 0xe2, 0x82]]) {
      expect(errorOf(() => decodeText(Buffer.from(bytes), 'x'))).toMatch(/not valid UTF-8/);
    }
  });

  it('finds the first invalid byte exactly as a strict decoder would', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), (bytes) => {
        const at = firstInvalidUtf8(bytes);
        const strict = new TextDecoder('utf-8', { fatal: true });
        if (at === bytes.length) expect(() => strict.decode(bytes)).not.toThrow();
        else {
          expect(() => strict.decode(bytes.subarray(0, at))).not.toThrow();
          expect(() => strict.decode(bytes.subarray(0, at + 4))).toThrow();
        }
      }),
    );
  });
});

describe('StrictTextDecoder: streaming', () => {
  it('decodes any split of a text into chunks exactly as the whole (characters and BOM cut across chunks)', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.string({ unit: 'grapheme', maxLength: 30 }), fc.array(fc.nat(), { maxLength: 6 }), (bom, text, cuts) => {
        const bytes = Buffer.from((bom ? '\uFEFF' : '') + text.replace(/\0/g, ''));
        const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
        const decoder = new StrictTextDecoder('x');
        let out = '';
        let from = 0;
        for (const p of [...points, bytes.length]) {
          out += decoder.decode(bytes.subarray(from, p));
          from = p;
        }
        out += decoder.end();
        expect(out).toBe(text.replace(/\0/g, ''));
        expect(decoder.bom).toBe(bom);
      }),
    );
  });

  it('counts lines across chunks for the error position', () => {
    const decoder = new StrictTextDecoder('records.ndjson');
    decoder.decode(Buffer.from('{"a":1}\n{"a":2}\n{"a":"'));
    expect(errorOf(() => decoder.decode(Buffer.from([0x43, 0xff, 0x22, 0x7d])))).toBe(
      'records.ndjson:3:8: not valid UTF-8; JSON must be UTF-8: re-save the file as UTF-8 (byte offset 23, byte 0xff).',
    );
  });
});
