import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { existsSync, mkdirSync, readFileSync, rmSync, watch, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SplitFs } from '../../src/cli/commands/split-output.js';
import { binPath, ensureBuilt } from '../cli/helpers/run-bin.js';
import { dailies, time } from './records.js';
import { filesIn, linesOf, ndjson, payloadFilesIn, recordsOfFile, runSplit, scratch, summaryOf, type SplitSummary } from './split-io.js';

beforeAll(() => ensureBuilt(), 180_000);

function enospc(): NodeJS.ErrnoException {
  return Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', syscall: 'write', errno: -28 });
}

/** node:fs with a disk that holds `budget` more bytes: the write that crosses it is cut short, the next one fails. */
function diskHolding(budget: number): SplitFs & { written: () => number } {
  let left = budget;
  let total = 0;
  const writeSync = (fd: number, buffer: Uint8Array, offset: number, length: number): number => {
    if (left <= 0) throw enospc();
    const n = Math.min(length, left);
    left -= n;
    total += n;
    return fs.writeSync(fd, buffer, offset, n);
  };
  return { ...fs, writeSync: writeSync as SplitFs['writeSync'], written: () => total };
}

/** Checks that the summary describes the folder exactly, and that the folder shows an unfinished run. */
function expectSummaryMatchesDisk(out: string, summary: SplitSummary): void {
  const names = filesIn(out);
  expect(names.filter((n) => n.startsWith('.'))).toEqual([]);
  const payloads = payloadFilesIn(out);
  expect(payloads).toHaveLength(summary.payloads);
  expect(payloads.flatMap((name) => recordsOfFile(out, name))).toHaveLength(summary.planned);
  expect(names.includes('rejects.ndjson') ? linesOf(out, 'rejects.ndjson').length : 0).toBe(summary.rejected);
  expect(names.includes('warnings.ndjson') ? linesOf(out, 'warnings.ndjson').length : 0).toBe(summary.warnings);
  expect(summary.planned + summary.rejected + summary.pending).toBe(summary.records);
  if (names.includes('summary.json')) expect(JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'))).toEqual(summary);
}

const input = ndjson([...dailies(300), time({ total_minutes: 'x' }), ...dailies(150), time({ att_date: 'y' }), dailies(1)[0]]);

describe('split: a write that fails (disk full) leaves a folder the summary describes exactly (defect 9)', () => {
  let full = 0;
  beforeAll(async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'in.ndjson'), input);
    const disk = diskHolding(Number.MAX_SAFE_INTEGER);
    const run = await runSplit(['in.ndjson', '-o', 'out', '--batch-size', '10', '--json'], dir, { fs: disk });
    expect(run.code).toBe(1);
    full = disk.written();
  });

  it.each([0, 0.001, 0.2, 0.5, 0.97, 0.9995])('the disk fills at %d of what the split writes: exit 2, one line, no .tmp, no summary.json saying complete', async (fraction) => {
    const dir = scratch();
    writeFileSync(join(dir, 'in.ndjson'), input);
    const run = await runSplit(['in.ndjson', '-o', 'out', '--batch-size', '10', '--json'], dir, { fs: diskHolding(Math.floor(full * fraction)) });
    expect(run.code).toBe(2);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('no space left on the device');
    const summary = summaryOf(run.stdout);
    expect(summary.complete).toBe(false);
    expectSummaryMatchesDisk(join(dir, 'out'), summary);
    const marker = join(dir, 'out', 'summary.json');
    if (existsSync(marker)) expect(JSON.parse(readFileSync(marker, 'utf8'))).toMatchObject({ complete: false });
  });

  it('a rename that fails removes its temporary file and is not counted', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'in.ndjson'), input);
    let renames = 0;
    const renameSync: SplitFs['renameSync'] = (from, to) => {
      if (++renames === 3) throw Object.assign(new Error('EIO: i/o error, rename'), { code: 'EIO', syscall: 'rename' });
      fs.renameSync(from, to);
    };
    const run = await runSplit(['in.ndjson', '-o', 'out', '--batch-size', '10', '--json'], dir, { fs: { ...fs, renameSync } });
    expect(run.code).toBe(2);
    const summary = summaryOf(run.stdout);
    expect(summary).toMatchObject({ complete: false, payloads: 2, planned: 20 });
    expectSummaryMatchesDisk(join(dir, 'out'), summary);
  });

  it('a complete run ends with summary.json, the same object as the --json summary', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'in.ndjson'), input);
    const run = await runSplit(['in.ndjson', '-o', 'out', '--json'], dir);
    expect(JSON.parse(readFileSync(join(dir, 'out', 'summary.json'), 'utf8'))).toEqual({ ...summaryOf(run.stdout), complete: true });
  });

  it('--force deletes an earlier summary.json, so a rerun that is killed cannot look finished', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'in.ndjson'), input);
    await runSplit(['in.ndjson', '-o', 'out'], dir);
    const run = await runSplit(['in.ndjson', '-o', 'out', '--force', '--json'], dir, { fs: diskHolding(5000) });
    expect(run.code).toBe(2);
    expect(existsSync(join(dir, 'out', 'summary.json'))).toBe(false);
  });
});

