import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { errorRuleCodes, invalidPayload } from './arbitraries/index.js';
import { fcParams, suiteSeed, walkLimit } from './fc-params.js';
import { shrinkWalk } from './shrink-walk.js';
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

  // The known failure of generators elsewhere: a shrink that removes the only invalid part, so the
  // "minimal counterexample" is a valid payload. Walk the shrinks and check every value again.
  it.each(errorRuleCodes)('%s: every value visited while shrinking still breaks the rule, down to the smallest', (code) => {
    const seed = suiteSeed();
    // record-count cases hold 201+ records: fewer steps keep the walk to a second.
    const walk = shrinkWalk(invalidPayload({ codes: [code] }), seed, 'deep', code === 'record-count' ? 40 : walkLimit());
    expect(walk.length, `seed ${seed}: the walk should shrink`).toBeGreaterThan(1);
    for (const [step, c] of walk.entries()) {
      const { errors, expected } = verdict(c);
      expect(errors, `seed ${seed} (FC_SEED=${seed} reproduces), shrink step ${step}: ${JSON.stringify(c)}`).toEqual([expected]);
      expect(c.expected.code).toBe(code);
    }
  });
});

describe('errorRuleCodes', () => {
  it('holds every error rule of CONTRACT.md (and unknown-endpoint), no warning and not field-access', () => {
    const contractErrors = ['payload-shape', 'record-count', 'required-field', 'mode-required-field', 'unknown-mode', 'mode-endpoint', 'unknown-field', 'field-type', 'id-format', 'date-format', 'minutes-range', 'interval-format', 'time-range', 'time-order', 'mixed-student', 'mixed-date'];
    // lone-surrogate: proposed for CONTRACT.md's table by issue 13 (10f), in the catalogue and docs.
    expect([...errorRuleCodes].sort()).toEqual([...contractErrors, 'unknown-endpoint', 'lone-surrogate'].sort());
  });
});
