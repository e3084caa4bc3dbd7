import * as fs from 'node:fs';
import { dirname, join } from 'node:path';
import { CliError } from '../cli-error.js';
import { ioReason } from '../io/io-reason.js';
import { summaryFileName } from './split-output.js';

// What a split writes: earlier output `--force` replaces. Anything else in the folder is left alone.
const ownFile = /^(?:batch_daily_time-\d+\.json|meeting_interval-\d+-\d{4}-\d{2}-\d{2}\.json|rejects\.ndjson|warnings\.ndjson|summary\.json|\..+\.split-\d+\.tmp)$/;

/**
 * The device and inode of a file, to recognise it under another name.
 *
 * @example
 * ```ts
 * const id: FileIdentity = { dev: 2049, ino: 131 };
 * ```
 */
export interface FileIdentity {
  readonly dev: number;
  readonly ino: number;
}

/**
 * Makes the output folder ready: creates it (and missing parents, failing at once where one cannot be
 * made); refuses a non-empty one unless `force`, and with `force` deletes what an earlier split wrote
 * there, `summary.json` first (so a run killed while cleaning up cannot look finished). Refuses a folder
 * that is the input file, and, with `force`, a folder where the input is a file the split would replace.
 *
 * @param dir - The absolute folder path.
 * @param shown - The folder as the user wrote it, for messages.
 * @param force - Whether `--force` was given.
 * @param input - The input file's identity (undefined for standard input).
 * @example
 * ```ts
 * prepareOutDir('/tmp/out', 'out', false, undefined);
 * ```
 */
export function prepareOutDir(dir: string, shown: string, force: boolean, input: FileIdentity | undefined): void {
  let entries: string[];
  try {
    const info = fs.statSync(dir, { throwIfNoEntry: false });
    if (info === undefined) {
      makeFolder(dir);
      return;
    }
    if (!info.isDirectory()) {
      if (isSame(info, input)) throw new CliError(`--out-dir ${shown}: is the input file: name a new or empty folder for the payload files.`);
      throw new CliError(`--out-dir ${shown}: is a file, not a folder: name a new or empty folder.`);
    }
    entries = fs.readdirSync(dir);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`--out-dir ${shown}: cannot use the folder (${ioReason(error)}).`);
  }
  if (entries.length === 0) return;
  if (!force) {
    throw new CliError(`--out-dir ${shown}: the folder is not empty (${entries.length} entries): name a new or empty folder, or pass --force to replace earlier split output there.`);
  }
  const own = entries.filter((name) => ownFile.test(name)).sort((a, b) => Number(b === summaryFileName) - Number(a === summaryFileName));
  for (const name of own) {
    if (isSame(fs.lstatSync(join(dir, name), { throwIfNoEntry: false }), input)) {
      throw new CliError(`--out-dir ${shown}: the input is ${name} in that folder, which --force would replace: move the input out of the folder, or name another folder.`);
    }
  }
  for (const name of own) {
    try {
      fs.rmSync(join(dir, name), { force: true });
    } catch (error) {
      throw new CliError(`--out-dir ${shown}: cannot delete the earlier output ${name} (${ioReason(error)}): remove it by hand.`);
    }
  }
}

// mkdir -p one level at a time (Node's recursive mkdir loops forever under /proc).
function makeFolder(dir: string): void {
  try {
    fs.mkdirSync(dir);
  } catch (error) {
    if (isCode(error, 'EEXIST')) return;
    const parent = dirname(dir);
    if (!isCode(error, 'ENOENT') || parent === dir) throw error;
    makeFolder(parent);
    fs.mkdirSync(dir);
  }
}

function isSame(info: fs.Stats | undefined, input: FileIdentity | undefined): boolean {
  return info !== undefined && input !== undefined && info.dev === input.dev && info.ino === input.ino;
}

function isCode(error: unknown, code: string): boolean {
  return error !== null && typeof error === 'object' && 'code' in error && error.code === code;
}
