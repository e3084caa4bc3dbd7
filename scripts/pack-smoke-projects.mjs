// The consumer projects of the package check (test/package/consumers/): each is a small project of
// its own kind that installs the packed tarball and runs its own `npm test`:
// - cjs-jest: CommonJS, jest 30 in its default CommonJS mode and in ESM mode;
// - ts-node16: TypeScript under module node16 (a CommonJS and an ES module file) and under bundler;
// - esm-vitest: an ES module project with vitest;
// - no-peers: the tarball alone; /msw, /arbitraries, /vitest, /jest must fail with one line;
// - cli: the tarball alone; its bin through node_modules/.bin on the Node.js first on PATH.
// The tarball is installed once with npm (its own dependencies from the npm cache, so no network
// when `npm ci` has filled it); the test tools (jest, vitest, msw, fast-check, typescript) are linked
// from a node_modules directory: the repository's (npm test) or a compatibility cell's (npm run compat).
import { cp, mkdir, readdir, symlink, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { npm, sh } from './pack-smoke-stage.mjs';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'package', 'consumers');

/** The consumer projects, each a directory of test/package/consumers/. */
export const consumerProjects = ['cjs-jest', 'ts-node16', 'esm-vitest', 'no-peers', 'cli'];

// The projects installed with the tarball alone, no peer linked.
const bareProjects = new Set(['no-peers', 'cli']);

/** The packages the projects test with, linked from the tools' node_modules. */
export const linkedTools = ['jest', '@jest/globals', 'expect', 'vitest', 'msw', 'fast-check', 'typescript', '@types/node'];

/**
 * Installs the tarball and lays out the projects under `workDir`: `bare/` (the tarball, no peer) holds
 * no-peers and cli; `projects/` (the same install plus the linked tools) holds the others. Returns both roots.
 * @param {{ workDir: string, tarball: string, tools: string }} options - `tools` is a node_modules directory.
 */
export async function installProjects({ workDir, tarball, tools }) {
  const bare = join(workDir, 'bare');
  const projects = join(workDir, 'projects');
  await mkdir(bare, { recursive: true });
  await writeFile(join(bare, 'package.json'), JSON.stringify({ name: 'consumers', private: true }, null, 2));
  const installed = await sh(npm, ['install', tarball, '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'], bare);
  if (installed.code !== 0) throw new Error(`npm install of the tarball failed:\n${installed.stderr}`);
  await cp(bare, projects, { recursive: true, verbatimSymlinks: true });
  for (const name of linkedTools) {
    const link = join(projects, 'node_modules', name);
    if (existsSync(link)) continue;
    if (!existsSync(join(tools, name))) throw new Error(`${name} is not installed in ${tools}`);
    await mkdir(dirname(link), { recursive: true });
    await symlink(join(tools, name), link, 'dir');
  }
  const shared = join(fixtures, 'shared');
  for (const name of consumerProjects) {
    const target = join(bareProjects.has(name) ? bare : projects, name);
    await cp(join(fixtures, name), target, { recursive: true });
    for (const file of await readdir(shared)) await cp(join(shared, file), join(target, file));
  }
  return { bare, projects };
}

/**
 * Runs `npm test` in every consumer project, in parallel, with `node` (default: this one) first on
 * PATH. Never throws for a failing project.
 * @returns {Promise<Record<string, { code: number, output: string, ms: number }>>}
 */
export async function runProjects({ bare, projects }, { node = process.execPath } = {}) {
  const env = { PATH: `${dirname(node)}${delimiter}${process.env.PATH ?? ''}` };
  const results = await Promise.all(consumerProjects.map(async (name) => {
    const start = performance.now();
    const out = await sh(npm, ['test', '--silent'], join(bareProjects.has(name) ? bare : projects, name), env);
    return [name, { code: out.code, output: `${out.stdout}${out.stderr}`.trim(), ms: Math.round(performance.now() - start) }];
  }));
  return Object.fromEntries(results);
}
