import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDuplicateMembers } from '../../src/json-text/find-duplicate-members.js';
import { scanJsonText } from '../../src/json-text/scan-json-text.js';
import { escapePointerToken } from '../../src/pointer.js';

const pointers = (text: string): string[] => findDuplicateMembers(text).map((d) => d.pointer);

describe('findDuplicateMembers', () => {
  it('names the later occurrence by pointer, with the offsets of both names', () => {
    const text = '{"record":[{"tables":{"attendance":{"studentid":"1","studentid":"2"}}}]}';
    const [dup] = findDuplicateMembers(text);
    expect(dup?.pointer).toBe('/record/0/tables/attendance/studentid');
    expect(text.slice(dup?.offset, (dup?.offset ?? 0) + (dup?.length ?? 0))).toBe('"studentid"');
    expect(dup?.offset).toBe(text.lastIndexOf('"studentid"'));
    expect(dup?.firstOffset).toBe(text.indexOf('"studentid"'));
  });

  it('reports every later occurrence, and compares names after unescaping', () => {
    expect(pointers('{"a":1,"a":2,"a":3}')).toEqual(['/a', '/a']);
    expect(pointers('{"a":1,"\\u0061":2}')).toEqual(['/a']);
    expect(pointers('{"a/b~":1,"a/b~":2}')).toEqual([`/${escapePointerToken('a/b~')}`]);
  });

  it('keeps objects apart: the same name in sibling or nested objects is no duplicate', () => {
    expect(pointers('{"a":{"b":1},"c":{"b":2},"b":{"b":{"b":3}}}')).toEqual([]);
    expect(pointers('[{"a":1},{"a":1}]')).toEqual([]);
  });

  it('counts array elements for the pointer, and is not fooled by structure inside strings', () => {
    const text = '{"record":[{"x":"}],{\\"","y":[1,"a,b",[2,3]]},{"n":"{","n":"["}]}';
    expect(pointers(text)).toEqual(['/record/1/n']);
    expect(pointers('[[],{},[{"a":0,"a":0}]]')).toEqual(['/2/0/a']);
  });

  it('never recurses: 200,000 levels of nesting neither throw nor stop the scan', () => {
    const deep = `${'['.repeat(200_000)}{"a":1,"a":2}${']'.repeat(200_000)}`;
    expect(findDuplicateMembers(deep)).toHaveLength(1);
    expect(scanJsonText(deep, 64).tooDeep).toBe(true);
    expect(scanJsonText(deep, 200_001)).toMatchObject({ tooDeep: false, duplicates: [{ pointer: `/${'0/'.repeat(200_000 - 1)}0/a` }] });
  });

  it('tells escaped quotes and backslashes from the end of a string', () => {
    expect(pointers('{"a\\\\":1,"a\\\\":2,"b\\"c":3,"b\\"c":4,"x":"\\\\","x":0}')).toEqual(['/a\\', '/b"c', '/x']);
  });

  it('keeps at most `limit` duplicates but still checks the depth to the end', () => {
    expect(scanJsonText('{"a":1,"a":2,"b":[[[0]]]}', 2, 0)).toEqual({ duplicates: [], tooDeep: true });
  });

  it('stops at the limit, and never throws on text that is not JSON', () => {
    expect(findDuplicateMembers('{"a":1,"a":2,"a":3}', 1)).toHaveLength(1);
    for (const text of ['{"a', '{"a":1,"a', '}}]]', '"\\', '{,,,"a":1,"a":1']) expect(() => findDuplicateMembers(text)).not.toThrow();
  });

  it('agrees with a reference built on a recursive walk, for any JSON text with repeated names', () => {
    // Objects are generated as entry lists, so names repeat freely; the reference walks the same entries.
    type Tree = { kind: 'object'; entries: [string, Tree][] } | { kind: 'array'; items: Tree[] } | { kind: 'leaf'; value: unknown };
    const names = fc.constantFrom('a', 'b', 'a/b', '~', 'é', '');
    const tree = fc.letrec<{ tree: Tree }>((tie) => ({
      tree: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        fc.record({ kind: fc.constant('leaf' as const), value: fc.oneof(fc.string(), fc.integer(), fc.constant(null)) }),
        fc.record({ kind: fc.constant('object' as const), entries: fc.array(fc.tuple(names, tie('tree')), { maxLength: 5 }) }),
        fc.record({ kind: fc.constant('array' as const), items: fc.array(tie('tree'), { maxLength: 4 }) }),
      ),
    })).tree;
    const print = (t: Tree): string =>
      t.kind === 'leaf' ? JSON.stringify(t.value) : t.kind === 'array' ? `[${t.items.map(print).join(', ')}]` : `{${t.entries.map(([k, v]) => `${JSON.stringify(k)}: ${print(v)}`).join(',\n')}}`;
    const expected = (t: Tree, at: string, out: string[]): string[] => {
      if (t.kind === 'array') t.items.forEach((item, i) => expected(item, `${at}/${i}`, out));
      if (t.kind === 'object') {
        const seen = new Set<string>();
        for (const [k, v] of t.entries) {
          if (seen.has(k)) out.push(`${at}/${escapePointerToken(k)}`);
          seen.add(k);
          expected(v, `${at}/${escapePointerToken(k)}`, out);
        }
      }
      return out;
    };
    fc.assert(
      fc.property(tree, (t) => {
        // Text order: a duplicate is reported when its name is read, before its value's own duplicates.
        expect(pointers(print(t)).sort()).toEqual(expected(t, '', []).sort());
      }),
      { numRuns: 300 },
    );
  });
});

describe('hasNoDuplicateMembers', () => {
  it('proves the absence of duplicates only when there are none (sound for any JSON text)', async () => {
    const { hasNoDuplicateMembers } = await import('../../src/json-text/has-no-duplicate-members.js');
    const name = fc.constantFrom('a', 'b', 'c:d', '');
    const json = fc.letrec<{ value: string }>((tie) => ({
      value: fc.oneof(
        { depthSize: 'small' },
        fc.constantFrom('1', '"x"', '"a:b"', 'null'),
        fc.array(tie('value'), { maxLength: 4 }).map((items) => `[${items.join(',')}]`),
        fc.array(fc.tuple(name, tie('value')), { maxLength: 4 }).map((members) => `{${members.map(([k, v]) => `${JSON.stringify(k)}: ${v}`).join(', ')}}`),
      ),
    })).value;
    fc.assert(
      fc.property(json, (text) => {
        const proof = hasNoDuplicateMembers(text, JSON.parse(text));
        if (proof === true) expect(findDuplicateMembers(text)).toEqual([]);
        if (!text.includes(':"') && !text.includes('c:d') && !text.includes('a:b') && findDuplicateMembers(text).length === 0) expect(proof).toBe(true);
      }),
      { numRuns: 400 },
    );
    expect(hasNoDuplicateMembers('[[[1]]]', [[[1]]], 2)).toBe('too-deep');
  });
});
