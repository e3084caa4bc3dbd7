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

  it('the /jest entry point does not load jest at run time', () => {
    const loaded = runtimeImports('src/jest/index.ts');
    expect(loaded.has('jest')).toBe(false);
    expect(loaded.has('expect')).toBe(false);
  });

  it('the export map points each peer entry point at its peer-checking wrapper, ESM and CommonJS, types first', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { exports: Record<string, Record<string, Record<string, string>>>; peerDependenciesMeta: Record<string, { optional: boolean }> };
    for (const name of ['msw', 'arbitraries', 'vitest', 'jest']) {
      const target = pkg.exports[`./${name}`] ?? {};
      expect(Object.entries(target['import'] ?? {})).toEqual([
        ['types', `./dist/entries/${name}.d.ts`],
        ['default', `./dist/entries/${name}.js`],
      ]);
      expect(Object.entries(target['require'] ?? {})).toEqual([
        ['types', `./dist/cjs/entries/${name}.d.ts`],
        ['default', `./dist/cjs/entries/${name}.js`],
      ]);
    }
    for (const peer of ['msw', 'fast-check', 'vitest', 'jest']) expect(pkg.peerDependenciesMeta[peer]?.optional).toBe(true);
  });

  it('gives browser bundles the entry modules themselves (no node:module, no top-level await), browser first', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { exports: Record<string, Record<string, Record<string, string>>> };
    const modules: Record<string, string> = { msw: 'src/msw/index', arbitraries: 'properties/arbitraries/index', vitest: 'src/vitest/index', jest: 'src/jest/index' };
    for (const [name, module] of Object.entries(modules)) {
      const target = pkg.exports[`./${name}`] ?? {};
      expect(Object.keys(target)[0]).toBe('browser');
      expect(target['browser']).toEqual({ types: `./dist/${module}.d.ts`, default: `./dist/${module}.js` });
    }
  });
});
