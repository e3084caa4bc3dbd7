import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readInput, readInputChunks } from '../../../src/cli/io/read-input.js';
import { readRegularFile } from '../../../src/cli/io/read-regular-file.js';
import { CliError } from '../../../src/cli/cli-error.js';
import { tempDir } from '../helpers/run-bin.js';

const rejection = async (promise: Promise<unknown>): Promise<string> => {
  try {
    await promise;
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected a rejection');
};

describe('readInput: read until end of file, never by the file size', () => {
  it('reads a FIFO whose size is 0 to its end (issue 13, defect 5)', async () => {
    const dir = tempDir();
    const fifo = join(dir, 'fifo');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    // One writer, two writes with a pause: a reader that trusted the size (0) or one read would stop early.
    const writer = spawn('sh', ['-c', `exec 3>"$1"; printf '{"a":' >&3; sleep 0.1; printf '1}' >&3`, 'sh', fifo]);
    // Listened for before reading: the writer may have exited (and emitted 'close') by the time the read ends.
    const writerClosed = new Promise((resolve) => writer.on('close', resolve));
    const { bytes, snapshot } = await readInput(fifo, { name: 'fifo' });
    await writerClosed;
    expect(bytes.toString()).toBe('{"a":1}');
    expect(snapshot).toBeUndefined();
  });

  it('reads standard input for -, however it is chunked', async () => {
    const stdin = Readable.from([Buffer.from('{"a"'), ':', Buffer.from('1}')]);
    expect((await readInput('-', { name: '<stdin>', stdin })).bytes.toString()).toBe('{"a":1}');
  });

  it('keeps a snapshot of a regular file (to detect a change before writing it back)', async () => {
    const dir = tempDir({ 'a.json': '{}' });
    const { bytes, snapshot } = await readInput(join(dir, 'a.json'), { name: 'a.json' });
    expect(bytes.toString()).toBe('{}');
    expect(snapshot?.size).toBe(2);
    expect(Buffer.from(snapshot?.bytes ?? []).toString()).toBe('{}');
  });

  it('enforces the limit while streaming: an endless input is refused after the limit, not buffered', async () => {
    let pulled = 0;
    const endless = new Readable({
      read() {
        pulled += 1024;
        this.push(Buffer.alloc(1024, 0x20));
      },
    });
    const message = await rejection(readInput('-', { name: '<stdin>', stdin: endless, maxBytes: 10 * 1024, limitHint: 'raise it' }));
    expect(message).toBe('<stdin>: more than 10 KB, over the 10 KB limit: raise it.');
    expect(pulled).toBeLessThan(64 * 1024);
    endless.destroy();
  });

  it('refuses a regular file over the limit before reading it, and names missing files and directories', async () => {
    const dir = tempDir({ 'big.json': ' '.repeat(5000) });
    expect(await rejection(readInput(join(dir, 'big.json'), { name: 'big.json', maxBytes: 1024 }))).toBe('big.json: the file is 4.9 KB, over the 1 KB limit.');
    expect(await rejection(readInput(join(dir, 'nope.json'), { name: 'nope.json' }))).toBe('nope.json: no such file or directory.');
    expect(await rejection(readInput(dir, { name: 'dir' }))).toBe('dir: is a directory.');
  });

  it('streams chunks for NDJSON readers with the same limit', async () => {
    const dir = tempDir({ 'r.ndjson': 'x'.repeat(200_000) });
    let total = 0;
    for await (const chunk of readInputChunks(join(dir, 'r.ndjson'), { name: 'r.ndjson' })) total += chunk.length;
    expect(total).toBe(200_000);
  });

  it('readRegularFile: whole regular files in one pass; anything else is left to the general reader', () => {
    const dir = tempDir({ 'a.json': '{"a": 1}', 'empty.json': '', 'big.json': 'x'.repeat(3000) });
    const tooBig = (size: number | undefined): CliError => new CliError(`too big: ${size ?? 'growing'}`);
    const read = readRegularFile(join(dir, 'a.json'), 'a.json', 1024, tooBig);
    expect(read?.bytes.toString()).toBe('{"a": 1}');
    expect(read?.snapshot.size).toBe(8);
    expect(readRegularFile(join(dir, 'empty.json'), 'empty.json', 1024, tooBig)?.bytes.length).toBe(0);
    expect(readRegularFile(join(dir, 'big.json'), 'big.json', Infinity, tooBig)?.bytes.length).toBe(3000);
    expect(() => readRegularFile(join(dir, 'big.json'), 'big.json', 2999, tooBig)).toThrow('too big: 3000');
    expect(readRegularFile(join(dir, 'big.json'), 'big.json', 3000, tooBig)?.bytes.length).toBe(3000);
    expect(readRegularFile(join(dir, 'missing.json'), 'missing.json', 1024, tooBig)).toBeUndefined();
    expect(readRegularFile(dir, 'dir', 1024, tooBig)).toBeUndefined();
    const fifo = join(dir, 'fifo');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    expect(readRegularFile(fifo, 'fifo', 1024, tooBig)).toBeUndefined(); // never opened: no writer to wait for
  });
});
