import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyRepeated, repeatChecker } from '../../src/rules/any-repeated.js';
import { fcParams } from '../../properties/fc-params.js';

// The hash sets behind the duplicate-record rule and the quiet Daily/Time path, against a Set.
const values = fc.array(fc.oneof(fc.constantFrom('4242', '04242', '1', '', 'a|b'), fc.string({ maxLength: 6 }), fc.constant(undefined)), { maxLength: 3_000 });

describe('anyRepeated and repeatChecker agree with a Set', () => {
  it('anyRepeated: whether two defined values are equal, at any size (kept and fresh tables)', () => {
    fc.assert(
      fc.property(values, (list) => {
        const defined = list.filter((v): v is string => v !== undefined);
        expect(anyRepeated(list)).toBe(new Set(defined).size !== defined.length);
      }),
      fcParams(200),
    );
  });

  it('repeatChecker: add answers whether the value was added before, call after call', () => {
    fc.assert(
      fc.property(values, (list) => {
        const defined = list.filter((v): v is string => v !== undefined);
        const checker = repeatChecker(defined.length);
        const seen = new Set<string>();
        for (const value of defined) {
          expect(checker.add(value)).toBe(seen.has(value));
          seen.add(value);
        }
      }),
      fcParams(200),
    );
  });

  it('a checker is not disturbed by an anyRepeated call made before it (the shared table is emptied)', () => {
    expect(anyRepeated(['x', 'y', 'x'])).toBe(true);
    const checker = repeatChecker(2);
    expect(checker.add('x')).toBe(false);
    expect(checker.add('y')).toBe(false);
    expect(checker.add('y')).toBe(true);
  });
});
