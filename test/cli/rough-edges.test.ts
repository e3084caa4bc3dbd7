import { Readable, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/command.js';
import { runCli, subcommands } from '../../src/cli/main.js';
import { guessEndpoint } from '../../src/guess-endpoint.js';
import { tempDir } from './helpers/run-bin.js';
import { dailyAttendance, meetingAttendance, payloadText } from './helpers/payloads.js';

// Issue 12: the rough edges a new user hits first, run in-process (the bin is a thin wrapper).
async function run(args: readonly string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const sink = (write: (text: string) => void): Writable =>
    new Writable({
      write(chunk: Buffer, _encoding, callback) {
        write(chunk.toString());
        callback();
      },
    });
  const io: CliIo = { stdin: Readable.from([]), stdout: sink((t) => (stdout += t)), stderr: sink((t) => (stderr += t)), cwd, env: {} };
  const code = await runCli(args, io);
  return { code, stdout, stderr };
}

describe('a misspelt top-level member without --endpoint is reported as the typo', () => {
  it.each([
    ['"records"', (text: string) => text.replace('"record"', '"records"'), '/records'],
    ['"tabels"', (text: string) => text.replace('"tables"', '"tabels"'), '/record/0/tabels'],
  ])('%s: unknown-field with the right name, not "cannot tell which endpoint"', async (_name, misspell, path) => {
    const dir = tempDir({ 'p.json': misspell(payloadText([dailyAttendance])) });
    const result = await run(['lint', 'p.json', '--format', 'json'], dir);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    const messages = (JSON.parse(result.stdout) as { messages: { ruleId: string; path: string; message: string }[] }[])[0]?.messages ?? [];
    expect(messages.map((m) => [m.ruleId, m.path])).toEqual([['unknown-field', path]]);
  });

  it('guessEndpoint reads through misspelt structure and modes, and still refuses what it cannot tell', () => {
    const attendanceOf = (a: Record<string, unknown>) => ({ tables: { attendance: a } });
    expect(guessEndpoint({ records: [attendanceOf(dailyAttendance), attendanceOf(dailyAttendance)] })).toBe('batch_daily_time');
    expect(guessEndpoint({ record: [{ tabels: { attendance: meetingAttendance } }] })).toBe('meeting_interval');
    expect(guessEndpoint({ record: [attendanceOf({ ...dailyAttendance, att_mode_code: 'ATT_ModeDialy' })] })).toBe('daily_time');
    expect(guessEndpoint({ record: [attendanceOf(dailyAttendance), attendanceOf(meetingAttendance)] })).toBeUndefined();
    expect(guessEndpoint({ hello: [1] })).toBeUndefined();
  });
});

describe('"did you mean" for subcommands and options', () => {
  it('`lnit payloads/` stops at once with the command it meant, instead of linting and then failing on lnit', async () => {
    const dir = tempDir({ 'payloads/a.json': payloadText([dailyAttendance]) });
    const result = await run(['lnit', 'payloads/'], dir);
    expect(result).toEqual({ code: 2, stdout: '', stderr: `ps-attendance: lnit: unknown command. Did you mean lint? (Commands: ${Object.keys(subcommands).join(', ')}; to lint a file of that name, write ./lnit.)\n` });
  });

  it('a file that happens to be named like a misspelt command is still linted', async () => {
    const dir = tempDir({ lnit: payloadText([dailyAttendance]) });
    expect(await run(['lnit'], dir)).toMatchObject({ code: 0, stderr: '' });
  });

  it.each([
    [['lint', '--fixx', 'a.json'], 'ps-attendance: --fixx: unknown option. Did you mean --fix? To pass a path that starts with -, put it after -- (see ps-attendance lint --help).\n'],
    [['lint', '--formt', 'json', 'a.json'], 'ps-attendance: --formt: unknown option. Did you mean --format? To pass a path that starts with -, put it after -- (see ps-attendance lint --help).\n'],
    [['lint', 'a.json', '--endpoint'], 'ps-attendance: --endpoint needs a value (see ps-attendance lint --help).\n'],
    [['lint', 'a.json', '--fix=yes'], 'ps-attendance: --fix takes no value (see ps-attendance lint --help).\n'],
  ])('%j: one line in our words, never parseArgs text', async (args, stderr) => {
    const result = await run(args, tempDir());
    expect(result).toEqual({ code: 2, stdout: '', stderr });
    expect(result.stderr).not.toMatch(/To specify a positional argument|argument missing/);
  });
});
