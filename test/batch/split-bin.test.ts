import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, runBin, tempDir } from '../cli/helpers/run-bin.js';
import { dailies, meeting, time } from './records.js';
import { filesIn, linesOf, ndjson } from './split-io.js';

beforeAll(() => ensureBuilt(), 180_000);

describe('ps-attendance split (spawned bin)', () => {
  it('splits a file into payload files and rejects, exits 1, and its JSON summary adds up', () => {
    const dir = tempDir({ 'in.ndjson': ndjson([...dailies(201), meeting(), time({ total_minutes: undefined })]) });
    const run = runBin(['split', 'in.ndjson', '--out-dir', 'out', '--json'], { cwd: dir });
    expect(run.code).toBe(1);
    const summary = JSON.parse(run.stdout) as { records: number; planned: number; rejected: number; pending: number; payloads: number };
    expect(summary).toMatchObject({ records: 203, planned: 202, rejected: 1, pending: 0, payloads: 3 });
    expect(filesIn(join(dir, 'out'))).toEqual(['batch_daily_time-0001.json', 'batch_daily_time-0002.json', 'meeting_interval-4242-2025-09-02.json', 'rejects.ndjson', 'summary.json']);
    expect(linesOf(join(dir, 'out'), 'rejects.ndjson').map((r) => r['line'])).toEqual([203]);
  });

  it('reads standard input for - and exits 0 when nothing is rejected', () => {
    const dir = tempDir();
    const run = runBin(['split', '-', '-o', 'out'], { cwd: dir, input: JSON.stringify(dailies(3)) });
    expect(run.code).toBe(0);
    const payload = JSON.parse(readFileSync(join(dir, 'out', 'batch_daily_time-0001.json'), 'utf8')) as { record: unknown[] };
    expect(payload.record).toHaveLength(3);
  });

  it('reports bad input in one stderr line with file and line, exit 2, no stack trace', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'in.ndjson'), `${ndjson(dailies(2))}not json\n`);
    const run = runBin(['split', 'in.ndjson', '-o', 'out'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('in.ndjson:3:');
  });
});
