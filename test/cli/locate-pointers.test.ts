import fc from 'fast-check';
import { parseTree } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { locate } from '../../src/cli/lint/locate.js';
import { locatePointers } from '../../src/cli/lint/locate-pointers.js';
import { toPointer } from '../../src/pointer.js';

// locatePointers (one pass, no tree) must answer exactly what locate answers on jsonc-parser's tree.
function expectSameAsTree(text: string, pointers: readonly string[], noDuplicates = false): void {
  const root = parseTree(text);
  if (!root) throw new Error(`fixture does not parse: ${text}`);
  const fast = locatePointers(text, pointers, { noDuplicates });
  for (const pointer of pointers) expect([pointer, fast.get(pointer)]).toEqual([pointer, locate(root, pointer)]);
}

describe('locatePointers agrees with locate on a parse tree', () => {
  it('members, elements, escapes, duplicates, missing members, descent into primitives, the root', () => {
    const text = ' {\n  "a": {"b/c": [10, {"d": true}], "q\\"uote": "x\\\\"},\n  "e~0": null, "dup": 1, "dup": [ ],\n  "s": "[{not json}]", "u\\u0041": -1.5e3 }\n';
    expectSameAsTree(text, [
      '', '/a', '/a/b~1c', '/a/b~1c/0', '/a/b~1c/1/d', '/a/q"uote', '/e~00', '/dup', '/dup/0', '/s', '/uA',
      '/missing', '/a/missing', '/a/b~1c/7', '/a/b~1c/0/deeper', '/s/0', '/e~00/x',
    ]);
  });

  it('stopping once every pointer is found (no duplicate members) gives the same answers', () => {
    const text = '{"record": [{"a": 1, "b": [2, 3]}, {"a": 4}], "after": {"x": "y"}}';
    expectSameAsTree(text, ['/record/0/a'], true);
    expectSameAsTree(text, ['/record/0/b/1', '/record/1/a'], true);
    expectSameAsTree(text, ['/record/0/missing', '/after/x'], true);
    expectSameAsTree(text, [''], true);
  });

  it('arrays and scalars at the root', () => {
    expectSameAsTree('[1, [2, 3], {"k": []}]', ['', '/0', '/1/1', '/2/k', '/2/k/0', '/3', '/x']);
    expectSameAsTree('"just a string"', ['', '/a']);
  });

  it('any JSON value and pointers into it (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), fc.integer({ min: 0, max: 3 }), fc.array(fc.array(fc.oneof(fc.string({ maxLength: 3 }), fc.nat(4)), { maxLength: 4 }), { maxLength: 5 }), (value, indent, extra) => {
        const text = JSON.stringify(value, null, indent);
        const pointers = new Set<string>(['']);
        const collect = (node: unknown, tokens: (string | number)[]): void => {
          pointers.add(toPointer(tokens));
          if (Array.isArray(node)) node.forEach((child, i) => collect(child, [...tokens, i]));
          else if (node !== null && typeof node === 'object') for (const [key, child] of Object.entries(node)) collect(child, [...tokens, key]);
        };
        collect(value, []);
        for (const tokens of extra) pointers.add(toPointer(tokens));
        expectSameAsTree(text, [...pointers]);
        // JSON.stringify writes no duplicate members: the scan that stops once all are found agrees too,
        // for every pointer and for a few (the scan stops early).
        expectSameAsTree(text, [...pointers], true);
        expectSameAsTree(text, [...pointers].slice(0, 2), true);
      }),
      { numRuns: 300 },
    );
  });
});
