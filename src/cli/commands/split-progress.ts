import type { CliIo } from '../command.js';

/**
 * The running counts of a split.
 *
 * @example
 * ```ts
 * const counts: SplitCounts = { records: 0, planned: 0, payloads: 0, rejected: 0 };
 * ```
 */
export interface SplitCounts {
  /** Records read from the input. */
  records: number;
  /** Records written in payload files. */
  planned: number;
  /** Payload files written. */
  payloads: number;
  /** Records written to rejects.ndjson. */
  rejected: number;
}

/**
 * A one-line progress display on standard error, shown only when it is a terminal and only once the
 * split has run for a second (short inputs print nothing); redrawn at most four times a second.
 *
 * @example
 * ```ts
 * const progress = new SplitProgress(io);
 * progress.update(counts); // cheap: call it for every record
 * progress.clear();
 * ```
 */
export class SplitProgress {
  readonly #stream: CliIo['stderr'] | undefined;
  readonly #started = Date.now();
  #next: number;
  #shown = false;

  /** @param io - The command's io; progress goes to `io.stderr` when it is a TTY. */
  constructor(io: CliIo) {
    this.#stream = io.stderr.isTTY === true ? io.stderr : undefined;
    this.#next = this.#started + 1000;
  }

  /** Redraws the line when it is time. */
  update(counts: SplitCounts): void {
    if (this.#stream === undefined || (counts.records & 1023) !== 0) return;
    const now = Date.now();
    if (now < this.#next) return;
    this.#next = now + 250;
    this.#shown = true;
    const rate = Math.round(counts.records / ((now - this.#started) / 1000));
    this.#stream.write(`\r\x1b[Ksplit: ${fmt(counts.records)} records read (${fmt(rate)}/s), ${fmt(counts.payloads)} payloads written, ${fmt(counts.rejected)} rejected`);
  }

  /** Removes the line, if one was drawn. */
  clear(): void {
    if (this.#shown) this.#stream?.write('\r\x1b[K');
    this.#shown = false;
  }
}

function fmt(n: number): string {
  return n.toLocaleString('en-US');
}
