// The entry points with an optional peer dependency (scripts/build.mjs writes a peer-checking wrapper
// for each, dist/entries/<name>.js and dist/cjs/entries/<name>.js): the subpath name, the peer, the
// compiled entry module under dist/, and whether the entry module imports the peer at run time.
export const peerEntries = [
  { name: 'msw', peer: 'msw', module: 'src/msw/index.js', loadsPeer: true },
  { name: 'arbitraries', peer: 'fast-check', module: 'properties/arbitraries/index.js', loadsPeer: true },
  { name: 'vitest', peer: 'vitest', module: 'src/vitest/index.js', loadsPeer: false },
  { name: 'jest', peer: 'jest', module: 'src/jest/index.js', loadsPeer: false },
];
