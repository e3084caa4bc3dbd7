// One packed tarball per test run: test/package (the package check) and test/cli/pre-commit.test.ts
// both need the package as `npm pack` publishes it (a clean build in a staging copy: about 20 s of
// CPU). When PS_ATTENDANCE_TARBALL_DIR is set (test/tarball-setup.ts sets it for a vitest run and
// removes it afterwards), the first caller packs into it and the others wait for that tarball;
// otherwise each caller packs into a directory of its own.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { stageAndPack } from './pack-smoke-stage.mjs';

/**
 * Resolves to `{ tarball, info }`: the path of the packed tarball and npm pack's JSON for it.
 * @param {unknown} pkg - package.json.
 * @param {string} [fallbackDir] - where to pack when no shared directory is set (default: a new temporary directory).
 */
export async function sharedTarball(pkg, fallbackDir) {
  const shared = process.env.PS_ATTENDANCE_TARBALL_DIR;
  if (!shared) {
    const dir = fallbackDir ?? (await mkdtemp(join(tmpdir(), 'ps-attendance-pack-')));
    const info = await stageAndPack(pkg, dir);
    return { tarball: join(dir, info.filename), info };
  }
  const lock = join(shared, 'packing');
  const done = join(shared, 'packed.json');
  await mkdir(shared, { recursive: true });
  let mine = false;
  try {
    await mkdir(lock);
    mine = true;
  } catch (error) {
    if (error?.code !== 'EEXIST') throw error;
  }
  if (mine) {
    try {
      const info = await stageAndPack(pkg, lock);
      await rename(join(lock, info.filename), join(shared, info.filename));
      await writeFile(`${done}.tmp`, JSON.stringify(info));
      await rename(`${done}.tmp`, done);
    } catch (error) {
      await writeFile(join(shared, 'failed'), String(error?.stack ?? error));
      throw error;
    }
  }
  // Another test file packs: wait for its result (it fails or finishes within the tests' timeouts).
  while (!existsSync(done)) {
    if (existsSync(join(shared, 'failed'))) throw new Error(`packing the tarball failed in another test file:\n${await readFile(join(shared, 'failed'), 'utf8')}`);
    await sleep(250);
  }
  const info = JSON.parse(await readFile(done, 'utf8'));
  return { tarball: join(shared, info.filename), info };
}
