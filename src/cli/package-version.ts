import { readFileSync } from 'node:fs';

/**
 * This package's version, read from its package.json (found upward from this module, so it works
 * from `src/` and from `dist/src/`).
 *
 * @example
 * ```ts
 * packageVersion(); // '0.1.0'
 * ```
 */
export function packageVersion(): string {
  for (const up of ['../../package.json', '../../../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(up, import.meta.url), 'utf8')) as { name?: unknown; version?: unknown };
      if (pkg.name === 'ps-attendance-contract' && typeof pkg.version === 'string') return pkg.version;
    } catch {
      // Not at this level: try the next.
    }
  }
  return '0.0.0';
}
