// The process and packing helpers of scripts/pack-smoke.mjs.
import { execFile } from 'node:child_process';
import { statSync } from 'node:fs';
import { cp, readFile, symlink } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import ignore from 'ignore';

const run = promisify(execFile);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The npm executable. */
export const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** Runs a command (with `env` over this process's environment); resolves to its output, or to the failure's output with a non-zero `code`. */
export async function sh(file, args, cwd, env = {}) {
  try {
    const { stdout, stderr } = await run(file, args, { cwd, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...env } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    return { code: typeof error.code === 'number' ? error.code : 1, stdout: error.stdout ?? '', stderr: error.stderr ?? String(error.message) };
  }
}

/**
 * Packs the package as `npm pack` would publish it, without touching the shared dist/: copies the
 * working tree (what .gitignore does not exclude) to a staging directory, runs the prepack script
 * there (the clean build), then packs. dist/ of the working tree may hold stale or foreign files
 * that a real publish's clean build would drop.
 */
export async function stageAndPack(pkg, workDir) {
  const stage = join(workDir, 'stage');
  const ignored = ignore().add(await readFile(join(root, '.gitignore'), 'utf8')).add(['.git']);
  await cp(root, stage, {
    recursive: true,
    filter: (source) => {
      const path = relative(root, source);
      return path === '' || !ignored.ignores(statSync(source).isDirectory() ? `${path}/` : path);
    },
  });
  await symlink(join(root, 'node_modules'), join(stage, 'node_modules'), 'dir');
  if (pkg.scripts?.prepack) {
    const built = await sh(npm, ['run', 'prepack', '--silent'], stage);
    if (built.code !== 0) throw new Error(`the prepack script failed in the staging copy:\n${built.stdout}${built.stderr}`);
  }
  const packed = await sh(npm, ['pack', '--ignore-scripts', '--json', '--pack-destination', workDir], stage);
  if (packed.code !== 0) throw new Error(`npm pack failed:\n${packed.stderr}`);
  return JSON.parse(packed.stdout)[0];
}
