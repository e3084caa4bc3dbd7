import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyRepeated } from '../../src/rules/any-repeated.js';
import { fcParams } from '../../properties/fc-params.js';

// The hash set behind the duplicate-record rule and the quiet paths, against a Set.
const values = fc.array(fc.oneof(fc.constantFrom('4242', '04242', '1', '', 'a|b'), fc.string({ maxLength: 6 }), fc.constant(undefined)), { maxLength: 3_000 });

describe('anyRepeated agrees with a Set', () => {
  it('anyRepeated: whether two defined values are equal, at any size (kept and fresh tables)', () => {
    fc.assert(
      fc.property(values, (list) => {
        const defined = list.filter((v): v is string => v !== undefined);
        expect(anyRepeated(list)).toBe(new Set(defined).size !== defined.length);
      }),
      fcParams(200),
    );
  });
});
