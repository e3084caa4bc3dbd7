// jest in ESM mode (node --experimental-vm-modules): every entry point is imported.
import { afterAll, afterEach, beforeAll, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { setupServer } from 'msw/node';
import * as main from 'ps-attendance-contract';
import * as matchers from 'ps-attendance-contract/jest';
import * as msw from 'ps-attendance-contract/msw';
import * as arbitraries from 'ps-attendance-contract/arbitraries';
import schema from 'ps-attendance-contract/schemas/daily-time.request.schema.json' with { type: 'json' };
import suite from './suite.cjs';

expect.extend(matchers.attendanceMatchers);
suite.defineSuite({ test, expect, beforeAll, afterAll, afterEach }, { main, matchers, msw, arbitraries, schema, fc, setupServer });
