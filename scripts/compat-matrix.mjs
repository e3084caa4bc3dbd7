// The compatibility matrix of `npm run compat` (scripts/compat.mjs): per cell, the consumer projects
// and (unless `repoTests: false`) the repository's own mock, matcher and property tests. package.json's `engines.node`
// and `peerDependencies` must claim exactly these Node.js majors and peer majors
// (test/package/compat-claims.test.ts).
const common = { jest: '^30.0.0', '@jest/globals': '^30.0.0', typescript: '5.9' };

export const compatMatrix = [
  // The oldest majors we claim, on the oldest Node.js: the newest release of each, and the first.
  { name: 'node20-oldest', node: '^20.19.0', packages: { ...common, msw: '^2.0.0', vitest: '^3.0.0', 'fast-check': '^3.0.0', '@types/node': '^20.0.0' } },
  // (msw 2.0.0 declares TypeScript <= 5.2 as an optional peer; npm installs it with --legacy-peer-deps.
  // The repository's mock tests are not run there: they call msw's getResponse, which 2.0.0 lacks.)
  // On the first Node.js release engines.node allows (`nodeVersion`; other cells get the newest of their line).
  { name: 'node20-floor', node: '^20.19.0', nodeVersion: '20.19.0', packages: { ...common, msw: '2.0.0', vitest: '3.0.0', 'fast-check': '3.0.0', '@types/node': '^20.0.0' }, npmFlags: ['--legacy-peer-deps'], repoTests: false },
  // The newest majors, on every newer Node.js line (msw 3 and vitest 5 need Node.js >= 22.12).
  { name: 'node22-newest', node: '^22.12.0', packages: { ...common, msw: '^3.0.0', vitest: '^5.0.0', 'fast-check': '^4.0.0', '@types/node': '^22.0.0' } },
  { name: 'node24-newest', node: '^24.0.0', packages: { ...common, msw: '^3.0.0', vitest: '^5.0.0', 'fast-check': '^4.0.0', '@types/node': '^24.0.0' } },
  { name: 'node26-newest', node: '^26.0.0', packages: { ...common, msw: '^3.0.0', vitest: '^5.0.0', 'fast-check': '^4.0.0', '@types/node': '^26.0.0' } },
];
