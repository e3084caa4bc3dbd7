import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/command.js';
import { lintCommand } from '../../src/cli/commands/lint.js';

// An internal error cannot be provoked through the real bin without a bug, so these tests make the
// report's output stream throw: the command must turn that into one line and exit 2, with the stack
// only under --debug.
function ioWithBrokenStdout(): { io: CliIo; stderr: () => string } {
  let stderr = '';
  const io: CliIo = {
    stdin: new PassThrough(),
    stdout: {
      write() {
        throw new Error('stdout exploded');
      },
    } as unknown as CliIo['stdout'],
    stderr: { write: (chunk: string) => ((stderr += chunk), true) } as unknown as CliIo['stderr'],
    cwd: process.cwd(),
    env: {},
  };
  return { io, stderr: () => stderr };
}

describe('internal errors', () => {
  it('print one line without a stack trace and exit 2', async () => {
    const { io, stderr } = ioWithBrokenStdout();
    expect(await lintCommand.run(['--version'], io)).toBe(2);
    expect(stderr().trim().split('\n')).toHaveLength(1);
    expect(stderr()).toMatch(/^ps-attendance: internal error: stdout exploded \(rerun with --debug/);
    expect(stderr()).not.toMatch(/\n\s+at /);
  });

  it('print the stack trace under --debug', async () => {
    const { io, stderr } = ioWithBrokenStdout();
    expect(await lintCommand.run(['--version', '--debug'], io)).toBe(2);
    expect(stderr()).toMatch(/^ps-attendance: internal error: Error: stdout exploded\n\s+at /);
  });
});
