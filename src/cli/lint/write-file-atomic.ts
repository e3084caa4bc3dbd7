import { chmodSync, realpathSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { CliError } from '../cli-error.js';

/**
 * Replaces a file's content atomically: writes a temporary file in the same directory (same file
 * system), gives it the original's permissions, then renames it over the original, so a reader never
 * sees half a file. A symbolic link is followed: its target is replaced, the link kept.
 *
 * @example
 * ```ts
 * writeFileAtomic('/repo/payload.json', fixedText, 'payload.json');
 * ```
 */
export function writeFileAtomic(path: string, content: string, displayName: string): void {
  let target = path;
  let temp: string | undefined;
  try {
    target = realpathSync(path);
    const { mode } = statSync(target);
    temp = join(dirname(target), `.${basename(target)}.${process.pid}.${Math.random().toString(36).slice(2, 10)}.tmp`);
    writeFileSync(temp, content, { flag: 'wx' });
    chmodSync(temp, mode & 0o7777);
    renameSync(temp, target);
    temp = undefined;
  } catch (error) {
    throw new CliError(`${displayName}: could not write the fixed file (${error instanceof Error ? error.message : String(error)}); it is unchanged.`);
  } finally {
    if (temp !== undefined) {
      try {
        unlinkSync(temp);
      } catch {
        // Nothing was created, or it is already gone.
      }
    }
  }
}
