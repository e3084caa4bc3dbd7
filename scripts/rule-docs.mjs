// `npm run docs:rules`: writes docs/rules.md from the built package's rule catalogue (run after
// `npm run build`, which the npm script does). `--check` writes nothing and exits 1 on drift; the
// test suite runs the same check against the TypeScript sources (test/docs/rule-docs.test.ts).
import { readFileSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderRuleDocs } from './rule-docs-render.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const target = join(root, 'docs', 'rules.md');
const entry = join(root, 'dist', 'src', 'index.js');
if (!existsSync(entry)) {
  console.error('dist/src/index.js is missing: run `npm run build` first (`npm run docs:rules` does).');
  process.exit(2);
}
const markdown = renderRuleDocs(await import(entry));
const current = existsSync(target) ? readFileSync(target, 'utf8') : undefined;
if (process.argv.includes('--check')) {
  if (current !== markdown) {
    console.error('docs/rules.md is out of date with the rule catalogue: run `npm run docs:rules` and commit it.');
    process.exit(1);
  }
  console.log('docs/rules.md matches the rule catalogue');
} else if (current !== markdown) {
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, markdown);
  console.log('wrote docs/rules.md');
}
