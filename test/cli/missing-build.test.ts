import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, repoRoot, tempDir } from './helpers/run-bin.js';

// The bin runs the compiled CLI: dist/cli/main.cjs, and dist/cli/commands.cjs for split, serve, verify
// and proxy. A copy without one of them (no build yet, a build cut short, an install that lost a
// file) must say so in one line and exit 2, never print a stack trace.

let dir: string;

beforeAll(() => {
  ensureBuilt();
  dir = tempDir();
  mkdirSync(join(dir, 'bin'));
  mkdirSync(join(dir, 'dist/cli'), { recursive: true });
  copyFileSync(join(repoRoot, 'bin/ps-attendance.cjs'), join(dir, 'bin/ps-attendance.cjs'));
  copyFileSync(join(repoRoot, 'package.json'), join(dir, 'package.json'));
  symlinkSync(join(repoRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (args: readonly string[]) => spawnSync(process.execPath, [join(dir, 'bin/ps-attendance.cjs'), ...args], { encoding: 'utf8', cwd: dir });

describe('the bin, when a compiled module is missing', () => {
  it('names dist/cli/main.cjs when nothing is built', () => {
    const result = run(['lint', 'x.json']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^ps-attendance: the compiled CLI is missing a module \(.*dist\/cli\/main\.cjs.*\): run `npm run build` in the package directory, or reinstall the package\.\n$/);
  });

  it('names dist/cli/commands.cjs for a command other than lint, and lint still runs without it', () => {
    copyFileSync(join(repoRoot, 'dist/cli/main.cjs'), join(dir, 'dist/cli/main.cjs'));
    const split = run(['split', '--help']);
    expect(split.status).toBe(2);
    expect(split.stderr).toMatch(/^ps-attendance: the compiled CLI is missing a module \(.*dist\/cli\/commands\.cjs.*\): run `npm run build`.*\n$/);
    const lint = run(['--version']);
    expect(lint.status).toBe(0);
    expect(lint.stderr).toBe('');
    copyFileSync(join(repoRoot, 'dist/cli/commands.cjs'), join(dir, 'dist/cli/commands.cjs'));
    expect(run(['split', '--help']).status).toBe(0);
  });
});
