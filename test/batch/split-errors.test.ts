import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SplitProgress } from '../../src/cli/commands/split-progress.js';
import { dailies, daily } from './records.js';
import { filesIn, ndjson, runSplit, scratch } from './split-io.js';

/** A run that failed as bad input should: exit 2, nothing on stdout but the summary, one stderr line naming `where`. */
function expectOneLineError(run: { code: number; stderr: string }, where: string): void {
  expect(run.code).toBe(2);
  expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(run.stderr).toContain(where);
  expect(run.stderr).not.toMatch(/\n\s+at /);
}

describe('split: the output folder', () => {
  it('refuses a non-empty folder without --force and changes nothing in it', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'in.ndjson'), ndjson(dailies(2)));
    mkdirSync(join(dir, 'out'));
    writeFileSync(join(dir, 'out', 'batch_daily_time-0001.json'), 'old');
    const run = await runSplit(['in.ndjson', '-o', 'out'], dir);
    expectOneLineError(run, '--out-dir out');
    expect(filesIn(join(dir, 'out'))).toEqual(['batch_daily_time-0001.json']);
    expect(readFileSync(join(dir, 'out', 'batch_daily_time-0001.json'), 'utf8')).toBe('old');
  });

  it('with --force, deletes earlier split output (no stale payload survives) and keeps other files', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'in.ndjson'), ndjson(dailies(2)));
    mkdirSync(join(dir, 'out'));
    for (const name of ['batch_daily_time-0009.json', 'meeting_interval-1-2025-09-02.json', 'warnings.ndjson', 'notes.txt']) writeFileSync(join(dir, 'out', name), 'old');
    const run = await runSplit(['in.ndjson', '-o', 'out', '--force'], dir);
    expect(run.code).toBe(0);
    expect(filesIn(join(dir, 'out'))).toEqual(['batch_daily_time-0001.json', 'notes.txt', 'rejects.ndjson', 'summary.json']);
  });

  it('creates a missing folder, parents included', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'in.ndjson'), ndjson(dailies(1)));
    expect((await runSplit(['in.ndjson', '-o', 'a/b/c'], dir)).code).toBe(0);
    expect(filesIn(join(dir, 'a/b/c'))).toEqual(['batch_daily_time-0001.json', 'rejects.ndjson', 'summary.json']);
  });

  it('refuses an --out-dir that is a file', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'in.ndjson'), ndjson(dailies(1)));
    writeFileSync(join(dir, 'out'), '');
    expectOneLineError(await runSplit(['in.ndjson', '-o', 'out'], dir), '--out-dir out');
  });
});

describe('split: bad input', () => {
  it('names a missing input file', async () => {
    expectOneLineError(await runSplit(['nope.ndjson', '-o', 'out'], scratch()), 'nope.ndjson');
  });

  it('names an input that is a folder', async () => {
    const dir = scratch();
    mkdirSync(join(dir, 'folder'));
    expectOneLineError(await runSplit(['folder', '-o', 'out'], dir), 'folder');
  });

  it('stops at an invalid NDJSON line, naming file and line; the summary accounts for the records before it', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'in.ndjson'), `${ndjson(dailies(3))}{"studentid": "4"\n${ndjson(dailies(1))}`);
    const run = await runSplit(['in.ndjson', '-o', 'out', '--json'], dir);
    expectOneLineError(run, 'in.ndjson:4:');
    const summary = JSON.parse(run.stdout) as Record<string, number | boolean>;
    expect(summary).toMatchObject({ complete: false, records: 3, planned: 0, rejected: 0, pending: 3 });
  });

  it('names line and column of a syntax error in a JSON array', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'in.json'), `[\n${JSON.stringify(daily())},\n{"studentid": }\n]`);
    expectOneLineError(await runSplit(['in.json', '-o', 'out'], dir), 'in.json:3:15:');
  });

  it('stops at a whole payload given where a flat record belongs', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'in.ndjson'), ndjson([daily(), { record: [{ tables: { attendance: daily() } }] }]));
    expectOneLineError(await runSplit(['in.ndjson', '-o', 'out'], dir), 'in.ndjson:2:');
    writeFileSync(join(dir, 'in.json'), JSON.stringify([daily(), { record: [] }], null, 1));
    expectOneLineError(await runSplit(['in.json', '-o', 'out2'], dir), 'in.json:');
  });

  it('names stdin in errors about standard input', async () => {
    expectOneLineError(await runSplit(['-', '-o', 'out'], scratch(), { stdin: '{oops}\n' }), '<stdin>:1:');
  });

  it('reads an empty input as no records', async () => {
    const run = await runSplit(['-', '-o', 'out', '--json'], scratch(), { stdin: '\n\n' });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ complete: true, records: 0, payloads: 0 });
  });
});

describe('split: usage', () => {
  it.each([
    [['in.ndjson'], '--out-dir'],
    [['-o', 'out'], 'input'],
    [['a', 'b', '-o', 'out'], 'input'],
    [['in.ndjson', '-o', 'out', '--batch-size', '201'], '--batch-size'],
    [['in.ndjson', '-o', 'out', '--batch-size', 'ten'], '--batch-size'],
    [['in.ndjson', '-o', 'out', '--bogus'], '--bogus'],
  ])('rejects %j with exit 2 and a line naming %s', async (args, where) => {
    expectOneLineError(await runSplit(args, scratch()), where);
  });

  it('prints its usage for --help and exits 0', async () => {
    const run = await runSplit(['--help'], scratch());
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('--out-dir');
  });
});

describe('split: progress', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('draws progress on a TTY stderr once a second has passed, and erases it', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const written: string[] = [];
    const progress = new SplitProgress({ stderr: { isTTY: true, write: (s: string) => written.push(s) } } as never);
    progress.update({ records: 1024, planned: 0, payloads: 0, rejected: 0 });
    expect(written).toEqual([]);
    vi.advanceTimersByTime(1500);
    progress.update({ records: 2048, planned: 0, payloads: 0, rejected: 0 });
    expect(written).toHaveLength(1);
    expect(written[0]?.startsWith('\r')).toBe(true);
    progress.clear();
    expect(written).toHaveLength(2);
  });

  it('draws nothing when stderr is not a TTY', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const written: string[] = [];
    const progress = new SplitProgress({ stderr: { write: (s: string) => written.push(s) } } as never);
    vi.advanceTimersByTime(5000);
    progress.update({ records: 4096, planned: 0, payloads: 0, rejected: 0 });
    progress.clear();
    expect(written).toEqual([]);
  });

});

describe('split: write problems', () => {
  it('says which earlier output --force could not delete, in one line', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'in.ndjson'), ndjson(dailies(1)));
    mkdirSync(join(dir, 'out', 'rejects.ndjson'), { recursive: true });
    writeFileSync(join(dir, 'out', 'rejects.ndjson', 'x'), '');
    expectOneLineError(await runSplit(['in.ndjson', '-o', 'out', '--force'], dir), 'rejects.ndjson');
  });
});
