import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { beforeAll, describe, expect, it } from 'vitest';
import { ruleCodes } from '../../src/rules/rule-code.js';
import { ensureBuilt, runBin, tempDir } from './helpers/run-bin.js';
import { dailyAttendance, payloadText } from './helpers/payloads.js';

beforeAll(() => ensureBuilt(), 180_000);

// Two files: one with an error (id-format), a fixable error (field-type) and a warning (table-name);
// one clean. Paths inside a sub-directory with a space, to exercise URI encoding.
function project(): string {
  const bad = JSON.stringify({ name: 'attendance', record: [{ tables: { attendance: { ...dailyAttendance, studentid: 'x', schoolid: 100 } } }] }, null, 2);
  return tempDir({ 'pay loads/bad.json': bad, 'pay loads/good.json': payloadText([dailyAttendance]) });
}

interface JsonResult {
  filePath: string;
  endpoint: string;
  messages: { ruleId: string; severity: number; message: string; line: number; column: number; endLine: number; endColumn: number; path: string; fix?: { range: [number, number]; text: string } }[];
  errorCount: number;
  warningCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
}

describe('--format json (ESLint-compatible)', () => {
  it('prints one result per file with absolute filePath, endpoint, full messages and counts', () => {
    const dir = project();
    const run = runBin(['lint', 'pay loads', '--format', 'json'], { cwd: dir });
    expect(run.code).toBe(1);
    const results = JSON.parse(run.stdout) as JsonResult[];
    expect(results.map((r) => r.filePath)).toEqual([join(dir, 'pay loads/bad.json'), join(dir, 'pay loads/good.json')]);
    const [bad, good] = results;
    expect(bad).toMatchObject({ endpoint: 'daily_time', errorCount: 2, warningCount: 1, fixableErrorCount: 1, fixableWarningCount: 1 });
    expect(good).toMatchObject({ messages: [], errorCount: 0, warningCount: 0 });
    for (const m of bad?.messages ?? []) {
      expect(Object.keys(m)).toEqual(expect.arrayContaining(['ruleId', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn', 'path']));
    }
    expect(bad?.messages.map((m) => [m.ruleId, m.severity, m.path])).toEqual([
      ['table-name', 1, '/name'],
      ['id-format', 2, '/record/0/tables/attendance/studentid'],
      ['field-type', 2, '/record/0/tables/attendance/schoolid'],
    ]);
    // The ESLint fix is a text edit: applying it to the file repairs the value.
    const fieldType = bad?.messages.find((m) => m.ruleId === 'field-type');
    const source = readFileSync(join(dir, 'pay loads/bad.json'), 'utf8');
    const [start, end] = fieldType?.fix?.range ?? [0, 0];
    expect(source.slice(start, end)).toBe('100');
    expect(fieldType?.fix?.text).toBe('"100"');
  });
});

describe('--format sarif', () => {
  const schema = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures/sarif-2.1.0-rtm.5.schema.json'), 'utf8')) as Record<string, unknown>;
  // The schema is draft-04: ajv 8 reads it as draft-07 once the draft-04 "id" is named "$id".
  const { $schema: _draft, id, ...rest } = schema;
  const validateSarif = new Ajv({ strict: false, validateFormats: false, allErrors: true, unicodeRegExp: false }).compile({ $id: String(id), ...rest });

  it('the schema check is real: a run without its tool is rejected', () => {
    expect(validateSarif({ version: '2.1.0', runs: [{ results: [] }] })).toBe(false);
  });

  it('is valid SARIF 2.1.0 and describes every rule with descriptions, help and default level', () => {
    const dir = project();
    const run = runBin(['lint', 'pay loads', '--format', 'sarif'], { cwd: dir });
    expect(run.code).toBe(1);
    const log = JSON.parse(run.stdout) as { version: string; runs: { tool: { driver: { rules: { id: string; shortDescription: { text: string }; fullDescription: { text: string }; help: { text: string }; defaultConfiguration: { level: string } }[] } }; results: { ruleId: string; ruleIndex: number; level: string; locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: Record<string, number> } }[] }[] }[] };
    expect(validateSarif(log), JSON.stringify(validateSarif.errors?.slice(0, 3))).toBe(true);
    expect(log.version).toBe('2.1.0');
    const run0 = log.runs[0];
    const rules = run0?.tool.driver.rules ?? [];
    expect(rules.map((r) => r.id).sort()).toEqual([...ruleCodes, 'invalid-json'].sort());
    for (const rule of rules) {
      expect(rule.shortDescription.text.length).toBeGreaterThan(0);
      expect(rule.fullDescription.text.length).toBeGreaterThan(0);
      expect(rule.help.text.length).toBeGreaterThan(0);
      expect(['error', 'warning']).toContain(rule.defaultConfiguration.level);
    }
    const results = run0?.results ?? [];
    expect(results.map((r) => [r.ruleId, r.level])).toEqual([['table-name', 'warning'], ['id-format', 'error'], ['field-type', 'error']]);
    for (const result of results) {
      expect(rules[result.ruleIndex]?.id).toBe(result.ruleId);
      expect(result.locations[0]?.physicalLocation.artifactLocation).toEqual({ uri: 'pay%20loads/bad.json', uriBaseId: '%SRCROOT%' });
      expect(result.locations[0]?.physicalLocation.region).toMatchObject({ startLine: expect.any(Number), startColumn: expect.any(Number) });
    }
  });

  it('a clean run is still a valid log with the rules and no results', () => {
    const dir = tempDir({ 'good.json': payloadText([dailyAttendance]) });
    const run = runBin(['lint', 'good.json', '--format', 'sarif'], { cwd: dir });
    expect(run.code).toBe(0);
    const log = JSON.parse(run.stdout) as { runs: { results: unknown[] }[] };
    expect(validateSarif(log)).toBe(true);
    expect(log.runs[0]?.results).toEqual([]);
  });
});

describe('--format github', () => {
  it('prints one workflow-command annotation per message with file, line, column and end', () => {
    const dir = project();
    const run = runBin(['lint', 'pay loads', '--format', 'github'], { cwd: dir });
    expect(run.code).toBe(1);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^::warning file=pay loads\/bad\.json,line=2,col=3,endLine=2,endColumn=\d+,title=ps-attendance table-name::/);
    expect(lines[1]).toMatch(/^::error file=pay loads\/bad\.json,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=ps-attendance id-format::/);
  });
});

