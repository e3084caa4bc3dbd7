// `npm run check:package`: the package as a user gets it. Packs the tarball as a publish would (the
// prepack clean build, in a staging copy of the working tree: the shared dist/ is neither used nor
// touched), lints it with publint (strict, every message level) and @arethetypeswrong/cli (its full
// profile: node10, node16 from CommonJS and from ESM, bundler), installs it into temporary projects,
// imports every subpath of the export map, type-checks a consumer file against the shipped types,
// runs each bin with --version (and `split --help`, which loads the CLI's second chunk), and runs the consumer projects' `npm test`
// (scripts/pack-smoke-projects.mjs: CommonJS jest, node16 TypeScript, ESM vitest, no peers, the bin).
// test/package runs the same steps.
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { consumerSource, importSubpathsSource } from './pack-smoke-consumer.mjs';
import { installProjects, runProjects } from './pack-smoke-projects.mjs';
import { npm, sh } from './pack-smoke-stage.mjs';
import { sharedTarball } from './shared-tarball.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

const timed = async (timings, step, action) => {
  const start = performance.now();
  try {
    return await action();
  } finally {
    timings[step] = Math.round(performance.now() - start);
  }
};

/**
 * Runs every check. Never throws for a failing check: each step reports its problems as strings.
 * @returns {Promise<{ tarball: string, files: string[], publint: string[], attw: string[],
 *   imports: string[], importProblems: string[], typecheck: string[], bins: Record<string, string>,
 *   binProblems: string[], sourceMapProblems: string[], projects: Record<string, { code: number, output: string, ms: number }>,
 *   timings: Record<string, number>, workDir: string }>}
 */
export async function packSmoke({ keep = false } = {}) {
  const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
  const workDir = await mkdtemp(join(tmpdir(), 'ps-attendance-pack-'));
  const timings = {};
  const report = { tarball: '', files: [], publint: [], attw: [], imports: [], importProblems: [], typecheck: [], bins: {}, binProblems: [], sourceMapProblems: [], projects: {}, timings, workDir };
  try {
    const { tarball, info } = await timed(timings, 'pack', () => sharedTarball(pkg, workDir));
    report.tarball = tarball;
    report.files = info.files.map((f) => f.path).sort();

    // publint and attw read the tarball while the consumer project installs and runs it.
    const settled = await Promise.allSettled([
      timed(timings, 'publint', () => runPublint(report)),
      timed(timings, 'attw', () => runAttw(report, workDir)),
      (async () => {
        const dirs = await timed(timings, 'install', () => installProjects({ workDir, tarball: report.tarball, tools: join(root, 'node_modules') }));
        const project = dirs.projects;
        const installedRoot = join(project, 'node_modules', pkg.name);
        const steps = await Promise.allSettled([
          timed(timings, 'imports', () => importEverySubpath(report, pkg, project, installedRoot)),
          timed(timings, 'typecheck', () => typecheckConsumer(report, pkg, project)),
          timed(timings, 'bins', () => runBins(report, pkg, project)),
          timed(timings, 'sourceMaps', () => checkSourceMaps(report, installedRoot)),
          timed(timings, 'projects', async () => { report.projects = await runProjects(dirs); }),
        ]);
        for (const step of steps) if (step.status === 'rejected') throw step.reason;
      })(),
    ]);
    for (const step of settled) if (step.status === 'rejected') throw step.reason;
    return report;
  } finally {
    if (!keep) await rm(workDir, { recursive: true, force: true });
  }
}

async function runPublint(report) {
  const tarball = await readFile(report.tarball);
  const data = tarball.buffer.slice(tarball.byteOffset, tarball.byteOffset + tarball.byteLength);
  const result = await publint({ pack: { tarball: data }, strict: true, level: 'suggestion' });
  report.publint = result.messages.map((m) => `${m.type} ${m.code}: ${formatMessage(m, result.pkg, { color: false }) ?? ''}`);
}

async function runAttw(report, workDir) {
  const out = await sh(join(root, 'node_modules', '.bin', 'attw'), [report.tarball, '--format', 'json'], workDir);
  const json = out.stdout.slice(out.stdout.indexOf('{'));
  if (!json) {
    report.attw.push(`attw printed no report (exit ${out.code}): ${out.stderr}`);
    return;
  }
  // The full ("strict") profile: every resolution kind counts, as in attw's exit code.
  for (const p of JSON.parse(json).analysis?.problems ?? []) report.attw.push(`${p.kind} ${p.entrypoint ?? ''} ${p.resolutionKind ?? ''}`.trim());
  if (out.code !== 0 && report.attw.length === 0) report.attw.push(`attw exited ${out.code}: ${out.stderr.trim()}`);
}

async function importEverySubpath(report, pkg, project, installedRoot) {
  const specifiers = await exportSpecifiers(pkg, installedRoot);
  await writeFile(join(project, 'import-all.mjs'), importSubpathsSource(specifiers));
  const out = await sh(process.execPath, ['import-all.mjs'], project);
  if (out.code !== 0) report.importProblems.push(out.stderr.trim());
  else report.imports = JSON.parse(out.stdout);
}

