import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { endpointIds } from '../src/endpoints.js';
import { checkParsedJson } from '../src/plain-schema-check.js';
import { validate, validateParsedJson } from '../src/validate.js';
import { invalidPayload, validPayload } from './arbitraries/index.js';
import { fcParams } from './fc-params.js';

// validateParsedJson takes the errors of the plain-access validators (and lets rules read members
// untested) because JSON.parse makes only plain data. On anything JSON.parse returned it must give
// exactly what validate() gives: the same verdict, and every diagnostic the same, in the same order.
const reparsed = (value: unknown): unknown => JSON.parse(JSON.stringify(value) ?? 'null');

describe('validateParsedJson answers as validate() on what JSON.parse returns', () => {
  it('for invalid payloads of every error rule, several mistakes at once', () => {
    fc.assert(
      fc.property(fc.array(invalidPayload(), { minLength: 1, maxLength: 3 }), (cases) => {
        // Mistakes of several cases merged into one payload of the first case's endpoint: many errors at once.
        const first = cases[0] as (typeof cases)[number];
        const payload = reparsed(first.payload);
        const records = (value: unknown): unknown => (value !== null && typeof value === 'object' ? (value as { record?: unknown }).record : undefined);
        for (const other of cases.slice(1)) {
          const into = records(payload);
          const more = records(reparsed(other.payload));
          if (Array.isArray(into) && Array.isArray(more)) into.push(...(more as unknown[]));
        }
        expect(validateParsedJson(payload, first.endpoint)).toEqual(validate(payload, first.endpoint));
      }),
      fcParams(400),
    );
  });

  it('for valid payloads, and for any JSON value against every endpoint', () => {
    fc.assert(
      fc.property(fc.oneof(validPayload().map((v) => v.payload), fc.jsonValue()), fc.constantFrom(...endpointIds), (value, endpoint) => {
        const payload = reparsed(value);
        expect(validateParsedJson(payload, endpoint)).toEqual(validate(payload, endpoint));
      }),
      fcParams(400),
    );
  });

  it('for records that hold members named after Object.prototype members and __proto__', () => {
    const text = '{"record":[{"tables":{"attendance":{"studentid":"1","__proto__":"x","constructor":1,"toString":"y","att_date":"2025-09-02","schoolid":"1","yearid":"35","att_mode_code":"ATT_ModeDaily","attendance_codeid":"3"}}}],"hasOwnProperty":1}';
    for (const endpoint of endpointIds) expect(validateParsedJson(JSON.parse(text), endpoint)).toEqual(validate(JSON.parse(text), endpoint));
  });

  it('when Object.prototype carries a model member, enumerable or not (the plain-data check steps aside)', () => {
    // Without the check of Object.prototype, a non-enumerable inherited studentid would pass for a
    // member of every record that lacks one, and a payload missing it would look valid.
    const text = '{"record":[{"tables":{"attendance":{"att_date":"2025-09-02","schoolid":"1","yearid":"35","att_mode_code":"ATT_ModeDaily","attendance_codeid":"3"}}}]}';
    for (const enumerable of [false, true]) {
      Object.defineProperty(Object.prototype, 'studentid', { value: '4242', enumerable, configurable: true, writable: true });
      try {
        expect(checkParsedJson(JSON.parse(text), 'daily_time')).toBeUndefined();
        const result = validateParsedJson(JSON.parse(text), 'daily_time');
        expect(result.valid).toBe(false);
        expect(result).toEqual(validate(JSON.parse(text), 'daily_time'));
      } finally {
        delete (Object.prototype as Record<string, unknown>)['studentid'];
      }
    }
    expect(checkParsedJson(JSON.parse(text), 'daily_time')).toMatchObject({ valid: false });
  });
});