describe('--format stylish (default) and colour', () => {
  const run = (env: Record<string, string>, extra: string[] = []) => runBin(['lint', 'pay loads', ...extra], { cwd: project(), env });
  // eslint-disable-next-line no-control-regex
  const ansi = /\u001b\[\d+m/;

  it('lists each file with line:column, severity and rule, then the totals and the fixable count', () => {
    const { stdout, code } = run({});
    expect(code).toBe(1);
    expect(stdout).toMatch(/bad\.json\n/);
    expect(stdout).toMatch(/^\s+2:3\s+warning\s+.*\btable-name$/m);
    expect(stdout).toMatch(/✖ 3 problems \(2 errors, 1 warning\)/);
    expect(stdout).toMatch(/1 error and 1 warning potentially fixable with the `--fix` option/);
    expect(stdout).not.toContain('good.json');
  });

  it('has no colour when stdout is not a terminal, with NO_COLOR, or with FORCE_COLOR=0', () => {
    expect(run({}).stdout).not.toMatch(ansi);
    expect(run({ NO_COLOR: '1', FORCE_COLOR: '1' }).stdout).not.toMatch(ansi);
    expect(run({ NO_COLOR: '1' }, ['--color']).stdout).not.toMatch(ansi);
    expect(run({ FORCE_COLOR: '0' }).stdout).not.toMatch(ansi);
  });

  it('has colour when forced by FORCE_COLOR=1 or --color', () => {
    expect(run({ FORCE_COLOR: '1' }).stdout).toMatch(ansi);
    expect(run({}, ['--color']).stdout).toMatch(ansi);
  });

  it('a clean run prints nothing', () => {
    const dir = tempDir({ 'good.json': payloadText([dailyAttendance]) });
    const result = runBin(['lint', 'good.json'], { cwd: dir });
    expect(result).toMatchObject({ code: 0, stdout: '' });
  });
});

describe('--output-file', () => {
  it('writes the report to the file (creating directories), prints nothing, keeps the exit code', () => {
    const dir = project();
    const run = runBin(['lint', 'pay loads', '--format', 'json', '--output-file', 'reports/lint.json'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    const results = JSON.parse(readFileSync(join(dir, 'reports/lint.json'), 'utf8')) as JsonResult[];
    expect(results[0]?.errorCount).toBe(2);
  });

  it('an unwritable report path is one line naming it, exit 2', () => {
    const dir = tempDir({ 'good.json': payloadText([dailyAttendance]), 'blocker': 'a file, not a directory' });
    const run = runBin(['lint', 'good.json', '--output-file', 'blocker/lint.txt'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('blocker/lint.txt');
  });
});
