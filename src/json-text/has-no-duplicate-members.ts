/**
 * A fast proof that a JSON text has no duplicate member names, given the value `JSON.parse` made of
 * it: the text's colons (each member has one, and strings may add more) are counted natively and
 * compared with the members of the parsed value (each duplicate removes one). Equal counts prove
 * both that no string holds a colon and that no member was lost; unequal counts prove nothing, and
 * the caller runs the full scan ({@link scanJsonText}). Linear, iterative (any depth), pure.
 *
 * @param text - The text `JSON.parse` accepted.
 * @param value - What `JSON.parse(text)` returned.
 * @param maxDepth - When the value nests deeper than this, the answer is `'too-deep'`.
 * @returns `true` when proven free of duplicates, `false` when unknown, `'too-deep'`.
 * @example
 * ```ts
 * hasNoDuplicateMembers('{"a": 1, "b": 2}', { a: 1, b: 2 }); // true
 * hasNoDuplicateMembers('{"a": 1, "a": 2}', { a: 2 }); // false (scan to find out)
 * hasNoDuplicateMembers('{"a": "x:y"}', { a: 'x:y' }); // false (a colon in a string: scan to find out)
 * ```
 */
export function hasNoDuplicateMembers(text: string, value: unknown, maxDepth = Infinity): boolean | 'too-deep' {
  // for-in is the fastest way through JSON.parse's plain objects, but it also lists inherited
  // enumerable members: should anything have added one to Object.prototype, own keys are used.
  let inheritedEnumerable = false;
  for (const _ in {}) inheritedEnumerable = true;
  let members = 0;
  const stack: unknown[] = [];
  const depths: number[] = [];
  const visit = (item: unknown, depth: number): void => {
    if (item !== null && typeof item === 'object') {
      stack.push(item);
      depths.push(depth);
    }
  };
  visit(value, 1);
  while (stack.length > 0) {
    const current = stack.pop() as object;
    const depth = depths.pop() ?? 1;
    if (depth > maxDepth) return 'too-deep';
    if (Array.isArray(current)) {
      for (let i = 0; i < current.length; i++) visit(current[i], depth + 1);
    } else if (inheritedEnumerable) {
      for (const key of Object.keys(current)) {
        members++;
        visit((current as Record<string, unknown>)[key], depth + 1);
      }
    } else {
      for (const key in current) {
        members++;
        visit((current as Record<string, unknown>)[key], depth + 1);
      }
    }
  }
  return countColons(text) === members;
}

/**
 * How many colons `text` holds, counted natively: in JSON text, one per member plus any inside
 * strings, so equal to a parsed value's member count only when no string holds one and no member
 * was lost to a duplicate name.
 *
 * @example
 * ```ts
 * countColons('{"a": 1, "b": "x:y"}'); // 3
 * ```
 */
export function countColons(text: string): number {
  let colons = 0;
  for (let at = text.indexOf(':'); at !== -1; at = text.indexOf(':', at + 1)) colons++;
  return colons;
}
