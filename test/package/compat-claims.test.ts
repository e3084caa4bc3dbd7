import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compatMatrix } from '../../scripts/compat-matrix.mjs';

// Claimed versions are tested versions: package.json claims exactly the Node.js lines and peer majors
// that `npm run compat` (scripts/compat.mjs) runs the consumer projects with, plus the versions this
// repository's own `npm test` runs them with (its devDependencies on its Node.js).
const root = join(import.meta.dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  engines: { node: string };
  devDependencies: Record<string, string>;
  peerDependencies: Record<string, string>;
  peerDependenciesMeta: Record<string, { optional?: boolean }>;
  scripts: Record<string, string>;
};
const major = (range: string): number => Number(/\d+/.exec(range)?.[0]);

describe('the claims of package.json', () => {
  it('engines.node is the union of the Node.js lines of the compatibility matrix', () => {
    expect(pkg.engines.node).toBe([...new Set(compatMatrix.map((cell) => cell.node))].join(' || '));
  });

  it.each(['msw', 'vitest', 'fast-check', 'jest'])('the %s range lists exactly the majors the matrix and npm test run', (peer) => {
    const tested = new Set(compatMatrix.map((cell) => major(cell.packages[peer] ?? '')));
    tested.add(major(pkg.devDependencies[peer] ?? ''));
    const claimed = (pkg.peerDependencies[peer] ?? '').split('||').map((part) => part.trim());
    expect(claimed).toEqual([...tested].sort((a, b) => a - b).map((m) => `^${m}.0.0`));
    expect(pkg.peerDependenciesMeta[peer]?.optional).toBe(true);
  });

  it('runs the first Node.js release engines.node allows, and each cell a release of its own line', () => {
    const floors = pkg.engines.node.split('||').map((range) => range.trim().replace(/^\^/, ''));
    const lowest = floors.sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))[0];
    expect(compatMatrix.map((cell) => cell.nodeVersion)).toContain(lowest);
    for (const cell of compatMatrix) if (cell.nodeVersion !== undefined) expect(major(cell.nodeVersion)).toBe(major(cell.node));
  });

  it('runs the matrix as npm run compat, and npm test on a Node.js the matrix claims', () => {
    expect(pkg.scripts['compat']).toBe('node scripts/compat.mjs');
    const line = compatMatrix.find((cell) => major(cell.node) === Number(process.versions.node.split('.')[0]));
    expect(line, `Node.js ${process.version} is not a line of the matrix`).toBeDefined();
  });
});
