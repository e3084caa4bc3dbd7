/**
 * Thrown by {@link parsePluginXml} when the text is not a well-formed plugin.xml or an `<access_request>`
 * entry is unusable. The message says where (line and column, 1-based) and what to do; `line` and
 * `column` let a CLI print `plugin.xml:3:7`.
 *
 * @example
 * ```ts
 * try {
 *   parsePluginXml('<plugin><access_request></plugin>');
 * } catch (error) {
 *   if (error instanceof PluginXmlError) console.error(`plugin.xml:${error.line}:${error.column}: ${error.message}`);
 * }
 * ```
 */
export class PluginXmlError extends Error {
  /** The 1-based line of the problem. */
  readonly line: number;
  /** The 1-based column of the problem. */
  readonly column: number;

  constructor(reason: string, line: number, column: number) {
    super(`plugin.xml line ${line}, column ${column}: ${reason}`);
    this.name = 'PluginXmlError';
    this.line = line;
    this.column = column;
  }
}