async function typecheckConsumer(report, pkg, project) {
  await writeFile(join(project, 'consumer.ts'), consumerSource(pkg.name, typedSubpaths(pkg)));
  await writeFile(join(project, 'tsconfig.json'), JSON.stringify(consumerTsconfig, null, 2));
  const out = await sh(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.json'], project);
  if (out.code !== 0) report.typecheck = (out.stdout + out.stderr).trim().split('\n');
}

/** Every source a packed source map (`.js.map`, `.d.ts.map`) names must be packed too. */
async function checkSourceMaps(report, installedRoot) {
  const packed = new Set(report.files);
  for (const file of report.files.filter((f) => f.endsWith('.map'))) {
    const map = JSON.parse(await readFile(join(installedRoot, file), 'utf8'));
    for (const source of map.sources ?? []) {
      const target = posix.normalize(posix.join(posix.dirname(file), map.sourceRoot ?? '', source));
      if (!packed.has(target)) report.sourceMapProblems.push(`${file} points at ${target}, which is not in the package`);
    }
  }
}

async function runBins(report, pkg, project) {
  for (const name of Object.keys(typeof pkg.bin === 'string' ? { [pkg.name]: pkg.bin } : (pkg.bin ?? {}))) {
    const out = await sh(npm, ['exec', '--offline', '--no', '--', name, '--version'], project);
    report.bins[name] = out.stdout.trim();
    if (out.code !== 0) report.binProblems.push(`${name} --version exited ${out.code}: ${out.stderr.trim()}`);
    else if (out.stdout.trim() !== pkg.version) report.binProblems.push(`${name} --version printed "${out.stdout.trim()}", expected "${pkg.version}"`);
    // A command other than lint loads the CLI's second chunk (dist/cli/commands.cjs): it must be packed.
    const split = await sh(npm, ['exec', '--offline', '--no', '--', name, 'split', '--help'], project);
    if (split.code !== 0 || !split.stdout.startsWith(`Usage: ${name} split`)) report.binProblems.push(`${name} split --help exited ${split.code}: ${(split.stderr.trim() || split.stdout).slice(0, 300)}`);
  }
}

const consumerTsconfig = {
  compilerOptions: {
    target: 'ES2022',
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    strict: true,
    exactOptionalPropertyTypes: true,
    noUncheckedIndexedAccess: true,
    // Checking every .d.ts (@types/node, msw, …) costs ~20 s; the shipped declarations are emitted by
    // tsc from sources that type-check, attw reports unresolvable imports inside them, and the
    // @ts-expect-error lines fail if the consumer's view of them degrades to any.
    skipLibCheck: true,
    noEmit: true,
    types: ['node'],
    typeRoots: [join(root, 'node_modules', '@types')],
  },
  files: ['consumer.ts'],
};

/** The file an export-map target points at (the `import` condition of a conditional one). */
function targetFile(target) {
  if (typeof target === 'string') return target;
  return targetFile(target.import ?? target.default);
}

/** The export-map subpaths with types under dist/, as import specifiers. */
function typedSubpaths(pkg) {
  return Object.entries(pkg.exports ?? {})
    .filter(([, target]) => typeof target === 'object' && target !== null && (typeof target.types === 'string' || typeof target.import?.types === 'string'))
    .map(([subpath]) => (subpath === '.' ? pkg.name : `${pkg.name}/${subpath.slice(2)}`));
}

/** Every import specifier the export map allows, with `*` patterns expanded over the installed files. */
async function exportSpecifiers(pkg, installedRoot) {
  const specifier = (subpath) => (subpath === '.' ? pkg.name : `${pkg.name}/${subpath.slice(2)}`);
  const specifiers = [];
  for (const [subpath, target] of Object.entries(pkg.exports ?? {})) {
    const file = targetFile(target);
    if (!subpath.includes('*')) {
      specifiers.push({ specifier: specifier(subpath), json: file.endsWith('.json') });
      continue;
    }
    // "./schemas/*": "./schemas/*" -> one specifier per installed file the pattern matches.
    const [prefix, suffix] = file.split('*');
    for (const name of (await readdir(join(installedRoot, prefix))).sort()) {
      if (!name.endsWith(suffix)) continue;
      const star = name.slice(0, name.length - suffix.length);
      specifiers.push({ specifier: specifier(subpath.replace('*', star)), json: name.endsWith('.json') });
    }
  }
  return specifiers;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const start = performance.now();
  const report = await packSmoke({ keep: process.argv.includes('--keep') });
  const problems = [
    ...report.publint.map((p) => `publint: ${p}`),
    ...report.attw.map((p) => `attw: ${p}`),
    ...report.importProblems.map((p) => `import: ${p}`),
    ...report.typecheck.map((p) => `tsc: ${p}`),
    ...report.binProblems.map((p) => `bin: ${p}`),
    ...report.sourceMapProblems.map((p) => `source map: ${p}`),
    ...Object.entries(report.projects).filter(([, r]) => r.code !== 0).map(([name, r]) => `consumer project ${name}: npm test exited ${r.code}:\n${r.output}`),
  ];
  console.log(`packed ${report.files.length} files; imported ${report.imports.length} subpaths; bins: ${JSON.stringify(report.bins)}; consumer projects (ms): ${JSON.stringify(Object.fromEntries(Object.entries(report.projects).map(([n, r]) => [n, r.ms])))}`);
  console.log(`timings (ms): ${JSON.stringify(report.timings)}; total ${Math.round(performance.now() - start)} ms`);
  if (problems.length > 0) {
    console.error(problems.join('\n'));
    process.exit(1);
  }
  console.log('package OK: publint (strict), attw (full profile), install, imports, types, bins and consumer projects');
}
