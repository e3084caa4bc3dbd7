import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { errorRuleCodes, invalidPayload } from './arbitraries/index.js';
import { fcParams } from './fc-params.js';
import { verdict } from './verdict.js';

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
