import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../src/cli/io/line-index.js';
import { fcParams } from '../../properties/fc-params.js';

// LineIndex indexes a text only as far as the offsets asked for. Held here to a full index of the
// text, built by splitting it at every break, whatever the order of the questions.
function reference(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < text.length && i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c !== 10 && c !== 13) continue;
    if (c === 13 && text.charCodeAt(i + 1) === 10) {
      // "\r\n" is one break; an offset on its "\n" is still on the line of the "\r".
      if (i + 1 >= offset) break;
      i++;
    }
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}

describe('LineIndex', () => {
  it('answers as a full index of the text, for offsets asked in any order', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', '\n', '\r', '\r\n', '"'), maxLength: 40 });
    fc.assert(
      fc.property(text, fc.array(fc.nat({ max: 45 }), { minLength: 1, maxLength: 8 }), (t, offsets) => {
        const index = new LineIndex(t);
        for (const offset of offsets) expect(index.at(offset), `${JSON.stringify(t)} at ${offset}`).toEqual(reference(t, offset));
      }),
      fcParams(2000),
    );
  });

  it('places offsets on long texts with many lines', () => {
    const text = 'x\n'.repeat(50_000) + 'y\r\n'.repeat(50_000);
    const index = new LineIndex(text);
    expect(index.at(3)).toEqual({ line: 2, column: 2 });
    expect(index.at(100_000 + 3 * 10)).toEqual({ line: 50_011, column: 1 });
    expect(index.at(text.length)).toEqual({ line: 100_001, column: 1 });
    expect(index.at(1)).toEqual({ line: 1, column: 2 });
  });
});
