import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// fast-check and vitest are optional peer dependencies: the main entry point must not load them, and
// the /vitest entry point must not load vitest at run time (jest users have no vitest).
const root = join(import.meta.dirname, '..', '..');

/** The bare module specifiers `entry` loads at run time, following relative imports (type-only imports excluded). */
function runtimeImports(entry: string): Set<string> {
  const bare = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(/^\s*(import|export)\s+(?!type\b)[^'"]*?from\s+'([^']+)'|^\s*import\s+'([^']+)'/gm)) {
      const specifier = match[2] ?? match[3] ?? '';
      if (!specifier.startsWith('.')) bare.add(specifier);
      else {
        const target = join(dirname(file), specifier);
        const source = target.replace(/\.js$/, '.ts');
        visit(existsSync(source) ? source : target);
      }
    }
  };
  try {
    visit(join(root, entry));
  } catch (error) {
    throw new Error(`following the imports of ${entry} (seen: ${[...seen].map((f) => relative(root, f)).join(', ')})`, { cause: error });
  }
  return bare;
}

describe('entry points and optional peers', () => {
  it('the main entry point loads neither fast-check nor vitest', () => {
    const loaded = runtimeImports('src/index.ts');
    expect(loaded.has('fast-check')).toBe(false);
    expect(loaded.has('vitest')).toBe(false);
  });

  it('the /vitest entry point does not load vitest at run time', () => {
    expect(runtimeImports('src/vitest/index.ts').has('vitest')).toBe(false);
  });

  it('the /arbitraries entry point loads fast-check and not vitest', () => {
    const loaded = runtimeImports('properties/arbitraries/index.ts');
    expect(loaded.has('fast-check')).toBe(true);
    expect(loaded.has('vitest')).toBe(false);
  });

  it('the export map points the entry points at the built files, types first', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { exports: Record<string, Record<string, string>>; peerDependenciesMeta: Record<string, { optional: boolean }> };
    expect(Object.entries(pkg.exports['./arbitraries'] ?? {})).toEqual([
      ['types', './dist/properties/arbitraries/index.d.ts'],
      ['default', './dist/properties/arbitraries/index.js'],
    ]);
    expect(Object.entries(pkg.exports['./vitest'] ?? {})).toEqual([
      ['types', './dist/src/vitest/index.d.ts'],
      ['default', './dist/src/vitest/index.js'],
    ]);
    expect(pkg.peerDependenciesMeta['fast-check']?.optional).toBe(true);
    expect(pkg.peerDependenciesMeta['vitest']?.optional).toBe(true);
  });
});
