import { chmodSync, mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, runBin, tempDir, unprivilegedRun, type BinRun } from './helpers/run-bin.js';
import { dailyAttendance, payloadText } from './helpers/payloads.js';

beforeAll(() => ensureBuilt(), 180_000);

const valid = payloadText([dailyAttendance]);

/** Exactly one line on stderr, naming `file`, and no stack trace. */
function expectOneLineNaming(run: BinRun, file: string): void {
  const lines = run.stderr.trim().split('\n');
  expect(lines, run.stderr).toHaveLength(1);
  expect(lines[0]).toContain(file);
  expect(run.stderr).not.toMatch(/^\s+at /m);
}

interface JsonMessage { ruleId: string; line: number; column: number; fatal?: boolean }
const messagesOf = (run: BinRun): JsonMessage[] => (JSON.parse(run.stdout) as { messages: JsonMessage[] }[]).flatMap((r) => r.messages);

describe('bad input: invalid JSON is a lint error (exit 1) with line and column', () => {
  it.each([
    ['trailing comma', '{\n  "record": [],\n}\n', 3, 1],
    ['missing comma', '{\n  "record": []\n  "name": "ATTENDANCE"\n}\n', 3, 3],
    ['comment', '{\n  // note\n  "record": []\n}\n', 2, 3],
    ['unterminated string', '{\n  "record": "abc\n}\n', 2, 13],
    ['truncated file', '{\n  "record": [\n', 3, 1],
  ])('%s', (_name, text, line, column) => {
    const dir = tempDir({ 'broken.json': text });
    const run = runBin(['lint', 'broken.json', '--format', 'json'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(messagesOf(run)).toEqual([expect.objectContaining({ ruleId: 'invalid-json', line, column, fatal: true })]);
  });

  it('stylish names the file and the position', () => {
    const dir = tempDir({ 'broken.json': '{"record": [}' });
    const run = runBin(['lint', 'broken.json'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(join(dir, 'broken.json'));
    expect(run.stdout).toMatch(/1:13\s+error\s+.*invalid-json/);
  });

  it('an empty (or blank) file is invalid-json at 1:1', () => {
    for (const text of ['', '  \n']) {
      const dir = tempDir({ 'empty.json': text });
      const run = runBin(['lint', 'empty.json', '--format', 'json'], { cwd: dir });
      expect(run.code).toBe(1);
      expect(messagesOf(run)).toEqual([expect.objectContaining({ ruleId: 'invalid-json', line: 1, column: 1 })]);
    }
  });
});

describe('bad input that cannot be linted: one line naming the file, exit 2', () => {
  it('a UTF-8 BOM is accepted', () => {
    const dir = tempDir({ 'bom.json': `\uFEFF${valid}` });
    const run = runBin(['lint', 'bom.json'], { cwd: dir });
    expect(run).toMatchObject({ code: 0, stdout: '', stderr: '' });
  });

  it.each([
    ['invalid UTF-8', Buffer.concat([Buffer.from('{"name": "'), Buffer.from([0xc3, 0x28]), Buffer.from('"}')])],
    ['Latin-1 text', Buffer.from('{"record": [{"tables": {"attendance": {"att_comment": "caf\xe9"}}}]}', 'latin1')],
    ['UTF-16 text', Buffer.from(`\uFEFF${valid}`, 'utf16le')],
    ['binary content', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00])],
    ['a NUL byte in otherwise valid UTF-8', Buffer.from(`${valid}\0`)],
  ])('%s, named or found in a directory', (_name, bytes) => {
    const dir = tempDir({ 'odd.json': bytes });
    // Named, the file is stat'ed before it is read; found by the walk, it is read without a stat.
    for (const target of ['odd.json', '.']) {
      const run = runBin(['lint', target], { cwd: dir });
      expect(run.code).toBe(2);
      expectOneLineNaming(run, 'odd.json');
    }
  });

  it('a missing path', () => {
    const run = runBin(['lint', 'nowhere/missing.json'], { cwd: tempDir() });
    expect(run.code).toBe(2);
    expectOneLineNaming(run, 'nowhere/missing.json');
  });

  it('a dangling symbolic link', () => {
    const dir = tempDir();
    symlinkSync(join(dir, 'gone.json'), join(dir, 'link.json'));
    const run = runBin(['lint', 'link.json'], { cwd: dir });
    expect(run.code).toBe(2);
    expectOneLineNaming(run, 'link.json');
  });

  // As root, the bin runs without the capabilities that bypass file modes (or as nobody): see unprivilegedRun.
  const unprivileged = unprivilegedRun();
  it.skipIf('skip' in unprivileged)(`an unreadable file${'skip' in unprivileged ? ` (skipped: ${unprivileged.skip})` : ''}`, () => {
    const dir = tempDir({ 'secret.json': valid });
    chmodSync(dir, 0o755);
    chmodSync(join(dir, 'secret.json'), 0o000);
    const run = runBin(['lint', 'secret.json'], { cwd: dir, ...('options' in unprivileged ? unprivileged.options : {}) });
    expect(run.code).toBe(2);
    expectOneLineNaming(run, 'secret.json');
  });

  it('a directory with no JSON files', () => {
    const dir = tempDir({ 'docs/readme.md': '# no payloads here' });
    const run = runBin(['lint', 'docs'], { cwd: dir });
    expect(run.code).toBe(2);
    expectOneLineNaming(run, 'docs');
  });

  it('a glob that matches nothing', () => {
    const run = runBin(['lint', 'payloads/**/*.json'], { cwd: tempDir() });
    expect(run.code).toBe(2);
    expectOneLineNaming(run, 'payloads/**/*.json');
  });

  it('a file over the size limit from the config (default 10 MB)', () => {
    const dir = tempDir({ 'ps-attendance.config.json': '{"maxFileSize": "1KB"}', 'big.json': payloadText(Array.from({ length: 20 }, () => dailyAttendance)) });
    const run = runBin(['lint', 'big.json'], { cwd: dir });
    expect(run.code).toBe(2);
    expectOneLineNaming(run, 'big.json');
  });

  it('the default limit is 10 MB', () => {
    const dir = tempDir({ 'huge.json': `{"record": [], "name": "${'x'.repeat(10 * 1024 * 1024)}"}` });
    const run = runBin(['lint', 'huge.json'], { cwd: dir });
    expect(run.code).toBe(2);
    expectOneLineNaming(run, 'huge.json');
  });

  it('deeply nested JSON', () => {
    const dir = tempDir({ 'deep.json': `${'['.repeat(100_000)}${']'.repeat(100_000)}` });
    const run = runBin(['lint', 'deep.json'], { cwd: dir });
    expect(run.code).toBe(2);
    expectOneLineNaming(run, 'deep.json');
  });

  it('deeply nested JSON inside a payload for a given endpoint (the schema check sees it before the depth check)', () => {
    const dir = tempDir({ 'deep-record.json': `{"record":${'['.repeat(100_000)}${']'.repeat(100_000)},"name":{"a":${'['.repeat(100_000)}${']'.repeat(100_000)}}}` });
    const run = runBin(['lint', 'deep-record.json', '--endpoint', 'batch_daily_time'], { cwd: dir });
    expect(run.code).toBe(2);
    expectOneLineNaming(run, 'deep-record.json');
    expect(run.stderr).toMatch(/nests deeper than 64 levels/);
  });

  it('other files are still linted and reported, and the exit code is 2', () => {
    const dir = tempDir({ 'good.json': valid, 'bad.json': payloadText([{ ...dailyAttendance, studentid: 'x' }]) });
    const run = runBin(['lint', 'good.json', 'missing.json', 'bad.json', '--format', 'json'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(messagesOf(run).map((m) => m.ruleId)).toEqual(['id-format']);
    expectOneLineNaming(run, 'missing.json');
  });

  it('--debug adds diagnostics about choices but the error line stays clean', () => {
    const dir = tempDir({ 'good.json': valid });
    mkdirSync(join(dir, 'empty'));
    const run = runBin(['lint', 'good.json', '--debug'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^\[debug\] good\.json: endpoint daily_time/m);
  });
});

describe('standard input', () => {
  it('`-` lints standard input; --stdin-filename names it and finds its config', () => {
    const dir = tempDir({ 'ps-attendance.config.json': '{"files": {"batch/**": "batch_daily_time"}}' });
    const run = runBin(['lint', '-', '--stdin-filename', 'batch/today.json', '--format', 'json'], { cwd: dir, input: valid });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual([expect.objectContaining({ filePath: join(dir, 'batch/today.json'), endpoint: 'batch_daily_time' })]);
  });

  it('without --stdin-filename the result is named <stdin>', () => {
    const run = runBin(['lint', '-', '--format', 'json'], { cwd: tempDir(), input: '{"record": [' });
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toEqual([expect.objectContaining({ filePath: '<stdin>', messages: [expect.objectContaining({ ruleId: 'invalid-json' })] })]);
  });
});
