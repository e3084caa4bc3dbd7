import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, runBin, tempDir } from './helpers/run-bin.js';
import { dailyAttendance, payloadText } from './helpers/payloads.js';

beforeAll(() => ensureBuilt(), 180_000);

// Two warnings (table-name on the payload and on the record), no errors.
const warnings = JSON.stringify({ name: 'Attendance', record: [{ name: 'Attendance', tables: { attendance: dailyAttendance } }] });
const error = payloadText([{ ...dailyAttendance, att_date: '2025-13-01' }]);

describe('exit codes, --quiet and --max-warnings', () => {
  const dir = tempDir({ 'clean.json': payloadText([dailyAttendance]), 'warn.json': warnings, 'error.json': error });

  it('0 when there are no problems', () => {
    expect(runBin(['lint', 'clean.json'], { cwd: dir }).code).toBe(0);
  });

  it('0 with warnings only, when --max-warnings is not set', () => {
    const run = runBin(['lint', 'warn.json'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/2 problems \(0 errors, 2 warnings\)/);
  });

  it('1 with an error', () => {
    expect(runBin(['lint', 'error.json'], { cwd: dir }).code).toBe(1);
  });

  it('--max-warnings: 0 within the limit, 1 over it (with a line saying so)', () => {
    expect(runBin(['lint', 'warn.json', '--max-warnings', '2'], { cwd: dir }).code).toBe(0);
    const over = runBin(['lint', 'warn.json', '--max-warnings', '1'], { cwd: dir });
    expect(over.code).toBe(1);
    expect(over.stderr).toContain('maximum: 1');
  });

  it('--quiet reports errors only: warnings vanish from the report and the counts', () => {
    const run = runBin(['lint', 'warn.json', 'error.json', '--quiet', '--format', 'json'], { cwd: dir });
    expect(run.code).toBe(1);
    const results = JSON.parse(run.stdout) as { messages: { severity: number; ruleId: string }[]; warningCount: number }[];
    expect(results.flatMap((r) => r.messages.map((m) => [m.severity, m.ruleId]))).toEqual([[2, 'date-format']]);
    expect(results.map((r) => r.warningCount)).toEqual([0, 0]);
    expect(runBin(['lint', 'warn.json', '--quiet'], { cwd: dir })).toMatchObject({ code: 0, stdout: '' });
  });

  it('--quiet still counts the hidden warnings against --max-warnings (ESLint 8 behaviour)', () => {
    expect(runBin(['lint', 'warn.json', '--quiet', '--max-warnings', '0'], { cwd: dir }).code).toBe(1);
  });

  it('2 beats 1: a usage or file error together with lint errors exits 2', () => {
    expect(runBin(['lint', 'error.json', 'missing.json'], { cwd: dir }).code).toBe(2);
  });
});
