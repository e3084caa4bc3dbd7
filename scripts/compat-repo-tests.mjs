// The repository's own consumer-facing tests (the msw mock, the matchers, the arbitraries' property
// suite) run against a compatibility cell's msw, vitest and fast-check on its Node.js
// (scripts/compat.mjs). A copy of the sources and those tests gets a node_modules of its own: the
// cell's peers, linked, and this repository's runtime dependencies (ajv, …), linked.
import { cp, mkdir, symlink, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sh } from './pack-smoke-stage.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** What is copied: the sources the tests import and the files they read. */
const copied = ['package.json', 'src', 'generated', 'schemas', 'openapi.json', 'properties', 'test/msw', 'test/vitest'];

/** The test files run (type tests, *.test-d.ts, are not: they need the repository's TypeScript setup). */
export const repoTestGlobs = ['test/msw/**/*.test.ts', 'test/vitest/**/*.test.ts', 'properties/**/*.property.ts'];

/**
 * Lays out the copy under `dir` and runs vitest there with `node`. Never throws for failing tests.
 * @param {{ dir: string, tools: string, node: string }} options - `tools`: the cell's node_modules.
 * @returns {Promise<{ code: number, output: string, ms: number }>}
 */
export async function runRepoTests({ dir, tools, node }) {
  const start = performance.now();
  for (const path of copied) await cp(join(root, path), join(dir, path), { recursive: true });
  const pkg = JSON.parse(await import('node:fs').then((fs) => fs.readFileSync(join(root, 'package.json'), 'utf8')));
  const links = {
    ...Object.fromEntries(['msw', 'vitest', 'fast-check'].map((name) => [name, join(tools, name)])),
    ...Object.fromEntries(Object.keys(pkg.dependencies ?? {}).map((name) => [name, join(root, 'node_modules', name)])),
  };
  for (const [name, target] of Object.entries(links)) {
    if (!existsSync(target)) throw new Error(`${name} is not installed in ${dirname(target)}`);
    const link = join(dir, 'node_modules', name);
    await mkdir(dirname(link), { recursive: true });
    await symlink(target, link, 'dir');
  }
  await writeFile(join(dir, 'vitest.config.mjs'), `export default { test: { include: ${JSON.stringify(repoTestGlobs)}, testTimeout: 30000 } };\n`);
  const out = await sh(node, [join(dir, 'node_modules', 'vitest', 'vitest.mjs'), 'run'], dir);
  return { code: out.code, output: `${out.stdout}${out.stderr}`.trim(), ms: Math.round(performance.now() - start) };
}
