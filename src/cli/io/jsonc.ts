import { createRequire } from 'node:module';

type JsoncParser = typeof import('jsonc-parser');
let loaded: JsoncParser | undefined;

/**
 * `jsonc-parser`, loaded on first use: a clean file never needs it (JSON.parse reads it), so the
 * common run does not pay for loading it.
 *
 * @example
 * ```ts
 * const root = jsonc().parseTree('{"a": 1}');
 * ```
 */
export function jsonc(): JsoncParser {
  loaded ??= createRequire(import.meta.url)('jsonc-parser') as JsoncParser;
  return loaded;
}
