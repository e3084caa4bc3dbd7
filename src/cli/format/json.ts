import type { Formatter } from './formatter.js';

/**
 * ESLint's `json` format: an array of results with absolute `filePath`s, messages
 * `{ ruleId, severity, message, line, column, endLine, endColumn, path, fix? }` and the counts;
 * `output` holds the fixed text after `--fix-dry-run`.
 *
 * @example
 * ```ts
 * JSON.parse(json(results, context))[0].messages[0].ruleId; // 'id-format'
 * ```
 */
export const json: Formatter = (results) =>
  `${JSON.stringify(results.map(({ source: _source, ...result }) => ({ ...result, suppressedMessages: [], usedDeprecatedRules: [] })))}\n`;
