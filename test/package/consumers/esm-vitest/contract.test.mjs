import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import fc from 'fast-check';
import { setupServer } from 'msw/node';
import * as main from 'ps-attendance-contract';
import * as matchers from 'ps-attendance-contract/vitest';
import * as msw from 'ps-attendance-contract/msw';
import * as arbitraries from 'ps-attendance-contract/arbitraries';
import schema from 'ps-attendance-contract/schemas/daily-time.request.schema.json' with { type: 'json' };
import { createRequire } from 'node:module';
import suite from './suite.cjs';

suite.defineSuite({ test, expect, beforeAll, afterAll, afterEach }, { main, matchers, msw, arbitraries, schema, fc, setupServer });

test('the dual-package hazard: an error of the CommonJS copy is instanceof the ESM class, and back', () => {
  const cjs = createRequire(import.meta.url)('ps-attendance-contract');
  expect(cjs.validate).not.toBe(main.validate);
  const errorOf = (copy) => {
    try {
      copy.assertValid({ record: [] }, 'daily_time');
    } catch (error) {
      return error;
    }
    return undefined;
  };
  expect(errorOf(cjs)).toBeInstanceOf(main.AttendanceContractError);
  expect(errorOf(main)).toBeInstanceOf(cjs.AttendanceContractError);
  expect(new Error('x')).not.toBeInstanceOf(main.AttendanceContractError);
});
