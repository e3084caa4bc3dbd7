import { isAbsolute, relative, sep } from 'node:path';

/**
 * A path for people: relative to `cwd` (with `/`) when inside it, absolute otherwise.
 *
 * @example
 * ```ts
 * displayPath('/repo/examples/a.json', '/repo'); // 'examples/a.json'
 * displayPath('/tmp/a.json', '/repo'); // '/tmp/a.json'
 * ```
 */
export function displayPath(path: string, cwd: string): string {
  if (!isAbsolute(path)) return path;
  const rel = relative(cwd, path);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return path;
  return rel.split(sep).join('/');
}
