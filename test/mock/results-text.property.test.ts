import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resultsBody, resultsText, type RecordOutcome } from '../../src/mock/results-body.js';

const action = fc.constantFrom('INSERT' as const, 'UPDATE' as const);
const fieldError = fc.record({ field: fc.string(), error_code: fc.string(), error_description: fc.string() });
const outcome: fc.Arbitrary<RecordOutcome> = fc.oneof(
  fc.record({ index: fc.nat(), action, id: fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }) }),
  fc.record({ index: fc.nat(), action, errors: fc.array(fieldError, { maxLength: 3 }) }),
  fc.record({ action, errors: fc.array(fieldError, { maxLength: 3 }) }),
);
const origin = fc.oneof(fc.constant(''), fc.constant('https://district.example'), fc.string());

describe('resultsText', () => {
  it('is exactly JSON.stringify(resultsBody(...)) for any outcomes and origin', () => {
    fc.assert(
      fc.property(fc.array(outcome, { maxLength: 6 }), origin, (outcomes, base) => {
        expect(resultsText(outcomes, base)).toBe(JSON.stringify(resultsBody(outcomes, base)));
      }),
    );
  });

  it('writes one result as an object and several as an array, as resultsBody does', () => {
    const one: RecordOutcome[] = [{ index: 0, action: 'INSERT', id: 100001 }];
    expect(JSON.parse(resultsText(one, 'https://d.example'))).toEqual(resultsBody(one, 'https://d.example'));
    expect(resultsText([], 'x')).toBe(JSON.stringify(resultsBody([], 'x')));
  });
});
