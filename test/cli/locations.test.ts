import { parseTree } from 'jsonc-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { LineIndex } from '../../src/cli/io/line-index.js';
import { locate } from '../../src/cli/lint/locate.js';
import { ensureBuilt, runBin, tempDir } from './helpers/run-bin.js';

beforeAll(() => ensureBuilt(), 180_000);

interface Message { ruleId: string; path: string; line: number; column: number; endLine: number; endColumn: number }

const text = [
  '{',
  '  "record": [',
  '    {',
  '      "tables": {',
  '        "attendance": {',
  '          "studentid": "x42",',
  '          "att_date": "2025-09-02",',
  '          "schoolid": "100",',
  '          "yearid": "35",',
  '          "att_mode_code": "ATT_ModeTime",',
  '          "attendance_codeid": "12"',
  '        }',
  '      }',
  '    }',
  '  ]',
  '}',
  '',
].join('\n');

function lintJson(source: string, extra: string[] = []): Message[] {
  const dir = tempDir({ 'p.json': source });
  const run = runBin(['lint', 'p.json', '--format', 'json', ...extra], { cwd: dir });
  return (JSON.parse(run.stdout) as { messages: Message[] }[])[0]?.messages ?? [];
}

describe('diagnostic locations (spawned bin)', () => {
  it('a wrong value is located from its key to the end of its value, 1-based', () => {
    const idFormat = lintJson(text).find((m) => m.ruleId === 'id-format');
    expect(idFormat).toMatchObject({ path: '/record/0/tables/attendance/studentid', line: 6, column: 11, endLine: 6, endColumn: 29 });
  });

  it('a missing member points at the opening brace of the object it belongs in', () => {
    const missing = lintJson(text).find((m) => m.ruleId === 'mode-required-field');
    expect(missing).toMatchObject({ path: '/record/0/tables/attendance/total_minutes', line: 5, column: 23, endLine: 5, endColumn: 24 });
  });

  it('CRLF line endings and a BOM do not shift lines or columns', () => {
    const crlf = lintJson(`\uFEFF${text.replace(/\n/g, '\r\n')}`).find((m) => m.ruleId === 'id-format');
    expect(crlf).toMatchObject({ line: 6, column: 11, endLine: 6, endColumn: 29 });
  });

  it('messages are listed in file order', () => {
    const messages = lintJson(text.replace('"x42"', '"x"').replace('"100"', '100'));
    const positions = messages.map((m) => m.line * 1000 + m.column);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });
});

describe('locate (pointer → offsets)', () => {
  const doc = '{"a": {"b/c": [10, {"d": true}]}, "e~0": null}';
  const tree = parseTree(doc);
  if (!tree) throw new Error('fixture does not parse');
  const slice = (pointer: string): string => {
    const { start, end } = locate(tree, pointer);
    return doc.slice(start, end);
  };

  it('resolves escaped tokens (~1 and ~0) and array indexes', () => {
    expect(slice('/a/b~1c/1/d')).toBe('"d": true');
    expect(slice('/a/b~1c/0')).toBe('10');
    expect(slice('/e~00')).toBe('"e~0": null');
  });

  it('falls back to the deepest existing container for missing members and out-of-range indexes', () => {
    expect(slice('/a/missing')).toBe('{');
    expect(locate(tree, '/a/missing').start).toBe(doc.indexOf('{', 1));
    expect(slice('/a/b~1c/7')).toBe('[');
    expect(slice('')).toBe('{');
  });

  it('LineIndex counts \\n, \\r\\n and lone \\r as line breaks', () => {
    const index = new LineIndex('a\nb\r\nc\rd');
    expect([0, 2, 5, 7].map((offset) => index.at(offset))).toEqual([
      { line: 1, column: 1 },
      { line: 2, column: 1 },
      { line: 3, column: 1 },
      { line: 4, column: 1 },
    ]);
  });
});
