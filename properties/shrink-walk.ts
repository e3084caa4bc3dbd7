import * as fc from 'fast-check';

/**
 * Every value fast-check visits while shrinking a counterexample of `arbitrary` drawn with `seed`:
 * the drawn value, then shrink candidates. With `mode: 'deep'` every candidate is taken as a new
 * counterexample (the walk goes down to the smallest value); with `'broad'` one candidate in three is,
 * so the walk also visits the siblings it passes over. At most `limit` values.
 *
 * @example
 * ```ts
 * for (const value of shrinkWalk(invalidPayload(), 42, 'deep')) check(value);
 * ```
 */
export function shrinkWalk<T>(arbitrary: fc.Arbitrary<T>, seed: number, mode: 'deep' | 'broad', limit = 400): T[] {
  const seen: T[] = [];
  fc.check(
    fc.property(arbitrary, (value) => {
      if (seen.length >= limit) return true;
      seen.push(value);
      // Returning false makes the value a counterexample, which fast-check then shrinks.
      const counterexample = mode === 'deep' || seen.length === 1 || seen.length % 3 === 0;
      return !counterexample;
    }),
    { seed, numRuns: 1 },
  );
  return seen;
}
