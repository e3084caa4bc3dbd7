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
  // The common case, without path.relative's normalising of both paths.
  const prefix = cwd.endsWith(sep) ? cwd : cwd + sep;
  if (path.startsWith(prefix) && !path.includes(`${sep}..`) && !path.includes(`${sep}.${sep}`)) {
    const rest = path.slice(prefix.length);
    if (rest !== '') return sep === '/' ? rest : rest.split(sep).join('/');
  }
  const rel = relative(cwd, path);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return path;
  return rel.split(sep).join('/');
}
