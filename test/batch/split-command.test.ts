import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validate } from '../../src/index.js';
import { daily, dailies, interval, meeting, time } from './records.js';
import { filesIn, linesOf, ndjson, payloadFilesIn, recordsOfFile, runSplit, scratch, summaryOf } from './split-io.js';

describe('split: files it writes', () => {
  it('writes one file per payload, named after its endpoint, and an empty rejects.ndjson', async () => {
    const dir = scratch();
    const records = [...dailies(3), meeting({ studentid: '0042' }), interval({ studentid: '42' }), meeting({ studentid: '7', att_date: '2025-09-03' })];
    writeFileSync(join(dir, 'in.ndjson'), ndjson(records));
    const run = await runSplit(['in.ndjson', '--out-dir', 'out', '--batch-size', '2'], dir);
    expect(run.code).toBe(0);
    const out = join(dir, 'out');
    expect(filesIn(out)).toEqual([
      'batch_daily_time-0001.json',
      'batch_daily_time-0002.json',
      'meeting_interval-42-2025-09-02.json',
      'meeting_interval-7-2025-09-03.json',
      'rejects.ndjson',
      'summary.json',
    ]);
    expect(recordsOfFile(out, 'batch_daily_time-0001.json')).toEqual(records.slice(0, 2));
    expect(recordsOfFile(out, 'meeting_interval-42-2025-09-02.json')).toEqual([records[3], records[4]]);
    expect(readFileSync(join(out, 'rejects.ndjson'), 'utf8')).toBe('');
  });

  it('writes payload files that validate() accepts for their endpoint', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'in.ndjson'), ndjson([...dailies(5), time(), meeting(), interval()]));
    await runSplit(['in.ndjson', '-o', 'out'], dir);
    for (const name of payloadFilesIn(join(dir, 'out'))) {
      const endpoint = name.startsWith('batch') ? 'batch_daily_time' : 'meeting_interval';
      expect(validate(JSON.parse(readFileSync(join(dir, 'out', name), 'utf8')), endpoint).valid).toBe(true);
    }
  });

  it('writes every rejected record to rejects.ndjson with its input line, index and diagnostics, and exits 1', async () => {
    const dir = scratch();
    const text = `${JSON.stringify(daily())}\n\n${JSON.stringify(time({ total_minutes: undefined }))}\r\n${JSON.stringify(42)}\n${JSON.stringify(daily({ studentid: '2' }))}`;
    writeFileSync(join(dir, 'in.ndjson'), text);
    const run = await runSplit(['in.ndjson', '-o', 'out'], dir);
    expect(run.code).toBe(1);
    const rejects = linesOf(join(dir, 'out'), 'rejects.ndjson');
    expect(rejects.map((r) => [r['line'], r['index']])).toEqual([
      [3, 1],
      [4, 2],
    ]);
    expect((rejects[0]?.['diagnostics'] as { code: string; path: string }[]).map((d) => [d.code, d.path])).toEqual([['mode-required-field', '/1/total_minutes']]);
    expect(rejects[1]?.['record']).toBe(42);
    expect(recordsOfFile(join(dir, 'out'), 'batch_daily_time-0001.json')).toHaveLength(2);
  });

  it('gives a JSON-array element the line it starts on', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'in.json'), `[\n  ${JSON.stringify(daily())},\n  ${JSON.stringify(time({ total_minutes: '-1' }))},\n\n  "x"\n]\n`);
    const run = await runSplit(['in.json', '-o', 'out'], dir);
    expect(run.code).toBe(1);
    expect(linesOf(join(dir, 'out'), 'rejects.ndjson').map((r) => [r['line'], r['index']])).toEqual([
      [3, 1],
      [5, 2],
    ]);
  });

  it('reads standard input for -, NDJSON or a JSON array, with or without a byte order mark', async () => {
    for (const stdin of [ndjson(dailies(3)), JSON.stringify(dailies(3)), `\uFEFF${ndjson(dailies(3))}`, `  \n${JSON.stringify(dailies(3), null, 2)}`]) {
      const dir = scratch();
      const run = await runSplit(['-', '-o', 'out', '--json'], dir, { stdin });
      expect(run.code).toBe(0);
      expect(summaryOf(run.stdout)).toMatchObject({ records: 3, planned: 3, payloads: 1 });
    }
  });

  it('leaves no temporary file behind', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'in.ndjson'), ndjson([...dailies(450), meeting(), time({ att_date: 'x' })]));
    await runSplit(['in.ndjson', '-o', 'out'], dir);
    expect(filesIn(join(dir, 'out')).filter((n) => n.startsWith('.'))).toEqual([]);
  });

  it('writes the payload warnings to warnings.ndjson, with the payload file and input index', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'in.ndjson'), ndjson([daily({ studentid: '9' }), daily(), daily({ attendance_codeid: '13' })]));
    const run = await runSplit(['in.ndjson', '-o', 'out', '--json'], dir);
    expect(run.code).toBe(0);
    expect(linesOf(join(dir, 'out'), 'warnings.ndjson').map((w) => [w['file'], w['index'], w['code'], w['path']])).toEqual([
      ['batch_daily_time-0001.json', 2, 'duplicate-record', '/record/2'],
    ]);
    expect(summaryOf(run.stdout).warnings).toBe(1);
  });
});

