/**
 * A problem the user can fix (a bad flag, a missing file, a broken config): the CLI prints its message
 * as one line, without a stack trace, and exits with code 2.
 *
 * @example
 * ```ts
 * throw new CliError('examples/x.json: no such file or directory.');
 * ```
 */
export class CliError extends Error {
  /** The process exit code: always 2 (usage, I/O or internal error). */
  readonly exitCode = 2;

  /**
   * @param message - One line naming the file or flag, what is wrong and what to do.
   */
  constructor(message: string) {
    super(message);
    this.name = 'CliError';
  }
}
