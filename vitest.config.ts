import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'properties/**/*.property.ts', 'examples/**/*.test.ts'],
    // The consumer projects run their own test runners against the packed tarball (test/package).
    exclude: [...configDefaults.exclude, 'test/package/consumers/**'],
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
    testTimeout: 30_000,
    // vitest's default on 2 cores is one worker: every file in series. The package check and the
    // pre-commit test mostly wait for child processes (npm, tsc, jest, git), so they run beside the rest.
    maxWorkers: 3,
    // Every temporary file of the run under one directory, removed at the end; and one packed tarball
    // shared by test/package and test/cli/pre-commit.test.ts.
    globalSetup: ['test/temp-root-setup.ts', 'test/tarball-setup.ts'],
  },
});
