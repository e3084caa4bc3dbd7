import * as fs from 'node:fs';
import { dirname, join } from 'node:path';
import { CliError } from '../cli-error.js';

/**
 * The file-system calls a split's writes go through: `node:fs` in use, a fault-injecting wrapper in
 * tests (a disk that fills up after so many bytes, a rename that fails).
 *
 * @example
 * ```ts
 * import * as fs from 'node:fs';
 * const real: SplitFs = fs;
 * ```
 */
export type SplitFs = Pick<typeof fs, 'openSync' | 'writeSync' | 'closeSync' | 'renameSync' | 'unlinkSync'>;

/**
 * The file that marks a finished split: the summary, written last. A folder without it holds an
 * interrupted split (killed, or a write failed before the end); with `"complete": false` in it, one
 * that stopped at bad input or a write error.
 *
 * @example
 * ```ts
 * summaryFileName; // 'summary.json'
 * ```
 */
export const summaryFileName = 'summary.json';

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
      makeFolder(dir, shown);
      return;
    }
    if (!info.isDirectory()) {
      if (isSame(info, input)) throw new CliError(`--out-dir ${shown}: is the input file: name a new or empty folder for the payload files.`);
      throw new CliError(`--out-dir ${shown}: is a file, not a folder: name a new or empty folder.`);
    }
    entries = fs.readdirSync(dir);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`--out-dir ${shown}: cannot use the folder (${reasonOf(error)}).`);
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
      throw new CliError(`--out-dir ${shown}: cannot delete the earlier output ${name} (${reasonOf(error)}): remove it by hand.`);
    }
  }
}

// mkdir -p one level at a time (Node's recursive mkdir loops forever under /proc).
function makeFolder(dir: string, shown: string): void {
  try {
    fs.mkdirSync(dir);
  } catch (error) {
    if (isCode(error, 'EEXIST')) return;
    const parent = dirname(dir);
    if (!isCode(error, 'ENOENT') || parent === dir) throw error;
    makeFolder(parent, shown);
    fs.mkdirSync(dir);
  }
}

function isSame(info: fs.Stats | undefined, input: FileIdentity | undefined): boolean {
  return info !== undefined && input !== undefined && info.dev === input.dev && info.ino === input.ino;
}

/**
 * The output folder of a split: every file is written under a temporary name and renamed into place,
 * so a reader never sees half a file; a write that fails removes its temporary file and throws.
 *
 * @example
 * ```ts
 * const out = new OutputFolder('/tmp/out');
 * out.writeFile('batch_daily_time-0001.json', '{"record":[]}\n');
 * ```
 */
export class OutputFolder {
  /** The folder. */
  readonly dir: string;
  /** @internal The file-system calls used. */
  readonly fs: SplitFs;

  /**
   * @param dir - The absolute folder path (it exists).
   * @param files - The file-system calls to use (tests inject faults here).
   */
  constructor(dir: string, files: SplitFs = fs) {
    this.dir = dir;
    this.fs = files;
  }

  /** Writes `text` to `name` atomically; on failure nothing of it is left and the error is thrown. */
  writeFile(name: string, text: string): void {
    const file = new TempFile(this, name);
    file.append(Buffer.from(text, 'utf8'));
    file.commit();
  }
}

/**
 * A file being written under a temporary name in an {@link OutputFolder}, renamed into place by
 * `commit()`. Any failed call removes the temporary file and rethrows.
 *
 * @example
 * ```ts
 * const file = new TempFile(out, 'rejects.ndjson');
 * file.append(Buffer.from('{}\n'));
 * file.commit();
 * ```
 */
export class TempFile {
  readonly #out: OutputFolder;
  readonly #name: string;
  readonly #temporary: string;
  #fd: number | undefined;

  /** @param out - The folder. @param name - The final name. */
  constructor(out: OutputFolder, name: string) {
    this.#out = out;
    this.#name = name;
    this.#temporary = join(out.dir, `.${name}.split-${process.pid}.tmp`);
    this.#fd = this.#guard(() => out.fs.openSync(this.#temporary, 'w'));
  }

  /** Writes all of `bytes`. */
  append(bytes: Uint8Array): void {
    const fd = this.#open();
    this.#guard(() => {
      for (let done = 0; done < bytes.length; ) done += this.#out.fs.writeSync(fd, bytes, done, bytes.length - done);
    });
  }

  /** Closes the file and moves it into place. */
  commit(): void {
    const fd = this.#open();
    this.#guard(() => {
      this.#fd = undefined;
      this.#out.fs.closeSync(fd);
      this.#out.fs.renameSync(this.#temporary, join(this.#out.dir, this.#name));
    });
  }

  #open(): number {
    if (this.#fd === undefined) throw new Error(`${this.#name}: already closed`);
    return this.#fd;
  }

  #guard<T>(action: () => T): T {
    try {
      return action();
    } catch (error) {
      this.#discard();
      throw error;
    }
  }

  #discard(): void {
    const fd = this.#fd;
    this.#fd = undefined;
    try {
      if (fd !== undefined) this.#out.fs.closeSync(fd);
    } catch {
      // The write already failed; the temporary file goes either way.
    }
    try {
      this.#out.fs.unlinkSync(this.#temporary);
    } catch {
      // Never created, or already renamed.
    }
  }
}

/**
 * An NDJSON file of an {@link OutputFolder}: lines are buffered and written synchronously, so when a
 * write fails it is known exactly what is on disk (nothing: the temporary file is removed).
 *
 * @example
 * ```ts
 * const rejects = new LineFile(out, 'rejects.ndjson', true);
 * rejects.write({ line: 3, diagnostics: [] });
 * rejects.close(); // rejects.onDisk === 1
 * ```
 */
export class LineFile {
  readonly #out: OutputFolder;
  readonly #name: string;
  readonly #always: boolean;
  #file: TempFile | undefined;
  #buffer: string[] = [];
  #buffered = 0;
  #failed = false;
  /** Lines written so far. */
  count = 0;
  /** Lines in the file in its final place: `count` after a successful `close()`, else 0. */
  onDisk = 0;

  /**
   * @param out - The folder.
   * @param name - The final file name.
   * @param always - Write the file even when it gets no line (an empty file says "none").
   */
  constructor(out: OutputFolder, name: string, always: boolean) {
    this.#out = out;
    this.#name = name;
    this.#always = always;
  }

  /** Appends `value` as one JSON line. */
  write(value: unknown): void {
    const text = `${JSON.stringify(value)}\n`;
    this.count++;
    this.#buffer.push(text);
    this.#buffered += text.length;
    if (this.#buffered >= 1 << 20) this.#flush();
  }

  /** Finishes the file and moves it into place; once failed, does nothing. */
  close(): void {
    if (this.#failed || (this.count === 0 && !this.#always)) return;
    this.#flush();
    this.#attempt(() => (this.#file ??= new TempFile(this.#out, this.#name)).commit());
    this.onDisk = this.count;
  }

  #flush(): void {
    const text = this.#buffer.join('');
    this.#buffer = [];
    this.#buffered = 0;
    if (text !== '') this.#attempt(() => (this.#file ??= new TempFile(this.#out, this.#name)).append(Buffer.from(text, 'utf8')));
  }

  #attempt(action: () => void): void {
    if (this.#failed) return;
    try {
      action();
    } catch (error) {
      this.#failed = true;
      throw error;
    }
  }
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function isCode(error: unknown, code: string): boolean {
  return error !== null && typeof error === 'object' && 'code' in error && error.code === code;
}
