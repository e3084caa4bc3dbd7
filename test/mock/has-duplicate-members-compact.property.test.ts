// hasDuplicateMembers has a fast path for texts without backslashes or whitespace before a colon
// (compact JSON): hold it to the locating detector on such texts, strings that begin with ':' included.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasDuplicateMembers } from '../../src/mock/has-duplicate-members.js';
import { findDuplicateMembers } from '../../src/json-text/find-duplicate-members.js';

const name = fc.constantFrom('a', 'b', '', ':', '::', ':a', 'a:', '","', 'é', '{', ' ');
const space = fc.constantFrom('', ' ', '\n');
const text: fc.Arbitrary<string> = fc.letrec<{ value: string }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom('1', 'null', '""', '":"', '":a"', '"a:"', '"x\\":"', '":\\""'),
    fc.array(tie('value'), { maxLength: 4 }).chain((items) => space.map((s) => `[${items.join(`,${s}`)}]`)),
    fc
      .array(fc.tuple(name, tie('value'), space, fc.boolean()), { maxLength: 5 })
      .map((members) => `{${members.map(([key, value, s, before]) => `${s}${JSON.stringify(key)}${before ? s : ''}:${s}${value}`).join(',')}}`),
  ),
})).value;

describe('hasDuplicateMembers on compact texts', () => {
  it('agrees with findDuplicateMembers', () => {
    fc.assert(
      fc.property(text, (json) => {
        expect(hasDuplicateMembers(json, JSON.parse(json) as unknown)).toBe(findDuplicateMembers(json).length > 0);
      }),
      { numRuns: 3000 },
    );
  });

  it('tells a repeated name from a string that begins with a colon', () => {
    for (const [json, repeated] of [
      ['{"a":":","b":1}', false],
      ['{"a":":","a":":"}', true],
      ['{":":":"}', false],
      ['[":",":"]', false],
      ['{"a":{"a":":"}}', false],
      ['{"a" :1,"a":2}', true],
    ] as const) {
      expect(hasDuplicateMembers(json, JSON.parse(json) as unknown)).toBe(repeated);
    }
  });
});
