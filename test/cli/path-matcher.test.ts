import { createRequire } from 'node:module';
import * as fc from 'fast-check';
import type { Ignore } from 'ignore';
import { describe, expect, it } from 'vitest';
import { pathMatcher } from '../../src/cli/lint/path-matcher.js';
import { fcParams } from '../../properties/fc-params.js';

// Config globs are matched with `ignore`'s answers; globs of the form `dir/sub/**` by comparing the
// path's start (src/cli/lint/path-matcher.ts). Held here to `ignore` itself on paths of every kind.
const ignore = createRequire(import.meta.url)('ignore') as () => Ignore;
const reference = (globs: string | readonly string[], path: string): boolean => {
  if (path === '' || path.startsWith('../') || path === '..' || path.startsWith('/')) return false;
  return ignore().add(typeof globs === 'string' ? globs : [...globs]).ignores(path);
};

// Names close to one another: cases, dots, dashes, and characters that fold onto ASCII letters in
// some case mappings (the Kelvin sign, the long s, the dotless i).
const name = fc.string({ unit: fc.constantFrom('a', 'b', 'A', 'B', 'd', 'D', '.', '-', '_', '1', 'K', 'k', '\u212A', '\u017F', 's', 'S', '\u0131', 'i', 'I', ' ', '*', '?'), minLength: 1, maxLength: 4 }).filter((n) => n !== '.' && n !== '..'); // paths reach the matcher normalised
const dirGlob = fc.array(name, { minLength: 1, maxLength: 3 }).map((parts) => `${parts.join('/')}/**`);
const anyGlob = fc.oneof(dirGlob, fc.array(name, { minLength: 1, maxLength: 3 }).map((parts) => parts.join('/')), name.map((n) => `**/${n}`));
const path = fc.tuple(fc.array(name, { minLength: 0, maxLength: 4 }), fc.constantFrom('', '/', '.json'), fc.constantFrom('', '../', '/')).map(([parts, end, start]) => `${start}${parts.join('/')}${parts.length > 0 ? end : ''}`);

describe('pathMatcher answers as ignore does', () => {
  it('for dir/** globs (the quick path) and any other glob, one or several', () => {
    fc.assert(
      fc.property(fc.oneof(dirGlob, fc.array(dirGlob, { minLength: 1, maxLength: 3 }), fc.array(anyGlob, { minLength: 1, maxLength: 3 })), fc.array(path, { minLength: 1, maxLength: 8 }), (globs, paths) => {
        const matches = pathMatcher(globs);
        for (const p of paths) expect(matches(p), `${JSON.stringify(globs)} on ${JSON.stringify(p)}`).toBe(reference(globs, p));
      }),
      fcParams(1000),
    );
  });

  it('for paths that extend the directories of a glob, in other cases', () => {
    fc.assert(
      fc.property(dirGlob, fc.array(name, { maxLength: 2 }), fc.constantFrom('', '/'), fc.boolean(), (glob, more, end, upper) => {
        const base = glob.slice(0, -3);
        const p = `${upper ? base.toUpperCase() : base}${more.length > 0 ? `/${more.join('/')}${end}` : end}`;
        expect(pathMatcher(glob)(p), `${glob} on ${JSON.stringify(p)}`).toBe(reference(glob, p));
      }),
      fcParams(1000),
    );
  });
});
