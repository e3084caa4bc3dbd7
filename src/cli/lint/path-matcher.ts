import type { Ignore } from 'ignore';
import { createIgnore } from './create-ignore.js';

// "payloads/daily/**": directory names of plain ASCII (no glob character, none starting with a dot)
// and a closing "/**", the shape nearly every config's globs have.
const directoryGlob = /^(?:[A-Za-z0-9_][A-Za-z0-9_.-]*\/)+\*\*$/;

/**
 * A test of relative, `/`-separated paths (directories ending with `/`) against .gitignore-style
 * globs, answering as the `ignore` package does (case-insensitive, as it is by default). Globs that
 * are all of the form `dir/sub/**` are answered by comparing the path's start, which costs a
 * fraction of `ignore`'s matching for each linted file; any other glob gets an `ignore` matcher,
 * built on first use. A path outside the globs' directory (`../x`, absolute, empty) never matches.
 *
 * @param globs - .gitignore-style patterns, relative to one directory: as `ignore`'s `add` takes
 *   them (a string is split at line breaks, an array's items are not).
 * @example
 * ```ts
 * const daily = pathMatcher(['payloads/daily/**']);
 * daily('payloads/daily/a.json'); // true
 * daily('Payloads/Daily/2025/a.json'); // true
 * daily('payloads/daily'); // false (the directory itself)
 * pathMatcher(['*.tmp.json'])('a.tmp.json'); // true (through `ignore`)
 * ```
 */
export function pathMatcher(globs: string | readonly string[]): (path: string) => boolean {
  const list = typeof globs === 'string' ? [globs] : globs;
  if (list.length > 0 && list.every((glob) => directoryGlob.test(glob))) {
    const prefixes = list.map((glob) => glob.slice(0, -'**'.length).toLowerCase());
    return (path) => prefixes.some((prefix) => path.length > prefix.length && startsWithAsciiIgnoringCase(path, prefix));
  }
  let matcher: Ignore | undefined;
  return (path) => {
    // `ignore` throws on paths outside its directory ("../x") or absolute ones: those never match.
    if (path === '' || path.startsWith('../') || path === '..' || path.startsWith('/')) return false;
    matcher ??= createIgnore().add(typeof globs === 'string' ? globs : [...globs]);
    return matcher.ignores(path);
  };
}

// `prefix` is lower-case ASCII. As a case-insensitive RegExp without the u flag compares: an ASCII
// letter matches only its two cases (no other character folds onto one).
function startsWithAsciiIgnoringCase(path: string, prefix: string): boolean {
  for (let i = 0; i < prefix.length; i++) {
    const c = path.charCodeAt(i);
    const p = prefix.charCodeAt(i);
    if (c !== p && !(c >= 65 && c <= 90 && c + 32 === p)) return false;
  }
  return true;
}
