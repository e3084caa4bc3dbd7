import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedTarball } from '../../scripts/shared-tarball.mjs';
import { writeHookMirror } from '../../scripts/pre-commit-mirror.mjs';
import { repoRoot, tempDir } from './helpers/run-bin.js';

// End to end with Debian's `pre-commit`: the hook repository is built as a release builds it
// (scripts/pre-commit-mirror.mjs: the package packed from the working tree after a clean build, its
// runtime dependencies only, this repository's .pre-commit-hooks.yaml), a second temporary repository
// uses it through .pre-commit-config.yaml, and real `git commit`s go through the installed hook.
// pre-commit installs the hook as a user's machine would: `npm install` in its clone of the hook
// repository, `npm pack`, `npm install -g` of the tarball into its node environment, with the
// system's node. (Installing from this repository itself also installs its ~750 dev packages and
// builds: about 2 minutes, for each user; docs/cli.md.)
const hasPreCommit = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' }).status === 0;
if (!hasPreCommit) console.warn('pre-commit end-to-end test skipped: `pre-commit` is not installed (.ci/run installs it with apt-get).');

const work = tempDir();
const project = join(work, 'project');
// The machine's environment is kept (npm needs its proxy and CA settings, e.g. NODE_EXTRA_CA_CERTS,
// when a package is not in the cache), less what would point git at another repository or leak the
// test runner into the hook.
const dropped = /^(GIT_(DIR|WORK_TREE|INDEX_FILE|OBJECT_DIRECTORY|ALTERNATE_OBJECT_DIRECTORIES|PREFIX)|PRE_COMMIT.*|VITEST.*|NODE_OPTIONS|FORCE_COLOR|NO_COLOR)$/;
const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !dropped.test(key)));
const env: NodeJS.ProcessEnv = {
  ...inherited,
  PRE_COMMIT_HOME: join(work, 'pre-commit-home'),
  // Install from the npm cache `npm ci` just filled; no audit or funding requests.
  npm_config_prefer_offline: 'true',
  npm_config_audit: 'false',
  npm_config_fund: 'false',
  npm_config_update_notifier: 'false',
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.com',
  NO_COLOR: '1',
};

function sh(command: string, args: readonly string[], cwd = project): { code: number | null; output: string } {
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8', timeout: 540_000 });
  if (result.error) throw result.error;
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

function must(command: string, args: readonly string[], cwd = project): string {
  const { code, output } = sh(command, args, cwd);
  if (code !== 0) throw new Error(`${command} ${args.join(' ')} failed (${code}):\n${output}`);
  return output;
}

describe.skipIf(!hasPreCommit)('pre-commit hook ps-attendance-lint (end to end)', () => {
  beforeAll(async () => {
    const hookRepo = join(work, 'hook-repo');
    const pkg: unknown = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
    const { tarball } = await sharedTarball(pkg, work);
    const rev = await writeHookMirror(tarball, hookRepo, env);
    mkdirSync(project);
    must('git', ['init', '--quiet']);
    writeFileSync(
      join(project, '.pre-commit-config.yaml'),
      ['default_language_version:', '  node: system', 'repos:', `  - repo: ${hookRepo}`, `    rev: ${rev}`, '    hooks:', '      - id: ps-attendance-lint', ''].join('\n'),
    );
    must('pre-commit', ['install']);
    must('pre-commit', ['install-hooks']);
    must('git', ['add', '.pre-commit-config.yaml']);
    must('git', ['commit', '--quiet', '-m', 'pre-commit config']);
  }, 300_000);

  it('a bad staged payload blocks the commit and shows the diagnostics', () => {
    copyFileSync(join(repoRoot, 'examples/payloads/daily_time/invalid-exported-from-spreadsheet.json'), join(project, 'absences.json'));
    must('git', ['add', 'absences.json']);
    const before = must('git', ['rev-parse', 'HEAD']);
    const commit = sh('git', ['commit', '-m', 'add absences']);
    expect(commit.code).not.toBe(0);
    expect(commit.output).toContain('ps-attendance-lint');
    expect(commit.output).toContain(join(project, 'absences.json'));
    expect(commit.output).toMatch(/\bunknown-field\b/);
    expect(commit.output).toMatch(/\bdate-format\b/);
    expect(must('git', ['rev-parse', 'HEAD'])).toBe(before);
    must('git', ['rm', '--cached', '--quiet', 'absences.json']);
  });

  it('a good staged payload passes and the commit is made', () => {
    copyFileSync(join(repoRoot, 'examples/payloads/meeting_interval/valid-three-periods.json'), join(project, 'periods.json'));
    must('git', ['add', 'periods.json']);
    const before = must('git', ['rev-parse', 'HEAD']);
    const commit = sh('git', ['commit', '-m', 'add periods']);
    expect(commit.code, commit.output).toBe(0);
    expect(commit.output).toMatch(/ps-attendance lint\.+Passed/);
    expect(must('git', ['rev-parse', 'HEAD'])).not.toBe(before);
  });
});
