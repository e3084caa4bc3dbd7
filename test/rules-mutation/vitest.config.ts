// The test run Stryker uses for `npm run mutation`: the tests that exercise the rule modules (the
// property suite, the fixture, API and hostile-input tests, and the rule tests in this
// folder), without type tests or spawned binaries. A fixed fast-check seed makes a mutant's verdict
// repeatable: the same mutant is killed, or survives, on every run.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

process.env['FC_SEED'] ??= '20261126';
// A smaller budget than CI's: each mutant reruns the tests that cover it, and the fixed seed already
// makes every run explore the same cases.
process.env['FC_NUM_RUNS'] ??= '10';

export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: [
      'properties/valid-payloads.property.ts',
      'properties/invalid-payloads.property.ts',
      'properties/validate-total.property.ts',
      'properties/record-limits.property.ts',
      'properties/arbitraries-contract.property.ts',
      'test/rules-mutation/**/*.test.ts',
      'test/fixtures.test.ts',
      'test/api.test.ts',
      'test/validate-hostile.test.ts',
    ],
    testTimeout: 60_000,
  },
});
