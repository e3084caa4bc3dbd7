// An ES module (.mts under module node16): the imports stay imports.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as main from 'ps-attendance-contract';
import * as msw from 'ps-attendance-contract/msw';
import * as jest from 'ps-attendance-contract/jest';
import * as vitest from 'ps-attendance-contract/vitest';
import * as arbitraries from 'ps-attendance-contract/arbitraries';
import { check } from './checks.js';
import * as fc from 'fast-check';

test('every entry point, imported from an ES module, with its types', () => {
  assert.equal(typeof import.meta.url, 'string');
  assert.deepEqual(check({ main, jest, vitest }), ['true', 'undefined', '1', 'true', 'true']);
  const mock: msw.PowerSchoolMock = msw.createPowerSchoolMock({ baseUrl: 'https://district.example.com' });
  assert.ok(mock.handlers.length > 0);
  const sample: arbitraries.ValidPayload[] = fc.sample(arbitraries.validPayload(), { numRuns: 5, seed: 1 });
  for (const { endpoint, payload } of sample) assert.equal(main.validate(payload, endpoint).valid, true);
});
