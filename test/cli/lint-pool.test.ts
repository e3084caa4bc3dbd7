import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { poolSize } from '../../src/cli/lint/pool-size.js';
import { ensureBuilt, runBinAsync, tempDir, type BinRun } from './helpers/run-bin.js';
import { dailyAttendance, meetingAttendance, payloadText } from './helpers/payloads.js';

beforeAll(() => ensureBuilt(), 180_000);

// A mixed set: clean files of both kinds, files with findings (fixable and not), warnings, duplicate
// members, invalid JSON, invalid UTF-8, a BOM, over-deep nesting, an unknown endpoint, an empty file,
// a directory named like a payload, a dangling symlink. Numbered so that the file order mixes them.
function mixedSet(): string {
  const dir = tempDir();
  const payloads = join(dir, 'payloads');
  mkdirSync(payloads);
  const kinds: ((i: number) => string | Buffer)[] = [
    (i) => payloadText([{ ...dailyAttendance, studentid: String(1000 + i) }]),
    (i) => payloadText(Array.from({ length: 5 }, (_, r) => ({ ...meetingAttendance, ccid: String(70_000 + r), periodid: String(r + 1), start_time: 28_800 + r * 900 + i, end_time: 29_400 + r * 900 + i }))),
    (i) => payloadText([{ ...dailyAttendance, studentid: 1000 + i, schoolid: 100 }]),
    () => payloadText([{ ...dailyAttendance, att_date: '09/02/2025' }]),
    () => '{"record": [{"tables": {"attendance": {"studentid": "1", "studentid": "2"}}}]}\n',
    () => '{"record": [\n',
    () => Buffer.concat([Buffer.from('{"record": [{"tables": {"attendance": {"att_comment": "'), Buffer.from([0xc3, 0x28]), Buffer.from('"}}}]}')]),
    (i) => `\uFEFF${payloadText([{ ...dailyAttendance, studentid: String(2000 + i) }])}`,
    () => `${'['.repeat(100)}${']'.repeat(100)}`,
    () => '{"something": "else"}',
    () => '',
    (i) => payloadText([{ ...dailyAttendance, studentid: String(3000 + i) }, { ...dailyAttendance, studentid: String(3000 + i) }]),
  ];
  for (let i = 0; i < 60; i++) {
    const kind = kinds[i % kinds.length] as (i: number) => string | Buffer;
    writeFileSync(join(payloads, `p${String(i).padStart(3, '0')}.json`), kind(i));
  }
  mkdirSync(join(payloads, 'p500.json'));
  writeFileSync(join(payloads, 'p500.json', 'inner.json'), payloadText([{ ...dailyAttendance }]));
  symlinkSync(join(dir, 'missing.json'), join(payloads, 'p501.json'));
  return dir;
}

const run = (dir: string, workers: string, args: readonly string[]): Promise<BinRun> =>
  runBinAsync(['lint', 'payloads', ...args], { cwd: dir, env: { PS_ATTENDANCE_LINT_WORKERS: workers } });

describe('lint on worker threads: the same report, in the same order, as on one thread', () => {
  const dir = mixedSet();

  for (const args of [['--format', 'json'], ['--format', 'stylish', '--no-color'], ['--format', 'sarif'], ['--debug', '--quiet'], ['--fix-dry-run', '--format', 'json']]) {
    it(`lint ${args.join(' ')}: stdout, stderr and exit code identical with 0, 1 and 3 workers`, async () => {
      const [one, pooled, wide] = await Promise.all([run(dir, '0', args), run(dir, '1', args), run(dir, '3', args)]);
      expect(one.code).toBe(2); // the unreadable files
      expect(one.stdout.length).toBeGreaterThan(0);
      expect(one.stderr).toMatch(/not valid UTF-8/);
      expect(pooled).toEqual(one);
      expect(wide).toEqual(one);
    }, 60_000);
  }

  it('--fix writes the same files from worker threads', async () => {
    const copies = [mixedSet(), mixedSet()] as const;
    const [one, pooled] = await Promise.all([
      runBinAsync(['lint', 'payloads', '--fix', '--format', 'json'], { cwd: copies[0], env: { PS_ATTENDANCE_LINT_WORKERS: '0' } }),
      runBinAsync(['lint', 'payloads', '--fix', '--format', 'json'], { cwd: copies[1], env: { PS_ATTENDANCE_LINT_WORKERS: '2' } }),
    ]);
    expect(pooled.code).toBe(one.code);
    expect(pooled.stdout.replaceAll(copies[1], '<dir>')).toBe(one.stdout.replaceAll(copies[0], '<dir>'));
    expect(pooled.stderr).toBe(one.stderr);
    const fixed = (dir: string): string => readFileSync(join(dir, 'payloads', 'p002.json'), 'utf8');
    expect(fixed(copies[1])).toBe(fixed(copies[0]));
    expect(fixed(copies[0])).toContain('"schoolid": "100"');
  }, 60_000);

  it('a bad PS_ATTENDANCE_LINT_WORKERS is one line and exit 2', async () => {
    const result = await run(dir, 'many', []);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('ps-attendance: PS_ATTENDANCE_LINT_WORKERS is "many": use a number of worker threads from 0 to 99 (0: lint on the main thread only).\n');
  });
});

describe('poolSize', () => {
  const many = Array.from({ length: 500 }, (_, i) => `/r/${i}.json`);
  it('starts no pool for one file, a few files, or standard input', () => {
    expect(poolSize(['/r/a.json'], {}, { available: 8, load: 0 })).toBe(0);
    expect(poolSize(many.slice(0, 50), {}, { available: 8, load: 0 })).toBe(0);
    expect(poolSize([...many, '-'], {}, { available: 8, load: 0 })).toBe(0);
    expect(poolSize(['/r/a.json'], { PS_ATTENDANCE_LINT_WORKERS: '2' }, { available: 8, load: 0 })).toBe(0);
  });
  it('uses the idle CPUs of a machine with 4 or more, at most one fewer than the CPUs and at most 3', () => {
    expect(poolSize(many, {}, { available: 2, load: 0 })).toBe(0);
    expect(poolSize(many, {}, { available: 1, load: 0 })).toBe(0);
    expect(poolSize(many, {}, { available: 4, load: 0.2 })).toBe(3);
    expect(poolSize(many, {}, { available: 4, load: 2.2 })).toBe(2);
    expect(poolSize(many, {}, { available: 4, load: 3.8 })).toBe(0);
    expect(poolSize(many, {}, { available: 4, load: 9 })).toBe(0);
    expect(poolSize(many, {}, { available: 16, load: 0 })).toBe(3);
  });
  it('PS_ATTENDANCE_LINT_WORKERS sets the number', () => {
    expect(poolSize(many.slice(0, 2), { PS_ATTENDANCE_LINT_WORKERS: '2' }, { available: 2, load: 9 })).toBe(2);
    expect(poolSize(many, { PS_ATTENDANCE_LINT_WORKERS: '0' }, { available: 16, load: 0 })).toBe(0);
  });
});
