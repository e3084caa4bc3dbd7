import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SlotRegistry } from '../../src/cli/commands/split-slots.js';
import { dailies, daily, time } from './records.js';
import { filesIn, linesOf, ndjson, payloadFilesIn, recordsOfFile, runSplit, scratch } from './split-io.js';

const deep = (depth: number): string => `{"studentid":"1","att_comment":${'['.repeat(depth)}${']'.repeat(depth)}}`;

describe('split: a duplicate member name is rejected, never passed on (defect 2)', () => {
  it('rejects the record with duplicate-member at the second occurrence and keeps its exact text', async () => {
    const dir = scratch();
    const twice = JSON.stringify(daily()).replace('{', '{"studentid":"1",');
    writeFileSync(join(dir, 'in.ndjson'), `${JSON.stringify(daily({ studentid: '7' }))}\n${twice}\n`);
    const run = await runSplit(['in.ndjson', '-o', 'out', '--json'], dir);
    expect(run.code).toBe(1);
    const [reject] = linesOf(join(dir, 'out'), 'rejects.ndjson');
    expect(reject).toMatchObject({ line: 2, index: 1, source: twice });
    expect(reject?.['record']).toBeUndefined();
    expect((reject?.['diagnostics'] as { code: string; severity: string; path: string }[]).map((d) => [d.code, d.severity, d.path])).toEqual([['duplicate-member', 'error', '/1/studentid']]);
    expect(recordsOfFile(join(dir, 'out'), 'batch_daily_time-0001.json')).toEqual([daily({ studentid: '7' })]);
    expect(JSON.parse(run.stdout)).toMatchObject({ records: 2, planned: 1, rejected: 1 });
  });

  it('sees a duplicate written with an escape, in a JSON array too', async () => {
    const dir = scratch();
    const twice = JSON.stringify(daily()).replace('{', '{"student\\u0069d":"1",');
    writeFileSync(join(dir, 'in.json'), `[\n${JSON.stringify(daily())},\n${twice}\n]`);
    const run = await runSplit(['in.json', '-o', 'out'], dir);
    expect(run.code).toBe(1);
    expect(linesOf(join(dir, 'out'), 'rejects.ndjson').map((r) => [r['line'], r['source']])).toEqual([[3, twice]]);
  });

  it('reports every duplicate, at any depth, with its pointer', async () => {
    const dir = scratch();
    const text = JSON.stringify(daily()).replace('{', '{"x":[{"k":1},{"k":2,"k":3}],"x":0,');
    writeFileSync(join(dir, 'in.ndjson'), `${text}\n`);
    await runSplit(['in.ndjson', '-o', 'out'], dir);
    const [reject] = linesOf(join(dir, 'out'), 'rejects.ndjson');
    expect((reject?.['diagnostics'] as { path: string }[]).map((d) => d.path)).toEqual(['/0/x/1/k', '/0/x']);
  });
});

describe('split: a deeply nested record is rejected like any other (defect 4)', () => {
  it.each([
    ['in.ndjson', (record: string) => `${JSON.stringify(daily())}\n${record}\n${JSON.stringify(daily({ studentid: '2' }))}\n`],
    ['in.json', (record: string) => `[${JSON.stringify(daily())},\n${record},\n${JSON.stringify(daily({ studentid: '2' }))}]`],
  ])('%s: 100,000 levels go to rejects.ndjson with their text, the others on; summary printed, no .tmp', async (name, make) => {
    const dir = scratch();
    const record = deep(100_000);
    writeFileSync(join(dir, name), make(record));
    const run = await runSplit([name, '-o', 'out', '--json'], dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({ complete: true, records: 3, planned: 2, rejected: 1, pending: 0 });
    const [reject] = linesOf(join(dir, 'out'), 'rejects.ndjson');
    expect(reject).toMatchObject({ line: 2, index: 1, source: record });
    expect((reject?.['diagnostics'] as { code: string; path: string }[]).map((d) => [d.code, d.path])).toEqual([['payload-shape', '/1']]);
    expect(filesIn(join(dir, 'out')).filter((n) => n.startsWith('.'))).toEqual([]);
  });

  it('64 levels are parsed as usual (rejected by the contract, with the record)', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'in.ndjson'), `${deep(63)}\n`);
    const run = await runSplit(['in.ndjson', '-o', 'out'], dir);
    expect(run.code).toBe(1);
    const [reject] = linesOf(join(dir, 'out'), 'rejects.ndjson');
    expect(reject?.['record']).toEqual(JSON.parse(deep(63)));
  });
});

