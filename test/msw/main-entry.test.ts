// msw is an optional peer dependency: nothing reachable from the package's main entry may import it.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s+'([^']+)'|import\(\s*'([^']+)'\s*\)/g)].map((m) => m[1] ?? m[2] ?? '');
}

function reachable(entry: string): Map<string, string[]> {
  const seen = new Map<string, string[]>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    const specifiers = importsOf(file);
    seen.set(file, specifiers);
    for (const specifier of specifiers) {
      if (!specifier.startsWith('.')) continue;
      const target = resolve(dirname(file), specifier).replace(/\.js$/, '.ts');
      visit(target.endsWith('validators.ts') ? target.replace(/\.ts$/, '.js') : target);
    }
  };
  visit(entry);
  return seen;
}

describe('the main entry', () => {
  it('reaches no module that imports msw', () => {
    const graph = reachable(join(root, 'src', 'index.ts'));
    expect(graph.size).toBeGreaterThan(10);
    const importingMsw = [...graph].filter(([, specifiers]) => specifiers.some((s) => s === 'msw' || s.startsWith('msw/'))).map(([file]) => file);
    expect(importingMsw).toEqual([]);
  });

  it('while the ./msw entry does import it (the check above can fail)', () => {
    const graph = reachable(join(root, 'src', 'msw', 'index.ts'));
    expect([...graph.values()].flat()).toContain('msw');
  });
});
