import { readdirSync, readlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, runBin } from '../cli/helpers/run-bin.js';
import { dailies } from './records.js';
import { ndjson, runSplit, scratch } from './split-io.js';

// The descriptors of this process that point at `path` (Linux: /proc/self/fd).
function openOn(path: string): number {
  let count = 0;
  for (const fd of readdirSync('/proc/self/fd')) {
    try {
      if (readlinkSync(`/proc/self/fd/${fd}`) === path) count++;
    } catch {
      // Closed while listed.
    }
  }
  return count;
}

const linux = process.platform === 'linux';

describe.skipIf(!linux)('split closes its input on every path (no descriptor left for the garbage collector)', () => {
  const cases: [string, (dir: string) => string][] = [
    ['a complete run', () => ndjson(dailies(3))],
    ['invalid JSON on line 2 (the read stops early)', () => `${JSON.stringify(dailies(1)[0])}\n{"studentid":\n${JSON.stringify(dailies(1)[0])}\n`],
    ['invalid UTF-8 in the middle of a large input', () => `${ndjson(dailies(3000))}\u0000`],
    ['a whole payload where records belong', () => `${JSON.stringify({ record: [] })}\n`],
  ];
  for (const [what, text] of cases) {
    it(what, async () => {
      const dir = scratch();
      const input = join(dir, 'in.ndjson');
      writeFileSync(input, text(dir));
      const run = await runSplit(['in.ndjson', '-o', 'out'], dir);
      expect(run.code).not.toBeNull();
      expect(openOn(input)).toBe(0);
    });
  }

  it('an output folder it refuses (the input is never opened)', async () => {
    const dir = scratch();
    const input = join(dir, 'in.ndjson');
    writeFileSync(input, ndjson(dailies(2)));
    writeFileSync(join(dir, 'out'), 'a file, not a folder');
    const run = await runSplit(['in.ndjson', '-o', 'out'], dir);
    expect(run.code).toBe(2);
    expect(openOn(input)).toBe(0);
  });
});

describe('split (the bin) prints no Node.js warning', () => {
  beforeAll(() => ensureBuilt(), 180_000);
  it('on a run that stops at a bad record, under --trace-warnings', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'in.ndjson'), `${ndjson(dailies(2000))}{"studentid":\n`);
    const run = runBin(['split', 'in.ndjson', '-o', 'out'], { cwd: dir, env: { NODE_OPTIONS: '--trace-warnings' } });
    expect(run.code).toBe(2);
    expect(run.stderr).not.toMatch(/Warning|FileHandle/);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});
