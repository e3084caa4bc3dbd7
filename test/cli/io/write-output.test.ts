import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { CliError } from '../../../src/cli/cli-error.js';
import { writeOutput } from '../../../src/cli/io/write-output.js';

const failing = (code: string): Writable =>
  new Writable({
    write(_chunk, _encoding, callback) {
      callback(Object.assign(new Error(`write ${code}`), { code }));
    },
  });

describe('writeOutput', () => {
  it('turns a failed write (ENOSPC, as > /dev/full) into one CliError line', async () => {
    const error = await writeOutput(failing('ENOSPC'), 'report\n').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CliError);
    expect((error as Error).message).toBe('cannot write to standard output (no space left on the device): the output is incomplete.');
  });

  it('stays quiet when the reader has gone (EPIPE) and drops what follows', async () => {
    const stream = failing('EPIPE');
    stream.on('error', () => {});
    await expect(writeOutput(stream, 'a')).resolves.toBeUndefined();
    await expect(writeOutput(stream, 'b')).resolves.toBeUndefined();
  });

  it('resolves once the stream has taken the text', async () => {
    let got = '';
    const sink = new Writable({
      write(chunk: Buffer, _encoding, callback) {
        got += chunk.toString();
        callback();
      },
    });
    await writeOutput(sink, 'hello');
    expect(got).toBe('hello');
  });
});
