import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, runBin, tempDir, type BinRun } from './helpers/run-bin.js';
import { dailyAttendance, payloadText } from './helpers/payloads.js';

beforeAll(() => ensureBuilt(), 180_000);

const one = payloadText([dailyAttendance]);
const endpointsOf = (run: BinRun): Record<string, string> =>
  Object.fromEntries((JSON.parse(run.stdout) as { filePath: string; endpoint: string }[]).map((r) => [r.filePath, r.endpoint]));

describe('ps-attendance.config.json', () => {
  it('maps globs to endpoints, found upward from each file, relative to the config directory', () => {
    const dir = tempDir({
      'ps-attendance.config.json': JSON.stringify({ files: { 'sync/batches/**': 'batch_daily_time' } }),
      'sync/batches/one.json': one,
      'sync/other/one.json': one,
    });
    const run = runBin(['lint', '.', '--format', 'json'], { cwd: join(dir, 'sync') });
    expect(run.code).toBe(0);
    expect(endpointsOf(run)).toEqual({
      [join(dir, 'sync/batches/one.json')]: 'batch_daily_time',
      [join(dir, 'sync/other/one.json')]: 'daily_time',
    });
  });

  it('the nearest config wins, and --endpoint beats the config', () => {
    const dir = tempDir({
      'ps-attendance.config.json': JSON.stringify({ files: { '*.json': 'batch_daily_time' } }),
      'inner/ps-attendance.config.json': JSON.stringify({ files: { '*.json': 'meeting_interval' } }),
      'a.json': one,
      'inner/b.json': one,
    });
    expect(endpointsOf(runBin(['lint', '.', '--format', 'json'], { cwd: dir }))).toEqual({
      [join(dir, 'a.json')]: 'batch_daily_time',
      [join(dir, 'inner/b.json')]: 'meeting_interval',
    });
    const forced = runBin(['lint', '.', '--format', 'json', '--endpoint', 'daily_time'], { cwd: dir });
    expect(Object.values(endpointsOf(forced))).toEqual(['daily_time', 'daily_time']);
  });

  it('a "ps-attendance" key in package.json works like the config file', () => {
    const dir = tempDir({
      'package.json': JSON.stringify({ name: 'sis-sync', 'ps-attendance': { files: { 'out/**': 'batch_daily_time' }, ignores: ['out/old/**'] } }),
      'out/a.json': one,
      'out/old/b.json': '{ not json',
    });
    const run = runBin(['lint', 'out', '--format', 'json'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(endpointsOf(run)).toEqual({ [join(dir, 'out/a.json')]: 'batch_daily_time' });
  });

  it('a package.json without the key is passed over and the search goes on upward', () => {
    const dir = tempDir({
      'ps-attendance.config.json': JSON.stringify({ files: { 'app/**': 'batch_daily_time' } }),
      'app/package.json': JSON.stringify({ name: 'app' }),
      'app/a.json': one,
    });
    expect(endpointsOf(runBin(['lint', 'app/a.json', '--format', 'json'], { cwd: dir }))).toEqual({ [join(dir, 'app/a.json')]: 'batch_daily_time' });
  });

  it('"ignores" skips matching files in directories and named files, silently', () => {
    const dir = tempDir({
      'ps-attendance.config.json': JSON.stringify({ ignores: ['fixtures/**'] }),
      'a.json': one,
      'fixtures/broken.json': '{',
    });
    const run = runBin(['lint', '.', 'fixtures/broken.json', '--format', 'json'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(Object.keys(endpointsOf(run))).toEqual([join(dir, 'a.json')]);
    expect(run.stderr).toBe('');
  });

  it.each([
    ['not an object', '[]', ''],
    ['an unknown key', '{"file": {}}', '"file"'],
    ['an unknown endpoint', '{"files": {"*.json": "daily"}}', 'daily_time'],
    ['ignores not an array', '{"ignores": "x/**"}', '"ignores"'],
    ['a bad size', '{"maxFileSize": "lots"}', '"maxFileSize"'],
    ['invalid JSON', '{"files": {,}}', ':1:'],
  ])('a config with %s is one line naming the config file, exit 2', (_name, config, mentioned) => {
    const dir = tempDir({ 'ps-attendance.config.json': config, 'a.json': one });
    const run = runBin(['lint', 'a.json'], { cwd: dir });
    expect(run.code).toBe(2);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(join(dir, 'ps-attendance.config.json'));
    expect(lines[0]).toContain(mentioned);
  });
});

describe('directories and globs', () => {
  it('directories give every *.json below them, skip node_modules and honour .gitignore files', () => {
    const dir = tempDir({
      '.git/HEAD': 'ref: refs/heads/main\n',
      '.gitignore': 'build/\n*.local.json\n',
      'a.json': one,
      'nested/.gitignore': 'secret.json\n',
      'nested/b.json': one,
      'nested/secret.json': '{',
      'nested/notes.txt': 'not json',
      'build/c.json': '{',
      'dev.local.json': '{',
      'node_modules/pkg/package.json': '{"name": "pkg"}',
    });
    const run = runBin(['lint', '.', '--format', 'json'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(Object.keys(endpointsOf(run))).toEqual([join(dir, 'a.json'), join(dir, 'nested/b.json')]);
  });

  it('globs are expanded (quoted, so the shell does not) with the same ignores', () => {
    const dir = tempDir({ 'p/one.json': one, 'p/two.json': one, 'p/node_modules/x.json': '{', 'q/three.json': one });
    const run = runBin(['lint', 'p/**/*.json', '--format', 'json'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(Object.keys(endpointsOf(run))).toEqual([join(dir, 'p/one.json'), join(dir, 'p/two.json')]);
  });

  it('a file named twice (directly and through its directory) is linted once', () => {
    const dir = tempDir({ 'a.json': one });
    const run = runBin(['lint', 'a.json', '.', './a.json', '--format', 'json'], { cwd: dir });
    expect((JSON.parse(run.stdout) as unknown[]).length).toBe(1);
  });
});

describe('a directory whose JSON is all ignored', () => {
  it('is one line saying so (not "no JSON files"), exit 2', () => {
    const dir = tempDir({ 'ps-attendance.config.json': JSON.stringify({ ignores: ['fixtures/'] }), 'fixtures/a/b.json': one });
    const run = runBin(['lint', '.'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('ignored');
  });
});
