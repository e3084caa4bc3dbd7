// jest in its default CommonJS mode: every entry point is required.
const fc = require('fast-check');
const main = require('ps-attendance-contract');
const matchers = require('ps-attendance-contract/jest');
// msw 2.12 and later load an ES-module-only dependency (rettime) from msw/node, which jest's
// CommonJS mode can require only on Node.js 24.9 and later (jest's require(esm) support); msw 3 is
// ES modules only. On older Node.js the mock is tested in jest's ESM mode (contract.test.mjs).
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

test('the mock loads in jest CommonJS mode, or only msw itself cannot (Node.js < 24.9)', () => {
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (major > 24 || (major === 24 && minor >= 9)) expect(mswProblem).toBeUndefined();
  else if (mswProblem) expect(mswProblem.message).toMatch(/Must use import to load ES Module: \S*node_modules\/(rettime|msw)\//);
  else expect(typeof msw.createPowerSchoolMock).toBe('function');
});
