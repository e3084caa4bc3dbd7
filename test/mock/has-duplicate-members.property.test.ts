// The mock's fast yes/no for duplicate member names must agree with the locating detector on every
// JSON text: random values printed with random spacing and escapes, with members sometimes repeated.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasDuplicateMembers } from '../../src/mock/has-duplicate-members.js';
import { findDuplicateMembers } from '../../src/json-text/find-duplicate-members.js';

const name = fc.constantFrom('a', 'b', 'studentid', '__proto__', 'a"b', 'a\\', '\\"', 'é', ':', '"');
const space = fc.constantFrom('', ' ', '\n  ', '\t');
const escapeSome = (s: string, all: boolean): string => (all ? s.replace(/[a-z]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) : s);

const text: fc.Arbitrary<string> = fc.letrec<{ value: string }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom('1', 'true', 'null', '"x"', '"a\\":"', '"\\\\"', '":"'),
    fc.array(tie('value'), { maxLength: 4 }).chain((items) => space.map((s) => `[${s}${items.join(`,${s}`)}]`)),
    fc
      .array(fc.tuple(name, tie('value'), space, fc.boolean()), { maxLength: 5 })
      .map((members) => `{${members.map(([key, value, s, escaped]) => `${s}${escapeSome(JSON.stringify(key), escaped)}${s}:${s}${value}`).join(',')}}`),
  ),
})).value;

describe('hasDuplicateMembers', () => {
  it('agrees with findDuplicateMembers on any JSON text', () => {
    fc.assert(
      fc.property(text, (json) => {
        const value = JSON.parse(json) as unknown;
        expect(hasDuplicateMembers(json, value)).toBe(findDuplicateMembers(json).length > 0);
      }),
      { numRuns: 2000 },
    );
  });

  it('handles nesting deeper than the call stack', () => {
    const deep = `${'['.repeat(200_000)}{"a":1,"a":2}${']'.repeat(200_000)}`;
    expect(hasDuplicateMembers(deep, JSON.parse(deep))).toBe(true);
  });
});
