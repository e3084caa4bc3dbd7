import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyRepeatedPair } from '../../src/rules/any-repeated-pair.js';
import { fcParams } from '../../properties/fc-params.js';

// The quiet meeting_interval path finds a repeated slot with this hash set: it must answer as
// comparing every two positions does, for ids of every size (beyond 32 bits), missing ones (-1)
// and the interval marker (-2), and pairs equal in one half only.
const naive = (first: readonly number[], second: readonly number[]): boolean => {
  for (let j = 1; j < first.length; j++) for (let i = 0; i < j; i++) if (first[i] === first[j] && second[i] === second[j]) return true;
  return false;
};
const id = fc.oneof(fc.constantFrom(-2, -1, 0, 1, 2, 4294967296, 4294967297, 9999999999), fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 9_999_999_999 }));

describe('anyRepeatedPair', () => {
  it('answers as comparing every two pairs', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(id, id), { maxLength: 60 }), (pairs) => {
        const first = pairs.map(([a]) => a);
        const second = pairs.map(([, b]) => b);
        expect(anyRepeatedPair(first, second)).toBe(naive(first, second));
      }),
      fcParams(2000),
    );
  });

  it('answers for the first count positions only, call after call on the table it keeps, and past its size', () => {
    // Calls of mixed sizes one after another: a slot stamped by an earlier call must read as empty.
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.array(fc.tuple(id, id), { maxLength: 40 }), fc.nat()), { minLength: 1, maxLength: 8 }), (calls) => {
        for (const [pairs, cut] of calls) {
          const first = Float64Array.from(pairs, ([a]) => a);
          const second = Float64Array.from(pairs, ([, b]) => b);
          const count = pairs.length === 0 ? 0 : cut % (pairs.length + 1);
          expect(anyRepeatedPair(first, second, count)).toBe(naive([...first.subarray(0, count)], [...second.subarray(0, count)]));
        }
      }),
      fcParams(500),
    );
    // More pairs than the kept table holds (a table of their own), then small calls again.
    const many = Array.from({ length: 5000 }, (_, i) => i);
    expect(anyRepeatedPair(many, many)).toBe(false);
    expect(anyRepeatedPair([...many, 4999], [...many, 4999])).toBe(true);
    expect(anyRepeatedPair([1, 2, 1], [0, 0, 0])).toBe(true);
    expect(anyRepeatedPair([1, 2, 3], [0, 0, 0])).toBe(false);
  });

  it('tells pairs apart that share one half, or whose halves are swapped, or differ by 2^32', () => {
    expect(anyRepeatedPair([1, 1], [2, 3])).toBe(false);
    expect(anyRepeatedPair([1, 2], [2, 1])).toBe(false);
    expect(anyRepeatedPair([1, 4294967297], [5, 5])).toBe(false);
    expect(anyRepeatedPair([-2, -1], [7, 7])).toBe(false);
    expect(anyRepeatedPair([9999999999, 5, 9999999999], [3, 3, 3])).toBe(true);
    expect(anyRepeatedPair([], [])).toBe(false);
  });
});
