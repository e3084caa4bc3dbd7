import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validate } from '../src/validate.js';
import { errorRuleCodes, invalidPayload, type InvalidCase } from './arbitraries/index.js';
import { fcParams } from './fc-params.js';

/** The error diagnostics of a case, as "code path", and the expected one. */
export function verdict(c: InvalidCase): { errors: string[]; expected: string } {
  const errors = validate(c.payload, c.endpoint)
    .diagnostics.filter((d) => d.severity === 'error')
    .map((d) => `${d.code} ${d.path}`);
  return { errors, expected: `${c.expected.code} ${c.expected.path}` };
}

describe('invalid arbitraries', () => {
  it.each(errorRuleCodes)('%s: the expected code at the expected path, and no other error', (code) => {
    fc.assert(
      fc.property(invalidPayload({ codes: [code] }), (c) => {
        expect(c.expected.code).toBe(code);
        const { errors, expected } = verdict(c);
        expect(errors).toEqual([expected]);
      }),
      fcParams(code === 'record-count' ? 40 : 60),
    );
  });
});
