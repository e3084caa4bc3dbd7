/**
 * A recording that cannot be read (not HAR or NDJSON, truncated, a body that cannot be decoded):
 * the message is one line saying where and what to do; the CLI prefixes the file name.
 *
 * @example
 * ```ts
 * throw new RecordingError('entry 3: response.content.text is marked base64 but is not valid base64.');
 * ```
 */
export class RecordingError extends Error {
  /**
   * @param message - One line: where in the recording, what is wrong, what to do.
   */
  constructor(message: string) {
    super(message);
    this.name = 'RecordingError';
  }
}
