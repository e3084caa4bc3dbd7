import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, linkSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { binPath, ensureBuilt, runBin, tempDir } from './helpers/run-bin.js';
import { dailyAttendance, payloadText } from './helpers/payloads.js';

beforeAll(() => ensureBuilt(), 180_000);

// Issue 13: the promises the CLI's shared input and output layer keeps, tried through the real bin.
const valid = payloadText([dailyAttendance]);
const fixable = payloadText([{ ...dailyAttendance, schoolid: 100 }]);

/** Runs a shell command line with `$BIN` standing for the bin. */
function sh(script: string, cwd: string): { code: number | null; stdout: string; stderr: string } {
  const run = spawnSync('bash', ['--norc', '--noprofile', '-c', script], { cwd, encoding: 'utf8', env: { PATH: process.env['PATH'], BIN: `${process.execPath} ${binPath}` }, timeout: 20_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('input: pipes, FIFOs, /dev/stdin and process substitution are read to the end (defect 5)', () => {
  it('lint <(cat ok.json) and cat ok.json | lint /dev/stdin pass clean', () => {
    const dir = tempDir({ 'ok.json': valid, 'bad.json': payloadText([{ ...dailyAttendance, studentid: 'x' }]) });
    expect(sh('$BIN lint <(cat ok.json)', dir)).toMatchObject({ code: 0, stderr: '' });
    expect(sh('cat ok.json | $BIN lint /dev/stdin', dir)).toMatchObject({ code: 0, stderr: '' });
    expect(sh('cat ok.json | $BIN lint -', dir)).toMatchObject({ code: 0, stderr: '' });
    // And what they carry is really checked.
    expect(sh('$BIN lint <(cat bad.json) --format json', dir).stdout).toContain('id-format');
  });

  it('--fix on a pipe, which cannot be written back, shows the fixes as a diff (as on standard input)', () => {
    const dir = tempDir({ 'fix.json': fixable });
    const run = sh('$BIN lint <(cat fix.json) --fix', dir);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toMatch(/^\+\s+"schoolid": "100",$/m);
    expect(readFileSync(join(dir, 'fix.json'), 'utf8')).toBe(fixable);
  });

  it('invalid UTF-8 is refused with line, column and byte offset; --encoding latin1 reads it unchanged', () => {
    const latin1 = Buffer.from(payloadText([{ ...dailyAttendance, att_comment: 'Caf\xe9' }]), 'latin1');
    const dir = tempDir({ 'latin1.json': latin1 });
    const offset = latin1.indexOf(0xe9);
    const line = latin1.subarray(0, offset).toString('latin1').split('\n').length;
    const refused = runBin(['lint', 'latin1.json'], { cwd: dir });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(new RegExp(`^ps-attendance: latin1\\.json:${line}:\\d+: not valid UTF-8.*--encoding latin1.*\\(byte offset ${offset}, byte 0xe9\\)\\.\\n$`));
    expect(runBin(['lint', 'latin1.json', '--encoding', 'latin1'], { cwd: dir })).toMatchObject({ code: 0, stderr: '' });
  });
});

describe('output: a failed write is one line and exit 2; a closed pipe is quiet (defect 6)', () => {
  it('lint ok.json --format json > /dev/full', () => {
    const dir = tempDir({ 'ok.json': valid, 'bad.json': payloadText([{ ...dailyAttendance, studentid: 'x' }]) });
    for (const file of ['ok.json', 'bad.json']) {
      const run = sh(`$BIN lint ${file} --format json > /dev/full`, dir);
      expect(run.code).toBe(2);
      expect(run.stderr).toBe('ps-attendance: cannot write to standard output (no space left on the device): the output is incomplete.\n');
    }
  });
});

describe('--fix keeps what the file is, or refuses (defects 8 and 10b)', () => {
  it('refuses a read-only (0444) file, even as root, and leaves it as it was', () => {
    const dir = tempDir({ 'ro.json': fixable });
    chmodSync(join(dir, 'ro.json'), 0o444);
    const run = runBin(['lint', 'ro.json', '--fix'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^ps-attendance: ro\.json: the file is read-only \(mode 0444\), so --fix leaves it alone.*; the file is unchanged\.\n$/);
    expect(readFileSync(join(dir, 'ro.json'), 'utf8')).toBe(fixable);
    expect(statSync(join(dir, 'ro.json')).mode & 0o777).toBe(0o444);
  });

  it('keeps mode (and, as root, the owner) of a fixed file', () => {
    const dir = tempDir({ 'p.json': fixable });
    const file = join(dir, 'p.json');
    chmodSync(file, 0o604);
    const root = process.getuid?.() === 0;
    if (root) spawnSync('chown', ['65534:65534', file]);
    expect(runBin(['lint', 'p.json', '--fix'], { cwd: dir }).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(fixable.replace('"schoolid": 100', '"schoolid": "100"'));
    const after = statSync(file);
    expect(after.mode & 0o777).toBe(0o604);
    if (root) expect([after.uid, after.gid]).toEqual([65534, 65534]);
  });

  it('refuses a hard-linked file, so both names keep the same content', () => {
    const dir = tempDir({ 'a.json': fixable });
    linkSync(join(dir, 'a.json'), join(dir, 'b.json'));
    const run = runBin(['lint', 'a.json', '--fix'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/a\.json: the file has 2 hard links/);
    expect(readFileSync(join(dir, 'b.json'), 'utf8')).toBe(fixable);
  });

  it('--output-file naming an input is refused before anything is written; one that cannot be created fails at once', () => {
    const dir = tempDir({ 'a.json': fixable });
    const same = runBin(['lint', 'a.json', '--fix', '-o', './a.json'], { cwd: dir });
    expect(same.code).toBe(2);
    expect(same.stderr).toBe('ps-attendance: --output-file ./a.json: is also an input, which the output would overwrite: write it somewhere else.\n');
    expect(readFileSync(join(dir, 'a.json'), 'utf8')).toBe(fixable);
    const proc = runBin(['lint', 'a.json', '-o', '/proc/nope/x'], { cwd: dir });
    expect(proc).toMatchObject({ code: 2, stderr: 'ps-attendance: --output-file /proc/nope/x: cannot create its directory (no such file or directory).\n' });
  });
});

describe('kill -9 during --fix leaves the original or the fixed file, never a mix', () => {
  it('at kill times spread over the whole run', async () => {
    const records = Array.from({ length: 1500 }, (_, i) => ({ ...dailyAttendance, studentid: 10_000 + i, schoolid: 100 }));
    const original = payloadText(records);
    const dir = tempDir({ 'reference.json': original });
    const started = Date.now();
    // Exit 1: 1,500 records are over the batch limit (record-count), which --fix cannot change.
    expect(runBin(['lint', 'reference.json', '--fix', '--endpoint', 'batch_daily_time'], { cwd: dir }).code).toBe(1);
    const full = Date.now() - started;
    const fixed = readFileSync(join(dir, 'reference.json'), 'utf8');
    expect(fixed).not.toBe(original);
    const outcomes = new Set<string>();
    for (let k = 0; k < 5; k++) {
      writeFileSync(join(dir, 'p.json'), original);
      const child = spawn(process.execPath, [binPath, 'lint', 'p.json', '--fix', '--endpoint', 'batch_daily_time'], { cwd: dir, stdio: 'ignore' });
      const closed = new Promise((resolve) => child.on('close', resolve));
      // From early (still reading) to late (writing or done).
      setTimeout(() => child.kill('SIGKILL'), Math.round((full * (k + 1)) / 5));
      await closed;
      const now = readFileSync(join(dir, 'p.json'), 'utf8');
      expect(now === original || now === fixed, `kill ${k}: the file is neither the original nor the fixed text`).toBe(true);
      outcomes.add(now === original ? 'original' : 'fixed');
    }
    // A temporary file may be left by a kill (it is never the payload itself): hidden, named after it.
    for (const name of readdirSync(dir)) expect(name).toMatch(/^(reference\.json|p\.json|\.p\.json\.\d+\.[a-z0-9]+\.tmp)$/);
    expect(outcomes.size).toBeGreaterThan(0);
  }, 60_000);
});
