import { renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * The machine-readable line a server prints on stdout once it accepts connections (and writes to
 * `--ready-file`): one JSON object, `event` `ready`, with its `url` and `pid`. A harness in any
 * language reads one line and parses it; `grep -o 'http://[^"]*'` works too.
 *
 * @example
 * ```ts
 * readyLine({ url: 'http://127.0.0.1:41234', command: 'serve' });
 * // '{"event":"ready","command":"serve","url":"http://127.0.0.1:41234","pid":4242}\n'
 * ```
 */
export function readyLine(fields: { readonly url: string; readonly command: string } & Readonly<Record<string, string>>): string {
  const { command, url, ...rest } = fields;
  return `${JSON.stringify({ event: 'ready', command, url, pid: process.pid, ...rest })}\n`;
}

/**
 * Writes the ready line to a file atomically (a temporary file renamed into place), so that a
 * harness polling for the file never reads half of it.
 *
 * @example
 * ```ts
 * writeReadyFile('/tmp/serve.ready', readyLine({ url, command: 'serve' }));
 * ```
 */
export function writeReadyFile(path: string, line: string): void {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(temp, line);
    renameSync(temp, path);
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {
      // Never created.
    }
    throw error;
  }
}
