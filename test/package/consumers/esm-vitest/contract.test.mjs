import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import fc from 'fast-check';
import { setupServer } from 'msw/node';
import * as main from 'ps-attendance-contract';
import * as matchers from 'ps-attendance-contract/vitest';
import * as msw from 'ps-attendance-contract/msw';
import * as arbitraries from 'ps-attendance-contract/arbitraries';
import schema from 'ps-attendance-contract/schemas/daily-time.request.schema.json' with { type: 'json' };
import suite from './suite.cjs';

suite.defineSuite({ test, expect, beforeAll, afterAll, afterEach }, { main, matchers, msw, arbitraries, schema, fc, setupServer });
