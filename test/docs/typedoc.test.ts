import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Application, ConsoleLogger, LogLevel, ReferenceReflection, ReflectionKind, type DeclarationReflection, type ProjectReflection } from 'typedoc';
import { beforeAll, describe, expect, it } from 'vitest';
import { peerEntries } from '../../scripts/entries.mjs';

// `npm run docs` builds typedoc from typedoc.json with warnings as errors. This test runs the same
// conversion and validation (emitting nothing), checks that typedoc.json documents every subpath of
// the package's export map, and that every exported symbol has a doc comment with an @example.

const root = join(import.meta.dirname, '..', '..');
const typedocJson = JSON.parse(readFileSync(join(root, 'typedoc.json'), 'utf8')) as { entryPoints: string[] };
const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { exports: Record<string, unknown> };

/**
 * The TypeScript source of each export-map subpath whose ESM types live under dist/
 * (`./dist/src/x.d.ts` -> `src/x.ts`; a peer-checking wrapper `./dist/entries/<name>.d.ts` -> the
 * source of the entry module it loads).
 */
function exportMapSources(exportsMap: Record<string, unknown>): string[] {
  const sources: string[] = [];
  for (const target of Object.values(exportsMap)) {
    const conditions = typeof target === 'object' && target !== null ? (target as Record<string, unknown>) : {};
    const esm = (conditions['import'] ?? conditions) as Record<string, unknown>;
    const types = esm['types'];
    if (typeof types !== 'string' || !types.startsWith('./dist/') || !types.endsWith('.d.ts')) continue;
    const wrapped = peerEntries.find(({ name }) => types === `./dist/entries/${name}.d.ts`);
    sources.push(wrapped ? wrapped.module.replace(/\.js$/, '.ts') : types.slice('./dist/'.length, -'.d.ts'.length) + '.ts');
  }
  return sources;
}

class CollectingLogger extends ConsoleLogger {
  readonly problems: string[] = [];
  override log(message: string, level: Exclude<LogLevel, LogLevel.None>): void {
    if (level >= LogLevel.Warn) this.problems.push(message.replace(/\x1b\[[0-9;]*m/g, ''));
  }
}

let project: ProjectReflection | undefined;
let logger: CollectingLogger;

beforeAll(async () => {
  const app = await Application.bootstrapWithPlugins({ options: join(root, 'typedoc.json'), emit: 'none' });
  logger = new CollectingLogger();
  app.logger = logger;
  project = await app.convert();
  if (project) app.validate(project);
}, 60_000);

/** Top-level exports: the project's children for one entry point, each module's children for several. */
function exportedDeclarations(reflection: ProjectReflection): { module: string; declaration: DeclarationReflection }[] {
  const children = reflection.children ?? [];
  const modules = children.filter((child) => child.kindOf(ReflectionKind.Module));
  if (modules.length === 0) return children.map((declaration) => ({ module: '.', declaration }));
  return modules.flatMap((module) => (module.children ?? []).map((declaration) => ({ module: module.name, declaration })));
}

function hasExample(reflection: DeclarationReflection): boolean {
  // A symbol exported by two entry points (the matchers: /vitest and /jest) is documented once; the
  // other entry point holds a reference to it.
  const declaration = reflection instanceof ReferenceReflection ? (reflection.getTargetReflectionDeep() as DeclarationReflection) : reflection;
  const comments = [declaration.comment, ...(declaration.signatures ?? []).map((s) => s.comment), declaration.getSignature?.comment];
  return comments.some((comment) => comment?.blockTags.some((tag) => tag.tag === '@example') ?? false);
}

describe('typedoc (npm run docs)', () => {
  it('documents every TypeScript subpath of the export map', () => {
    expect([...typedocJson.entryPoints].sort()).toEqual(exportMapSources(packageJson.exports).sort());
  });

  it('converts and validates with no warning and no error', () => {
    expect(logger.problems).toEqual([]);
    expect(project).toBeDefined();
  });

  it('finds a doc comment with an @example on every export', () => {
    const missing = exportedDeclarations(project as ProjectReflection)
      .filter(({ declaration }) => !hasExample(declaration))
      .map(({ module, declaration }) => `${module}: ${declaration.name}`);
    expect(missing).toEqual([]);
  });
});