// A real full disk: a 64 KiB tmpfs. Needs root and a kernel that lets this container mount.
const mountPoint = scratch();
const canMount = process.platform === 'linux' && process.getuid?.() === 0 && spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', mountPoint]).status === 0;
afterAll(() => {
  if (canMount) spawnSync('umount', [mountPoint]);
  rmSync(mountPoint, { recursive: true, force: true });
});

describe('split: a real full disk (tmpfs of 64 KiB)', () => {
  it.skipIf(!canMount)('stops with exit 2 and one line; the summary matches the folder; no .tmp (skipped unless root may mount tmpfs)', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'in.ndjson'), input);
    const run = spawnSync(process.execPath, [binPath, 'split', 'in.ndjson', '-o', join(mountPoint, 'out'), '--batch-size', '10', '--json'], { cwd: dir, encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('no space left on the device');
    const summary = summaryOf(run.stdout);
    expect(summary.complete).toBe(false);
    expect(summary.payloads).toBeGreaterThan(0);
    expectSummaryMatchesDisk(join(mountPoint, 'out'), summary);
  });
});

describe('split: killed part-way (kill -9)', () => {
  it('leaves complete payload files and no summary.json: the folder shows the run did not finish', async () => {
    const dir = scratch();
    const out = join(dir, 'out');
    mkdirSync(out);
    const child = spawn(process.execPath, [binPath, 'split', '-', '-o', out, '--batch-size', '1'], { stdio: ['pipe', 'ignore', 'ignore'] });
    const firstPayload = new Promise<void>((done) => {
      const watcher = watch(out, (_event, name) => {
        if (name === 'batch_daily_time-0002.json') {
          watcher.close();
          done();
        }
      });
    });
    // Input keeps coming (the pipe stays open), so the split cannot finish before it is killed.
    child.stdin.write(ndjson(dailies(5)));
    await firstPayload;
    const exited = new Promise((done) => child.on('exit', done));
    child.kill('SIGKILL');
    await exited;
    expect(existsSync(join(out, 'summary.json'))).toBe(false);
    for (const name of payloadFilesIn(out)) expect(recordsOfFile(out, name)).toHaveLength(1);
  });
});

describe('split: standard output fails (defect 6)', () => {
  it('a summary that cannot be written is one line on stderr and exit 2', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'in.ndjson'), ndjson(dailies(3)));
    const stdout = new Writable({ write: (_chunk, _encoding, done) => done(enospc()) });
    // The bin listens for 'error' on process.stdout; so does this stand-in.
    stdout.on('error', () => undefined);
    const run = await runSplit(['in.ndjson', '-o', 'out'], dir, { stdout });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('ps-attendance split: cannot write to standard output (no space left on the device): the output is incomplete.\n');
  });

  it.runIf(existsSync('/dev/full'))('split … > /dev/full: one line, exit 2 (spawned bin)', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'in.ndjson'), ndjson(dailies(3)));
    const full = fs.openSync('/dev/full', 'w');
    try {
      const run = spawnSync(process.execPath, [binPath, 'split', 'in.ndjson', '-o', 'out'], { cwd: dir, encoding: 'utf8', stdio: ['ignore', full, 'pipe'] });
      expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(run.stderr).toContain('standard output');
      expect(run.status).toBe(2);
    } finally {
      fs.closeSync(full);
    }
  });
});
