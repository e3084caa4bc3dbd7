import { Buffer } from 'node:buffer';
import { spawn, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { arrayElements } from '../../src/cli/commands/split-json-array.js';
import { readRawRecords, type RawRecord, type ReadStats } from '../../src/cli/commands/split-lines.js';
import { readInputChunks } from '../../src/cli/io/read-input.js';
import { daily } from './records.js';
import { filesIn, ndjson, recordsOfFile, runSplit, scratch } from './split-io.js';

/** The records and scan count of `bytes` fed in chunks of `chunk` bytes. */
async function read(bytes: Buffer, chunk: number): Promise<{ records: RawRecord[]; stats: ReadStats }> {
  const chunks = function* (): Generator<Buffer> {
    for (let i = 0; i < bytes.length; i += chunk) yield bytes.subarray(i, i + chunk);
  };
  const stats: ReadStats = { charsScanned: 0 };
  const records: RawRecord[] = [];
  for await (const record of readRawRecords(chunks(), 'in', { stats })) records.push(record);
  return { records, stats };
}

describe('split input: each character is scanned once (issue 14: one long line was quadratic)', () => {
  it.each([
    ['one long line', (size: number) => `{"att_comment":"${'x'.repeat(size - 19)}"}\n`],
    ['many short lines', (size: number) => `${JSON.stringify(daily())}\n`.repeat(Math.ceil(size / 132))],
  ])('%s: characters scanned = input size, at 256 KiB and 4 MiB, in 64 KiB chunks', async (_shape, make) => {
    for (const size of [256 * 1024, 4 * 1024 * 1024]) {
      const bytes = Buffer.from(make(size));
      const { records, stats } = await read(bytes, 64 * 1024);
      expect(records.length).toBeGreaterThan(0);
      // The format is decided on the first character (scanned once more): never a second pass over a line.
      expect(stats.charsScanned).toBe(bytes.length + 1);
    }
  });

  it('a JSON array is scanned once too', async () => {
    const text = JSON.stringify(Array.from({ length: 2000 }, () => daily()), null, 1);
    const { records, stats } = await read(Buffer.from(text), 4096);
    expect(records).toHaveLength(2000);
    expect(stats.charsScanned).toBe(text.length + 1);
  });
});

describe('split input: bytes are never changed (defect 3)', () => {
  it('keeps every character whatever the chunk boundaries, a multi-byte character split included', async () => {
    const text = `\uFEFF${JSON.stringify(daily({ att_comment: 'Café – 東京 😀' }))}\r\n\n${JSON.stringify(daily())}`;
    for (const chunk of [1, 2, 3, 5, 1024]) {
      const { records } = await read(Buffer.from(text), chunk);
      expect(records.map((r) => [r.line, JSON.parse(r.text)])).toEqual([
        [1, daily({ att_comment: 'Café – 東京 😀' })],
        [3, daily()],
      ]);
    }
  });

  it('refuses Latin-1 text in NDJSON with the line and the byte offset in the file, exit 2, nothing written', async () => {
    const dir = scratch();
    const first = Buffer.from(`${JSON.stringify(daily())}\n`);
    const second = Buffer.concat([Buffer.from('{"att_comment":"Caf'), Buffer.from([0xe9]), Buffer.from('"}\n')]);
    writeFileSync(join(dir, 'in.ndjson'), Buffer.concat([first, second]));
    const run = await runSplit(['in.ndjson', '-o', 'out', '--json'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('in.ndjson:2:20: not valid UTF-8');
    expect(run.stderr).toContain(`byte offset ${first.length + 19}, byte 0xe9`);
    expect(JSON.parse(run.stdout)).toMatchObject({ complete: false, planned: 0, rejected: 0 });
    expect(filesIn(join(dir, 'out'))).toEqual(['rejects.ndjson', 'summary.json']);
  });

  it('refuses invalid UTF-8 in a JSON array with its line and byte offset', async () => {
    const dir = scratch();
    const before = '[\n{"a":"x"},\n{"a":"';
    writeFileSync(join(dir, 'in.json'), Buffer.concat([Buffer.from(before), Buffer.from([0xc3, 0x28]), Buffer.from('"}\n]')]));
    const run = await runSplit(['in.json', '-o', 'out'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('in.json:3:7: not valid UTF-8');
    expect(run.stderr).toContain(`byte offset ${before.length}, byte 0xc3`);
  });

  it('refuses UTF-16 input', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'in.ndjson'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{}', 'utf16le')]));
    const run = await runSplit(['in.ndjson', '-o', 'out'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('UTF-16');
  });

  it('writes non-ASCII text to the payload file unchanged', async () => {
    const dir = scratch();
    const record = daily({ att_comment: 'Café – 東京' });
    writeFileSync(join(dir, 'in.ndjson'), ndjson([record]));
    expect((await runSplit(['in.ndjson', '-o', 'out'], dir)).code).toBe(0);
    expect(recordsOfFile(join(dir, 'out'), 'batch_daily_time-0001.json')).toEqual([record]);
  });
});

describe('split --encoding latin1', () => {
  it('reads Latin-1 when asked, and writes the same characters as UTF-8', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'in.ndjson'), Buffer.from(`${JSON.stringify(daily({ att_comment: 'Café' }))}\n`, 'latin1'));
    const run = await runSplit(['in.ndjson', '-o', 'out', '--encoding', 'latin1'], dir);
    expect(run.code).toBe(0);
    expect(recordsOfFile(join(dir, 'out'), 'batch_daily_time-0001.json')).toEqual([daily({ att_comment: 'Café' })]);
  });

  it('says so in the message about invalid UTF-8', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'in.ndjson'), Buffer.from(`${JSON.stringify(daily({ att_comment: 'Café' }))}\n`, 'latin1'));
    expect((await runSplit(['in.ndjson', '-o', 'out'], dir)).stderr).toContain('--encoding latin1');
  });
});

