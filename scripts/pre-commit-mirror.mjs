// The pre-commit hook repository, built from the packed package: the tarball's files (dist/ prebuilt,
// bin/, schemas/, …), its package.json without devDependencies and scripts, and this repository's
// .pre-commit-hooks.yaml, committed in a new git repository. pre-commit installs a `language: node`
// hook by running `npm install` (dev dependencies included) and `npm pack` in the hook repository:
// in this repository that is ~750 dev packages and a TypeScript build (about 2 minutes); in the
// mirror it is the four runtime dependencies and no build (seconds). Publish it as its own
// repository (docs/cli.md, "pre-commit") and tag it with the package's version.
//
//   node scripts/pre-commit-mirror.mjs <out-dir>     packs the working tree (clean build) and writes the mirror
import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { stageAndPack } from './pack-smoke-stage.mjs';

const run = promisify(execFile);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Writes the hook repository into `dir` (which must not exist or be empty) from `tarball`, and
 * commits it. Resolves to the commit id.
 * @param {string} tarball
 * @param {string} dir
 * @param {NodeJS.ProcessEnv} [env] - the environment of the git commands.
 */
export async function writeHookMirror(tarball, dir, env = process.env) {
  await mkdir(dir, { recursive: true });
  await run('tar', ['-xzf', tarball, '-C', dir, '--strip-components=1']);
  const pkg = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8'));
  delete pkg.devDependencies;
  delete pkg.scripts;
  await writeFile(join(dir, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
  await copyFile(join(root, '.pre-commit-hooks.yaml'), join(dir, '.pre-commit-hooks.yaml'));
  const git = (...args) => run('git', args, { cwd: dir, env });
  await git('init', '--quiet');
  await git('add', '--all');
  await git('-c', 'user.name=ps-attendance', '-c', 'user.email=ps-attendance@example.com', 'commit', '--quiet', '-m', `ps-attendance-contract ${pkg.version}`);
  return (await git('rev-parse', 'HEAD')).stdout.trim();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = process.argv[2];
  if (!out) {
    console.error('usage: node scripts/pre-commit-mirror.mjs <out-dir>');
    process.exit(2);
  }
  const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
  const work = await mkdtemp(join(tmpdir(), 'ps-attendance-mirror-'));
  try {
    const info = await stageAndPack(pkg, work);
    const commit = await writeHookMirror(join(work, info.filename), resolve(out));
    console.log(`wrote the pre-commit hook repository ${resolve(out)} (commit ${commit}); tag it v${pkg.version}`);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
