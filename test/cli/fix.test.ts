import { chmodSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, runBin, tempDir } from './helpers/run-bin.js';
import { dailyAttendance, meetingAttendance } from './helpers/payloads.js';

beforeAll(() => ensureBuilt(), 180_000);

// Tab-indented, members in an unusual order, a case-variant key, numbers where strings belong and a
// lower-case table name: every kind of lossless fix, and formatting a re-serialiser would lose.
const messy = [
  '{',
  '\t"record": [',
  '\t\t{',
  '\t\t\t"name": "attendance",',
  '\t\t\t"tables": {',
  '\t\t\t\t"attendance": {',
  '\t\t\t\t\t"att_mode_code": "ATT_ModeTime",',
  '\t\t\t\t\t"StudentID": 4242,',
  '\t\t\t\t\t"att_date": "2025-09-02",',
  '\t\t\t\t\t"schoolid":   100,',
  '\t\t\t\t\t"yearid": "35",',
  '\t\t\t\t\t"total_minutes": 45,',
  '\t\t\t\t\t"attendance_codeid": "12"',
  '\t\t\t\t}',
  '\t\t\t}',
  '\t\t}',
  '\t]',
  '}',
  '',
].join('\n');

const expected = messy
  .replace('"attendance",', '"ATTENDANCE",')
  .replace('"StudentID": 4242', '"studentid": "4242"')
  .replace('"schoolid":   100', '"schoolid":   "100"')
  .replace('"total_minutes": 45', '"total_minutes": "45"');

describe('--fix', () => {
  it('applies every lossless fix in place: indentation, spacing, key order and member position kept', () => {
    const dir = tempDir({ 'p.json': messy });
    const run = runBin(['lint', 'p.json', '--fix', '--format', 'json'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(readFileSync(join(dir, 'p.json'), 'utf8')).toBe(expected);
    const [result] = JSON.parse(run.stdout) as { messages: unknown[]; output?: string }[];
    expect(result?.messages).toEqual([]);
    expect(result?.output).toBe(expected);
  });

  it('fixing twice equals fixing once, and the second run does not touch the file', () => {
    const dir = tempDir({ 'p.json': messy });
    runBin(['lint', 'p.json', '--fix'], { cwd: dir });
    const once = readFileSync(join(dir, 'p.json'), 'utf8');
    const before = statSync(join(dir, 'p.json'));
    const second = runBin(['lint', 'p.json', '--fix'], { cwd: dir });
    expect(second.code).toBe(0);
    expect(readFileSync(join(dir, 'p.json'), 'utf8')).toBe(once);
    const after = statSync(join(dir, 'p.json'));
    expect([after.ino, after.mtimeMs]).toEqual([before.ino, before.mtimeMs]);
  });

  it('never touches a file it does not change, even one with unfixable errors', () => {
    const unfixable = JSON.stringify({ record: [{ tables: { attendance: { ...dailyAttendance, att_date: '2025-02-30' } } }] }, null, 2);
    const dir = tempDir({ 'bad.json': unfixable, 'good.json': JSON.stringify({ record: [{ tables: { attendance: dailyAttendance } }] }) });
    const stats = ['bad.json', 'good.json'].map((f) => statSync(join(dir, f)));
    const run = runBin(['lint', '.', '--fix', '--format', 'json'], { cwd: dir });
    expect(run.code).toBe(1);
    const after = ['bad.json', 'good.json'].map((f) => statSync(join(dir, f)));
    expect(after.map((s) => [s.ino, s.mtimeMs])).toEqual(stats.map((s) => [s.ino, s.mtimeMs]));
    const [bad] = JSON.parse(run.stdout) as { messages: { ruleId: string }[]; output?: string }[];
    expect(bad?.messages.map((m) => m.ruleId)).toEqual(['date-format']);
    expect(bad?.output).toBeUndefined();
  });

  it('writes atomically (a new inode, no temp file left), keeping the permissions, a BOM and CRLF line endings', () => {
    const crlf = `\uFEFF${messy.replace(/\n/g, '\r\n')}`;
    const dir = tempDir({ 'p.json': crlf });
    const file = join(dir, 'p.json');
    chmodSync(file, 0o640);
    const before = statSync(file);
    const run = runBin(['lint', 'p.json', '--fix'], { cwd: dir });
    expect(run.code).toBe(0);
    const after = statSync(file);
    expect(after.ino).not.toBe(before.ino);
    expect(after.mode & 0o777).toBe(0o640);
    expect(readFileSync(file, 'utf8')).toBe(`\uFEFF${expected.replace(/\n/g, '\r\n')}`);
    expect(readdirSync(dir)).toEqual(['p.json']);
  });

  it('a rename does not move the member; a rename onto an existing member is not offered', () => {
    const clash = JSON.stringify({ record: [{ tables: { attendance: { ...dailyAttendance, STUDENTID: '9' } } }] }, null, 2);
    const dir = tempDir({ 'p.json': clash });
    const run = runBin(['lint', 'p.json', '--fix', '--format', 'json'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(readFileSync(join(dir, 'p.json'), 'utf8')).toBe(clash);
    const [result] = JSON.parse(run.stdout) as { messages: { ruleId: string; path: string; fix?: unknown }[] }[];
    expect(result?.messages).toEqual([expect.objectContaining({ ruleId: 'unknown-field', path: '/record/0/tables/attendance/STUDENTID' })]);
    expect(result?.messages[0]?.fix).toBeUndefined();
  });

  it('fixes a string where meeting_interval needs integer seconds', () => {
    const text = JSON.stringify({ record: [{ tables: { attendance: { ...meetingAttendance, start_time: '28800' } } }] }, null, 2);
    const dir = tempDir({ 'm.json': text });
    expect(runBin(['lint', 'm.json', '--fix'], { cwd: dir }).code).toBe(0);
    expect(readFileSync(join(dir, 'm.json'), 'utf8')).toBe(text.replace('"start_time": "28800"', '"start_time": 28800'));
  });
});

describe('--fix-dry-run', () => {
  it('prints a diff of what --fix would change, reports what would remain, and writes nothing', () => {
    const dir = tempDir({ 'p.json': messy });
    const before = statSync(join(dir, 'p.json'));
    const run = runBin(['lint', 'p.json', '--fix-dry-run'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('--- p.json');
    expect(run.stdout).toContain('-\t\t\t\t\t"StudentID": 4242,');
    expect(run.stdout).toContain('+\t\t\t\t\t"studentid": "4242",');
    expect(readFileSync(join(dir, 'p.json'), 'utf8')).toBe(messy);
    expect(statSync(join(dir, 'p.json')).mtimeMs).toBe(before.mtimeMs);
  });

  it('with --format json the fixed text is the result output (ESLint style) and stdout stays JSON', () => {
    const dir = tempDir({ 'p.json': messy });
    const run = runBin(['lint', 'p.json', '--fix-dry-run', '--format', 'json'], { cwd: dir });
    const [result] = JSON.parse(run.stdout) as { output?: string }[];
    expect(result?.output).toBe(expected);
    expect(run.stderr).toContain('+++ p.json (fixed)');
  });

  it('--fix on standard input never writes anything and shows the diff', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'p.json'), messy);
    const run = runBin(['lint', '-', '--fix', '--stdin-filename', 'p.json'], { cwd: dir, input: messy });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('+++ p.json (fixed)');
    expect(readFileSync(join(dir, 'p.json'), 'utf8')).toBe(messy);
  });
});
