import * as fs from 'node:fs';
import { join } from 'node:path';

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
  /** The file-system calls its writes go through. */
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

  /**
   * @param out - The folder.
   * @param name - The final name.
   */
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
