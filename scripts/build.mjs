// Compiles src/ (and the exported arbitraries) to dist/ and copies the generated standalone
// validators beside the compiled types, so that dist/ is self-contained. `--clean` empties dist/
// first (prepack does); without it the build overwrites in place, so that tests spawning the built
// bin are not left without files while another build runs.
import { rmSync, mkdirSync, copyFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
if (process.argv.includes('--clean')) rmSync('dist', { recursive: true, force: true });
execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
mkdirSync('dist/generated', { recursive: true });
for (const file of ['validators.js', 'validators.d.ts', 'plain-validators.js', 'plain-validators.d.ts']) copyFileSync(`generated/${file}`, `dist/generated/${file}`);
