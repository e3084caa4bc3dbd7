// jest in its default CommonJS mode: every entry point is required.
const fc = require('fast-check');
const main = require('ps-attendance-contract');
const matchers = require('ps-attendance-contract/jest');
// msw 2.12 and later load an ES-module-only dependency (rettime) from msw/node, and msw 3 is ES
// modules only: jest's CommonJS mode cannot load them (jest 30.5, Node.js 20 to 24). The mock is then
// tested in jest's ESM mode (contract.test.mjs).
let setupServer;
let msw;
let mswProblem;
try {
  ({ setupServer } = require('msw/node'));
  msw = require('ps-attendance-contract/msw');
} catch (error) {
  mswProblem = error;
}
const arbitraries = require('ps-attendance-contract/arbitraries');
const schema = require('ps-attendance-contract/schemas/daily-time.request.schema.json');
const { defineSuite } = require('./suite.cjs');

expect.extend(matchers.attendanceMatchers);
defineSuite({ test, expect, beforeAll, afterAll, afterEach }, { main, matchers, msw, arbitraries, schema, fc, setupServer });

test('the /vitest entry point can be required too (the same matcher)', () => {
  expect(require('ps-attendance-contract/vitest').toMatchAttendanceContract).toBe(matchers.toMatchAttendanceContract);
});

test('the mock loads in jest CommonJS mode, or only msw itself cannot (its own ES modules)', () => {
  if (mswProblem) expect(mswProblem.message).toMatch(/Must use import to load ES Module: \S*node_modules\/(rettime|msw)\//);
  else expect(typeof msw.createPowerSchoolMock).toBe('function');
});
