import { createWriteStream, renameSync, writeFileSync, type WriteStream } from 'node:fs';
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { once } from 'node:events';
import { CliError } from '../cli-error.js';

// What a split writes: earlier output `--force` replaces. Anything else in the folder is left alone.
const ownFile = /^(?:batch_daily_time-\d+\.json|meeting_interval-\d+-\d{4}-\d{2}-\d{2}\.json|rejects\.ndjson|warnings\.ndjson|\..+\.split-\d+\.tmp)$/;

/**
 * Makes the output folder ready: creates it when missing; refuses a non-empty one unless `force`,
 * and with `force` deletes the files an earlier split wrote there (payload files, rejects.ndjson,
 * warnings.ndjson), so stale payloads cannot be mixed with new ones.
 *
 * @param dir - The absolute folder path.
 * @param shown - The folder as the user wrote it, for messages.
 * @param force - Whether `--force` was given.
 * @example
 * ```ts
 * await prepareOutDir('/tmp/out', 'out', false);
 * ```
 */
export async function prepareOutDir(dir: string, shown: string, force: boolean): Promise<void> {
  let entries: string[];
  try {
    const info = await stat(dir).catch((error: unknown) => (isCode(error, 'ENOENT') ? undefined : Promise.reject(error)));
    if (info === undefined) {
      await mkdir(dir, { recursive: true });
      return;
    }
    if (!info.isDirectory()) throw new CliError(`--out-dir ${shown}: is a file, not a folder: name a new or empty folder.`);
    entries = await readdir(dir);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`--out-dir ${shown}: cannot use the folder (${error instanceof Error ? error.message : String(error)}).`);
  }
  if (entries.length === 0) return;
  if (!force) {
    throw new CliError(`--out-dir ${shown}: the folder is not empty (${entries.length} entries): name a new or empty folder, or pass --force to replace earlier split output there.`);
  }
  for (const name of entries) {
    if (!ownFile.test(name)) continue;
    await rm(join(dir, name), { force: true }).catch((error: unknown) => {
      throw new CliError(`--out-dir ${shown}: cannot delete the earlier output ${name} (${error instanceof Error ? error.message : String(error)}): remove it by hand.`);
    });
  }
}

/**
 * Writes a file atomically: to a temporary name in the same folder, then renamed into place, so a
 * reader never sees half a payload. Synchronous: a split writes thousands of small files one after
 * another, and the thread-pool round trips of the promise API nearly double the time per file.
 *
 * @example
 * ```ts
 * writeFileAtomic('/tmp/out', 'batch_daily_time-0001.json', '{"record":[]}\n');
 * ```
 */
export function writeFileAtomic(dir: string, name: string, text: string): void {
  const temporary = join(dir, temporaryName(name));
  writeFileSync(temporary, text);
  renameSync(temporary, join(dir, name));
}

/**
 * An NDJSON file written line by line under a temporary name and renamed into place by `close()`.
 * Created on the first line unless `always`; `close()` of a never-written, non-`always` file writes nothing.
 *
 * @example
 * ```ts
 * const rejects = new LineFile('/tmp/out', 'rejects.ndjson', true);
 * await rejects.write({ line: 3, diagnostics: [] });
 * await rejects.close();
 * ```
 */
export class LineFile {
  readonly #dir: string;
  readonly #name: string;
  readonly #always: boolean;
  #stream: WriteStream | undefined;
  #error: unknown;
  /** Lines written so far. */
  count = 0;

  /**
   * @param dir - The folder.
   * @param name - The final file name.
   * @param always - Write the file even when it gets no line (an empty file says "none").
   */
  constructor(dir: string, name: string, always: boolean) {
    this.#dir = dir;
    this.#name = name;
    this.#always = always;
  }

  /** Appends `value` as one JSON line, waiting when the disk falls behind. */
  async write(value: unknown): Promise<void> {
    this.#stream ??= this.#open();
    if (this.#error !== undefined) throw this.#error;
    this.count++;
    if (!this.#stream.write(`${JSON.stringify(value)}\n`)) await once(this.#stream, 'drain');
  }

  /** Finishes the file and moves it into place. */
  async close(): Promise<void> {
    if (this.#stream === undefined && !this.#always) return;
    const stream = (this.#stream ??= this.#open());
    if (this.#error !== undefined) throw this.#error;
    await new Promise<void>((done, fail) => {
      stream.once('error', fail);
      stream.end(() => done());
    });
    await rename(join(this.#dir, temporaryName(this.#name)), join(this.#dir, this.#name));
  }

  #open(): WriteStream {
    const stream = createWriteStream(join(this.#dir, temporaryName(this.#name)));
    // Kept for the next call: an 'error' with no listener would crash the process.
    stream.on('error', (error) => (this.#error ??= error));
    return stream;
  }
}

function temporaryName(name: string): string {
  return `.${name}.split-${process.pid}.tmp`;
}

function isCode(error: unknown, code: string): boolean {
  return error !== null && typeof error === 'object' && 'code' in error && error.code === code;
}