describe('JSON-array elements', () => {
  it('cuts elements with their line and column, strings with brackets and escapes included', () => {
    const text = '[\n  {"a": "]}\\"["},\n  [1, [2]], 3 ,"x",\nnull]';
    expect([...arrayElements(text, 'in')]).toEqual([
      { text: '{"a": "]}\\"["}', line: 2, column: 3 },
      { text: '[1, [2]]', line: 3, column: 3 },
      { text: '3', line: 3, column: 13 },
      { text: '"x"', line: 3, column: 16 },
      { text: 'null', line: 4, column: 1 },
    ]);
    expect([...arrayElements(' [ ] ', 'in')]).toEqual([]);
  });

  it.each([
    ['[1,]', 'in:1:4: invalid JSON (trailing comma)'],
    ['[1 2]', "in:1:4: invalid JSON (expected ',' or ']' after an element)"],
    ['[1]x', 'in:1:4: invalid JSON (unexpected content after the array)'],
    ['[{"a":1}', 'in:1:9: invalid JSON (the input ends inside the array)'],
    ['[{"a":[1}', 'in:1:10: invalid JSON (the input ends inside an element)'],
  ])('refuses %j: %s', (text, message) => {
    expect(() => [...arrayElements(text, 'in')]).toThrow(message);
  });
});

describe('split input: pipes and FIFOs are read to the end', () => {
  it.runIf(process.platform === 'linux')('reads a FIFO whose writer is slow', async () => {
    const dir = scratch();
    const fifo = join(dir, 'in.fifo');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const writer = spawn('sh', ['-c', `{ printf '%s\\n' '${JSON.stringify(daily({ studentid: '1' }))}'; sleep 0.2; printf '%s\\n' '${JSON.stringify(daily({ studentid: '2' }))}'; } > '${fifo}'`]);
    const exited = new Promise((done) => writer.on('exit', done));
    const run = await runSplit(['in.fifo', '-o', 'out', '--json'], dir);
    await exited;
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ records: 2, planned: 2 });
  });
});

describe('split input: a regular file is streamed, not read whole', () => {
  it('readInputChunks gives a big file in chunks of at most 64 KiB (NDJSON has no size limit)', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'big.ndjson'), ndjson(Array.from({ length: 3000 }, () => daily())));
    let largest = 0;
    let total = 0;
    for await (const chunk of readInputChunks(join(dir, 'big.ndjson'), { name: 'big.ndjson' })) {
      largest = Math.max(largest, chunk.length);
      total += chunk.length;
    }
    expect(total).toBeGreaterThan(256 * 1024);
    expect(largest).toBeLessThanOrEqual(64 * 1024);
  });
});
