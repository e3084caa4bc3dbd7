import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, repoRoot, runBin, tempDir } from './helpers/run-bin.js';
import { dailyAttendance, payloadText } from './helpers/payloads.js';

beforeAll(() => ensureBuilt(), 180_000);

const version = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;

describe('ps-attendance command line', () => {
  it('--version and -v print the package.json version, at top level and after lint', () => {
    for (const args of [['--version'], ['-v'], ['lint', '--version']]) {
      const run = runBin(args);
      expect(run.code).toBe(0);
      expect(run.stdout.trim()).toBe(version);
    }
  });

  it('--help lists the lint command; lint --help lists every option and exits 0', () => {
    const top = runBin(['--help']);
    expect(top.code).toBe(0);
    expect(top.stdout).toMatch(/^\s+lint\s/m);
    const lint = runBin(['lint', '--help']);
    expect(lint.code).toBe(0);
    for (const flag of ['--endpoint', '--format', '--output-file', '--quiet', '--max-warnings', '--fix', '--fix-dry-run', '--stdin-filename', '--plugin-xml', '--debug']) {
      expect(lint.stdout).toContain(flag);
    }
  });

  it('no arguments at all is a usage error (exit 2) that shows the help on stderr', () => {
    const run = runBin([]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('lint');
  });

  it('lint is the default command: `ps-attendance <file>` equals `ps-attendance lint <file>`', () => {
    const dir = tempDir({ 'a.json': payloadText([{ ...dailyAttendance, studentid: 'x' }]) });
    const implicit = runBin(['a.json', '--format', 'json'], { cwd: dir });
    const explicit = runBin(['lint', 'a.json', '--format', 'json'], { cwd: dir });
    expect(implicit.code).toBe(1);
    expect(implicit.stdout).toBe(explicit.stdout);
  });

  it.each([
    [['lint', '--bogus', 'a.json'], '--bogus'],
    [['lint', '--format', 'junit', 'a.json'], 'stylish, json, sarif, github'],
    [['lint', '--endpoint', 'daily', 'a.json'], 'daily_time, batch_daily_time, meeting_interval'],
    [['lint', '--max-warnings', 'many', 'a.json'], '--max-warnings'],
    [['lint', '--endpoint', 'dialy_time', 'a.json'], 'Did you mean daily_time?'],
    [['lint', '--format', 'sarf', 'a.json'], 'Did you mean sarif?'],
    [['lint'], 'no files given'],
  ])('usage mistake %j exits 2 with one line naming the flag and the valid choices', (args, mentioned) => {
    const dir = tempDir({ 'a.json': payloadText([dailyAttendance]) });
    const run = runBin(args, { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain(mentioned);
  });

  it('--endpoint overrides detection: a single Daily record checked as meeting_interval gets mode-endpoint', () => {
    const dir = tempDir({ 'a.json': payloadText([dailyAttendance]) });
    const run = runBin(['lint', 'a.json', '--endpoint', 'meeting_interval', '--format', 'json'], { cwd: dir });
    const [result] = JSON.parse(run.stdout) as { endpoint: string; messages: { ruleId: string; path: string }[] }[];
    expect(result?.endpoint).toBe('meeting_interval');
    expect(result?.messages.map((m) => [m.ruleId, m.path])).toContainEqual(['mode-endpoint', '/record/0/tables/attendance/att_mode_code']);
  });

  it('without --endpoint or config the endpoint is detected from modes and record count', () => {
    const dir = tempDir({ 'one.json': payloadText([dailyAttendance]), 'two.json': payloadText([dailyAttendance, { ...dailyAttendance, studentid: '7' }]) });
    const run = runBin(['lint', 'one.json', 'two.json', '--format', 'json'], { cwd: dir });
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as { endpoint: string }[]).map((r) => r.endpoint)).toEqual(['daily_time', 'batch_daily_time']);
  });

  it('a file whose endpoint cannot be determined gets one line naming it and --endpoint, exit 2', () => {
    const dir = tempDir({ 'unknown.json': '{"record": [{"tables": {"attendance": {"studentid": "1"}}}]}' });
    const run = runBin(['lint', 'unknown.json'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('unknown.json');
    expect(run.stderr).toContain('--endpoint');
  });
});

describe('subcommand dispatch', () => {
  it('--help lists split (the batch builder) beside lint, and `split --help` reaches it', () => {
    expect(runBin(['--help']).stdout).toMatch(/^\s+split\s/m);
    const split = runBin(['split', '--help']);
    expect(split.code).toBe(0);
    expect(split.stdout).toMatch(/split/);
  });
});

describe('a reader that closes the pipe early', () => {
  it('ends the run quietly (no stack trace), as `| head` expects', async () => {
    const { spawn } = await import('node:child_process');
    const { binPath } = await import('./helpers/run-bin.js');
    const dir = tempDir(Object.fromEntries(Array.from({ length: 200 }, (_, i) => [`p${i}.json`, payloadText([{ ...dailyAttendance, studentid: 'x', att_date: 'y' }])])));
    const child = spawn(process.execPath, [binPath, 'lint', '.', '--format', 'sarif'], { cwd: dir, env: { PATH: process.env['PATH'] } });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(1);
  });
});