describe('split: --out-dir (10c)', () => {
  it('refuses an --out-dir that is the input file, and changes nothing', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'in.ndjson'), ndjson(dailies(1)));
    const run = await runSplit(['in.ndjson', '-o', 'in.ndjson'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr.trimEnd().split('\n')).toEqual(['ps-attendance split: --out-dir in.ndjson: is the input file: name a new or empty folder for the payload files.']);
    expect(readFileSync(join(dir, 'in.ndjson'), 'utf8')).toBe(ndjson(dailies(1)));
  });

  it('with --force, refuses a folder where the input is a file split would replace', async () => {
    const dir = scratch();
    mkdirSync(join(dir, 'out'));
    writeFileSync(join(dir, 'out', 'rejects.ndjson'), ndjson(dailies(1)));
    writeFileSync(join(dir, 'out', 'summary.json'), '{}');
    const run = await runSplit([join('out', 'rejects.ndjson'), '-o', 'out', '--force'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('the input is rejects.ndjson in that folder');
    expect(filesIn(join(dir, 'out'))).toEqual(['rejects.ndjson', 'summary.json']);
  });

  it.runIf(existsSync('/proc/self'))('fails at once, in one line, for a folder that cannot be created (-o /proc/nope/x spun at 100% CPU)', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'in.ndjson'), ndjson(dailies(1)));
    const run = await runSplit(['in.ndjson', '-o', '/proc/nope/x'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('--out-dir /proc/nope/x: cannot use the folder');
  }, 5000);

  it('joins paths in messages: -o out/ gives out/rejects.ndjson, not out//rejects.ndjson (issue 12)', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'in.ndjson'), ndjson([daily(), daily(), time({ total_minutes: 'x' })]));
    const run = await runSplit(['in.ndjson', '-o', 'out/'], dir);
    expect(run.stdout).toContain(' out/rejects.ndjson');
    expect(run.stdout).toContain(' out/warnings.ndjson');
    expect(run.stdout).not.toContain('//');
  });
});

describe('split: one slot written in two batches is warned about (10d)', () => {
  it('warns on the later batch, naming the earlier file and input record; ids compare as numbers', async () => {
    const dir = scratch();
    const records = [daily({ studentid: '1' }), daily({ studentid: '2' }), daily({ studentid: '3' }), daily({ studentid: '0001' }), daily({ studentid: '2', programid: '5' })];
    writeFileSync(join(dir, 'in.ndjson'), ndjson(records));
    const run = await runSplit(['in.ndjson', '-o', 'out', '--batch-size', '2', '--json'], dir);
    expect(run.code).toBe(0);
    const warnings = linesOf(join(dir, 'out'), 'warnings.ndjson');
    expect(warnings.map((w) => [w['file'], w['index'], w['code'], w['path']])).toEqual([['batch_daily_time-0002.json', 3, 'duplicate-record', '/record/1']]);
    expect(warnings[0]?.['message']).toContain('input record 0 in batch_daily_time-0001.json');
    expect(JSON.parse(run.stdout)).toMatchObject({ warnings: 1 });
    expect(payloadFilesIn(join(dir, 'out'))).toHaveLength(3);
  });

  it('keeps the first writer of every slot across growth of its table', () => {
    const slots = new SlotRegistry();
    const batch = (from: number): Record<string, unknown>[] => Array.from({ length: 200 }, (_, i) => daily({ studentid: String(from + i) }));
    for (let b = 0; b < 100; b++) expect(slots.check(batch(b * 200), Array.from({ length: 200 }, (_, i) => b * 200 + i), `f${b}`)).toEqual([]);
    const again = slots.check(batch(19_900), Array.from({ length: 200 }, (_, i) => 20_000 + i), 'last');
    expect(again).toHaveLength(100);
    expect(again[0]?.message).toContain('input record 19900 in f99');
  });
});
