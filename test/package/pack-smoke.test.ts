import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { packSmoke, type PackSmokeReport } from '../../scripts/pack-smoke.mjs';

// The package as a user gets it (npm run check:package runs the same steps): the tarball, packed
// after a clean build of a staging copy of the working tree, is linted, installed into a temporary
// project, imported, type-checked and run.

const root = join(import.meta.dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
  exports: Record<string, unknown>;
  bin: Record<string, string>;
};
let report: PackSmokeReport;

beforeAll(async () => {
  report = await packSmoke();
}, 240_000);

describe('the packed package', () => {
  it('ships openapi.json, the schemas and every file the export map and bin point at', () => {
    const leaves = (t: unknown): string[] => (typeof t === 'string' ? [t] : Object.values(t as Record<string, unknown>).flatMap(leaves));
    const targets = Object.values(pkg.exports).flatMap(leaves);
    const concrete = [...targets, ...Object.values(pkg.bin)].filter((t) => !t.includes('*')).map((t) => t.replace(/^\.\//, ''));
    expect(report.files).toEqual(expect.arrayContaining(['openapi.json', 'schemas/daily-time.request.schema.json', ...concrete]));
  });

  it('passes publint in strict mode with no message at any level', () => {
    expect(report.publint).toEqual([]);
  });

  it('passes @arethetypeswrong/cli with its full profile (node10, node16 from CommonJS and ESM, bundler)', () => {
    expect(report.attw).toEqual([]);
  });

  it('imports and requires every subpath of the export map from the installed tarball, with the same names', () => {
    expect(report.importProblems).toEqual([]);
    const plain = Object.keys(pkg.exports).filter((s) => !s.includes('*')).map((s) => (s === '.' ? pkg.name : `${pkg.name}/${s.slice(2)}`));
    expect(report.imports).toEqual(expect.arrayContaining([...plain, `${pkg.name}/schemas/daily-time.request.schema.json`]));
  });

  it('type-checks a strict consumer file against the shipped types', () => {
    expect(report.typecheck).toEqual([]);
  });

  it('runs each bin, which prints the package version and loads the chunk of the commands other than lint', () => {
    expect(report.binProblems).toEqual([]);
    expect(Object.keys(report.bins)).toEqual(Object.keys(pkg.bin));
    for (const output of Object.values(report.bins)) expect(output).toBe(pkg.version);
  });
});

describe('the consumer projects (test/package/consumers), each running its npm test against the tarball', () => {
  it.each(['cjs-jest', 'ts-node16', 'esm-vitest', 'no-peers', 'cli'])('%s passes', (name) => {
    const result = report.projects[name];
    expect(result, `${name} did not run`).toBeDefined();
    expect(result?.code, result?.output).toBe(0);
  });

  it('cjs-jest ran jest in CommonJS mode and in ESM mode, the arbitraries and the mock included', () => {
    const output = report.projects['cjs-jest']?.output ?? '';
    expect(output).toMatch(/PASS \.\/contract\.test\.js/);
    expect(output).toMatch(/PASS \.\/contract\.test\.mjs/);
  });

  it('ships every source its source maps point at (the arbitraries included)', () => {
    expect(report.sourceMapProblems).toEqual([]);
    expect(report.files.filter((f) => f.startsWith('dist/properties/arbitraries/') && f.endsWith('.js.map')).length).toBeGreaterThan(0);
  });

  it('names its repository, homepage and issue tracker, and ships an MIT LICENSE as package.json says', () => {
    const meta = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { license: string; repository: { url: string }; homepage: string; bugs: { url: string } };
    const repo = 'github.com/ps-attendance/ps-attendance-contract';
    expect([meta.license, meta.repository.url, meta.homepage, meta.bugs.url]).toEqual(['MIT', `git+https://${repo}.git`, `https://${repo}#readme`, `https://${repo}/issues`]);
    expect(readFileSync(join(root, 'LICENSE'), 'utf8')).toMatch(/^MIT License\n/);
  });

  it('ships the docs the README links to, the LICENSE and the sources the source maps point at', () => {
    expect(report.files).toEqual(expect.arrayContaining(['LICENSE', 'README.md', 'docs/msw.md', 'docs/testkit.md', 'properties/arbitraries/index.ts']));
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    for (const [, link] of readme.matchAll(/\]\((docs\/[^)#]+)/g)) expect(report.files).toContain(link);
  });
});
