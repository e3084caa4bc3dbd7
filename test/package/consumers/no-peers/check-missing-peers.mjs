// Runs each entry point in a fresh node, required (CommonJS) and imported (ES module), in a project
// where no optional peer is installed, and checks what the user sees.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const entries = { msw: 'msw', arbitraries: 'fast-check', vitest: 'vitest', jest: 'jest' };
// The check means something only if no peer can be found from here: Node also looks in every
// ancestor's node_modules (a stray /tmp/node_modules would "install" them all). Say so plainly.
const resolvable = Object.values(entries).flatMap((peer) => {
  try {
    return [`${peer} (${createRequire(import.meta.url).resolve(peer)})`];
  } catch {
    return [];
  }
});
if (resolvable.length > 0) {
  console.error(`no-peers cannot run here: ${resolvable.join(', ')} can be found from ${process.cwd()}, through a node_modules folder in an ancestor directory. Remove it, or run the tests with TMPDIR pointing elsewhere.`);
  process.exit(1);
}
const failures = [];
const run = (kind, specifier) => {
  const code = kind === 'require' ? `require(${JSON.stringify(specifier)})` : `import ${JSON.stringify(specifier)};`;
  return spawnSync(process.execPath, kind === 'require' ? ['-e', code] : ['--input-type=module', '-e', code], { encoding: 'utf8' });
};
for (const kind of ['require', 'import']) {
  const main = run(kind, 'ps-attendance-contract');
  if (main.status !== 0) failures.push(`${kind} ps-attendance-contract failed without the optional peers: ${main.stderr}`);
  for (const [entry, peer] of Object.entries(entries)) {
    const specifier = `ps-attendance-contract/${entry}`;
    const out = run(kind, specifier);
    const expected = `${specifier} needs ${peer}, an optional peer dependency that is not installed: run \`npm install --save-dev ${peer}\`.`;
    const lines = out.stderr.split('\n').filter((line) => line.includes(expected));
    if (out.status === 0) failures.push(`${kind} ${specifier}: loaded without ${peer}`);
    else if (lines.length !== 1) failures.push(`${kind} ${specifier}: stderr has ${lines.length} lines with ${JSON.stringify(expected)}, not one:\n${out.stderr}`);
    else if (/ERR_MODULE_NOT_FOUND|MODULE_NOT_FOUND|Require stack|\n\s+at /.test(out.stderr)) failures.push(`${kind} ${specifier}: a raw resolution error or a stack trace:\n${out.stderr}`);
  }
}
if (failures.length > 0) {
  console.error(failures.join('\n'));
  process.exit(1);
}
console.log(`ok: the main entry loads without peers; ${Object.keys(entries).length * 2} entry-point loads fail with the one-line install advice`);
