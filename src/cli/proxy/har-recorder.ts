import { renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Exchange } from '../../exchange/exchange.js';
import { harDocument, harEntry, type ExchangeTiming } from '../../exchange/har-document.js';
import { SecretRedactor } from '../../exchange/secret-redactor.js';

/**
 * Writes the proxy's exchanges to a HAR 1.2 file, redacted (see {@link SecretRedactor}). The whole
 * file is rewritten atomically (a temporary file renamed over it) shortly after each exchange and on
 * {@link HarRecorder.flush}, so it is always a complete HAR: a proxy killed with SIGKILL leaves the
 * exchanges up to the last write. Each entry is redacted and serialised once, and again only when a
 * new secret was learned since (so a token learned late is also removed from earlier entries); writes
 * are spaced by at least ten times the last write's duration, so a long session spends at most about
 * a tenth of its time writing. The file is created mode 0600: it holds student attendance data.
 *
 * @example
 * ```ts
 * const recorder = new HarRecorder('session.har', '0.1.0', (message) => process.stderr.write(`${message}\n`));
 * recorder.flush(); // creates the file (empty HAR); throws when it cannot be written
 * recorder.add(exchange, { startedDateTime: new Date().toISOString(), timeMs: 12 });
 * ```
 */
export class HarRecorder {
  readonly #path: string;
  readonly #version: string;
  readonly #warn: (message: string) => void;
  readonly #entries: { exchange: Exchange; timing: ExchangeTiming; text?: string; version?: number }[] = [];
  #pause = 100;
  readonly #redactor = new SecretRedactor();
  #timer: NodeJS.Timeout | undefined;
  #failed = false;

  /**
   * @param path - The HAR file to (re)write.
   * @param version - The package version, for `log.creator`.
   * @param warn - Told once when a later write fails (disk full, removed directory): proxying goes on.
   */
  constructor(path: string, version: string, warn: (message: string) => void) {
    this.#path = path;
    this.#version = version;
    this.#warn = warn;
  }

  /**
   * Adds an exchange; the file is rewritten within 100 ms (longer for a large recording).
   *
   * @example
   * ```ts
   * recorder.add(exchange, timing);
   * ```
   */
  add(exchange: Exchange, timing: ExchangeTiming): void {
    this.#redactor.learn(exchange);
    this.#entries.push({ exchange, timing });
    this.#timer ??= setTimeout(() => {
      this.#timer = undefined;
      try {
        this.flush();
      } catch (error) {
        if (!this.#failed) this.#warn(`--record ${this.#path}: cannot write the recording (${(error as NodeJS.ErrnoException).code ?? String(error)}); it holds the exchanges up to the last write.`);
        this.#failed = true;
      }
    }, this.#pause);
  }

  /**
   * Writes the file now (atomically); throws the file-system error when it cannot.
   *
   * @example
   * ```ts
   * recorder.flush();
   * ```
   */
  flush(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
    const started = performance.now();
    const version = this.#redactor.version;
    const entries = this.#entries.map((entry) => {
      if (entry.text === undefined || entry.version !== version) {
        entry.text = JSON.stringify(harEntry(this.#redactor.redact(entry.exchange), entry.timing), null, 2).replace(/\n/g, '\n      ');
        entry.version = version;
      }
      return entry.text;
    });
    const [head, tail] = JSON.stringify(harDocument([], this.#version), null, 2).split('"entries": []');
    const text = `${head}"entries": [${entries.length === 0 ? '' : `\n      ${entries.join(',\n      ')}\n    `}]${tail}\n`;
    const temp = join(dirname(this.#path), `.${basename(this.#path)}.${process.pid}.tmp`);
    try {
      writeFileSync(temp, text, { mode: 0o600 });
      renameSync(temp, this.#path);
      this.#pause = Math.max(100, Math.round(10 * (performance.now() - started)));
    } catch (error) {
      try {
        unlinkSync(temp);
      } catch {
        // Never created.
      }
      throw error;
    }
  }
}