describe('split: nothing is lost', () => {
  it('accounts for every record: summary adds up, files hold exactly the planned records, rejects the rest', async () => {
    const dir = scratch();
    const records: unknown[] = [];
    for (let i = 0; i < 430; i++) {
      const student = String(1 + (i % 13));
      if (i % 7 === 0) records.push(meeting({ studentid: student, ccid: String(i), periodid: String(i), start_time: i * 10, end_time: i * 10 + 5 }));
      else if (i % 11 === 0) records.push(time({ studentid: student, total_minutes: 'lots' }));
      else if (i % 17 === 0) records.push(interval({ studentid: student, att_interval: String(i) }));
      else records.push(daily({ studentid: String(i + 1) }));
    }
    writeFileSync(join(dir, 'in.ndjson'), ndjson(records));
    const run = await runSplit(['in.ndjson', '-o', 'out', '--json'], dir);
    const summary = summaryOf(run.stdout);
    const out = join(dir, 'out');
    const payloadFiles = payloadFilesIn(out);
    const written = payloadFiles.flatMap((name) => recordsOfFile(out, name));
    const rejects = linesOf(out, 'rejects.ndjson');
    expect(summary.records).toBe(records.length);
    expect(summary.planned + summary.rejected).toBe(summary.records);
    expect(summary.pending).toBe(0);
    expect(written).toHaveLength(summary.planned);
    expect(rejects).toHaveLength(summary.rejected);
    expect(payloadFiles).toHaveLength(summary.payloads);
    expect(summary.files.batch_daily_time + summary.files.meeting_interval).toBe(summary.payloads);
    const seen = [...written, ...rejects.map((r) => r['record'])].map((r) => JSON.stringify(r)).sort();
    expect(seen).toEqual(records.map((r) => JSON.stringify(r)).sort());
  });
});

describe('split: sorted input', () => {
  it('writes the same files with --sorted when the input is sorted', async () => {
    const dir = scratch();
    const records = [meeting({ studentid: '1' }), daily({ studentid: '50' }), interval({ studentid: '1' }), meeting({ studentid: '2' }), meeting({ studentid: '10' })];
    writeFileSync(join(dir, 'in.ndjson'), ndjson(records));
    expect((await runSplit(['in.ndjson', '-o', 'a'], dir)).code).toBe(0);
    expect((await runSplit(['in.ndjson', '-o', 'b', '--sorted'], dir)).code).toBe(0);
    expect(filesIn(join(dir, 'b'))).toEqual(filesIn(join(dir, 'a')));
    expect(recordsOfFile(join(dir, 'b'), 'meeting_interval-1-2025-09-02.json')).toEqual([records[0], records[2]]);
  });

  it('stops with exit 2 and one line naming the file and line of an out-of-order record; the summary still adds up', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'in.ndjson'), ndjson([meeting({ studentid: '1' }), meeting({ studentid: '2' }), daily(), meeting({ studentid: '1', att_date: '2025-09-03' })]));
    const run = await runSplit(['in.ndjson', '-o', 'out', '--sorted', '--json'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('in.ndjson:4:');
    const summary = summaryOf(run.stdout);
    expect(summary).toMatchObject({ complete: false, records: 4, planned: 1, rejected: 0, pending: 3 });
    expect(filesIn(join(dir, 'out'))).toEqual(['meeting_interval-1-2025-09-02.json', 'rejects.ndjson', 'summary.json']);
  });
});
