import * as fc from 'fast-check';
import { integerIn } from './check-constraints.js';

/**
 * Constraints of {@link idString}.
 *
 * @example
 * ```ts
 * idString({ minDigits: 5, maxDigits: 6 }); // student ids like '104233'
 * ```
 */
export interface IdStringConstraints {
  /** The fewest digits (default 1). */
  readonly minDigits?: number;
  /** The most digits, at most 10 (default 10): the id columns are NUMBER(10,0). */
  readonly maxDigits?: number;
}

/**
 * Internal PowerSchool ids as the API wants them: strings of 1 to 10 decimal digits, written without
 * leading zeros ("0" is the id of "no program"); every length is equally likely. Shrinks toward
 * "0" (the shortest id of `minDigits` digits).
 *
 * @param constraints - Digit count range; see {@link IdStringConstraints}.
 * @returns An arbitrary of id strings.
 * @throws RangeError when a constraint is out of range.
 *
 * @example
 * ```ts
 * import * as fc from 'fast-check';
 * import { idString } from 'ps-attendance-contract/arbitraries';
 *
 * fc.sample(idString({ minDigits: 4, maxDigits: 6 }), 3); // e.g. ['4242', '100381', '7001']
 * ```
 */
export function idString(constraints: IdStringConstraints = {}): fc.Arbitrary<string> {
  const minDigits = integerIn('idString', 'minDigits', constraints.minDigits, 1, 1, 10);
  const maxDigits = integerIn('idString', 'maxDigits', constraints.maxDigits, 10, minDigits, 10);
  // The digit count first, so that short and long ids are equally likely (a uniform draw over
  // 0..9999999999 would give 10-digit ids nine times in ten).
  return fc.tuple(fc.integer({ min: minDigits, max: maxDigits }), fc.bigInt({ min: 0n, max: 10n ** 10n - 1n })).map(([digits, n]) => {
    const low = digits === 1 ? 0n : 10n ** BigInt(digits - 1);
    return (low + (n % (10n ** BigInt(digits) - low))).toString();
  });
}
