import { describe, expect, it } from 'vitest';
import { toMemberComparisons } from '../../scripts/member-tests.mjs';

// scripts/member-tests.mjs rewrites ajv's named-member lookups into comparisons while generating the
// validators. It must take the names from the schema constant the lookup reads, and refuse any code it
// cannot prove it understands rather than write a wrong test into generated/.
const code = (declaration: string, lookup: string): string =>
  ['const func1 = Object.prototype.hasOwnProperty;', declaration, `for (const key0 in data) { if (!(${lookup})) { errors++; } }`].join('\n');

describe('toMemberComparisons', () => {
  it('writes each lookup as comparisons with the names of the schema it reads', () => {
    const out = toMemberComparisons(code('const schema37 = {"title":"X","properties":{"a":{},"b\\"c":{},"__proto__":{}}};', 'func1.call(schema37.properties, key0)'));
    expect(out).toContain('(key0 === "a" || key0 === "b\\"c" || key0 === "__proto__")');
    expect(out).not.toContain('func1.call(');
  });

  it('leaves other code as it is', () => {
    const other = code('const schema37 = {"properties":{"a":{}}};', 'func1.call(data, "a")');
    expect(toMemberComparisons(other)).toBe(other);
  });

  it('refuses a lookup through anything but Object.prototype.hasOwnProperty, or of a schema it cannot read', () => {
    const notHasOwn = code('const schema37 = {"properties":{"a":{}}};', 'func2.call(schema37.properties, key0)');
    expect(() => toMemberComparisons(notHasOwn)).toThrow(/func2 .* is not Object\.prototype\.hasOwnProperty/);
    expect(() => toMemberComparisons(code('', 'func1.call(schema9.properties, key0)'))).toThrow(/no one-line declaration of schema9/);
    expect(() => toMemberComparisons(code('const schema37 = {"properties":{}};', 'func1.call(schema37.properties, key0)'))).toThrow(/names no properties/);
  });
});
