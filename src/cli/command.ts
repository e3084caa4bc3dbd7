/**
 * The process edges a command talks to; tests pass their own.
 *
 * @example
 * ```ts
 * const io: CliIo = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env };
 * ```
 */
export interface CliIo {
  /** Standard input (read for `-`). */
  readonly stdin: NodeJS.ReadableStream & { readonly isTTY?: boolean };
  /** Standard output: the report. */
  readonly stdout: NodeJS.WritableStream & { readonly isTTY?: boolean; readonly columns?: number };
  /** Standard error: usage and I/O errors, progress. */
  readonly stderr: NodeJS.WritableStream & { readonly isTTY?: boolean };
  /** The working directory paths are resolved against. */
  readonly cwd: string;
  /** The environment (NO_COLOR, CI, …). */
  readonly env: Readonly<Record<string, string | undefined>>;
}

/**
 * One subcommand of the `ps-attendance` bin (`lint`, `split`, …).
 *
 * @example
 * ```ts
 * const hello: Command = {
 *   name: 'hello',
 *   summary: 'Say hello',
 *   usage: 'ps-attendance hello',
 *   async run(_args, io) { io.stdout.write('hello\n'); return 0; },
 * };
 * ```
 */
export interface Command {
  /** The subcommand word. */
  readonly name: string;
  /** One line for the bin's `--help`. */
  readonly summary: string;
  /** The subcommand's full `--help` text. */
  readonly usage: string;
  /** Runs the subcommand; resolves to the exit code (0 ok, 1 findings, 2 usage/I/O/internal error). */
  run(args: readonly string[], io: CliIo): Promise<number>;
}
