import { validate } from '../src/validate.js';
import type { InvalidCase } from './arbitraries/index.js';

/**
 * The error diagnostics validate() reports for an invalid case, as "code path", and the one expected.
 *
 * @example
 * ```ts
 * const { errors, expected } = verdict(c);
 * expect(errors).toEqual([expected]);
 * ```
 */
export function verdict(c: InvalidCase): { errors: string[]; expected: string } {
  const errors = validate(c.payload, c.endpoint)
    .diagnostics.filter((d) => d.severity === 'error')
    .map((d) => `${d.code} ${d.path}`);
  return { errors, expected: `${c.expected.code} ${c.expected.path}` };
}
