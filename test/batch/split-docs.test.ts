import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../cli/helpers/run-bin.js';
import { daily, interval, meeting } from './records.js';
import { linesOf, ndjson, recordsOfFile, runSplit, scratch } from './split-io.js';

// CI needs jq for this test (apt-get install -y jq); without it the test is skipped, saying so.
const hasJq = spawnSync('jq', ['--version']).status === 0;
const recipe = /To sort NDJSON: `(jq [^`]+)`/.exec(readFileSync(join(repoRoot, 'docs/batch.md'), 'utf8'))?.[1];

describe("docs/batch.md's sort recipe for --sorted (issue 12)", () => {
  it('is in the docs', () => {
    expect(recipe).toMatch(/^jq .* records\.ndjson > sorted\.ndjson$/);
  });

  it.skipIf(!hasJq)('runs with jq on records without a studentid and feeds split --sorted without an order error (skipped without jq)', async () => {
    const dir = scratch();
    const records = [
      meeting({ studentid: '10' }),
      daily({ studentid: '3' }),
      meeting({ studentid: undefined }),
      interval({ studentid: '0009', att_date: '2025-09-03' }),
      42,
      meeting({ studentid: 'abc' }),
      meeting({ studentid: '9', att_date: '2025-09-01' }),
      meeting({ studentid: '10', ccid: '88121', periodid: '1502', start_time: 32400, end_time: 35400 }),
    ];
    writeFileSync(join(dir, 'records.ndjson'), ndjson(records));
    const jq = spawnSync('sh', ['-c', recipe ?? 'false'], { cwd: dir, encoding: 'utf8' });
    expect(jq.stderr).toBe('');
    expect(jq.status).toBe(0);
    const run = await runSplit(['sorted.ndjson', '-o', 'out', '--sorted', '--json'], dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({ complete: true, records: 8, rejected: 3, payloads: 4 });
    expect(recordsOfFile(join(dir, 'out'), 'meeting_interval-10-2025-09-02.json')).toEqual([records[0], records[7]]);
    expect(linesOf(join(dir, 'out'), 'rejects.ndjson')).toHaveLength(3);
  });
});
