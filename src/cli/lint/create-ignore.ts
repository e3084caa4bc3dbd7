import { createRequire } from 'node:module';
import type { Ignore } from 'ignore';

let factory: (() => Ignore) | undefined;

/**
 * A new `ignore` matcher (.gitignore semantics). The package is required on first use, through the
 * CommonJS loader: a run that matches no globs does not load it, and one that does skips the ESM
 * loader's scan of CommonJS exports.
 *
 * @example
 * ```ts
 * createIgnore().add('dist/').ignores('dist/a.json'); // true
 * ```
 */
export function createIgnore(): Ignore {
  factory ??= createRequire(import.meta.url)('ignore') as () => Ignore;
  return factory();
}
