import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonc } from '../../src/cli/io/jsonc.js';
import { lintSource } from '../../src/cli/lint/lint-source.js';
import type { EndpointId } from '../../src/endpoints.js';
import { invalidPayloadText } from '../../properties/arbitraries/index.js';
import { dailyAttendance, payloadText } from './helpers/payloads.js';

// lintSource on texts whose meaning JSON.parse loses: duplicate members and number literals that
// do not survive conversion to a double (issue 13, defects 1, 2 and 10a), and the cost of --fix
// with many fixes (issue 14).

const lint = (text: string, fix = false, endpoint: EndpointId = 'daily_time') => {
  const outcome = lintSource(text, { endpointFor: () => endpoint, fix });
  if (outcome.kind !== 'linted') throw new Error(outcome.kind);
  return outcome;
};
const found = (text: string) => lint(text).messages.map((m) => `${m.ruleId} ${m.path}`);
const attendance = (members: string): string => `{"record": [{"tables": {"attendance": {${members}}}}]}`;
const base = '"att_date": "2025-09-02", "yearid": "35", "att_mode_code": "ATT_ModeDaily", "attendance_codeid": "12"';

afterEach(() => vi.restoreAllMocks());

describe('duplicate members (defects 1 and 2)', () => {
  it('{"studentid":"1","studentid":"2"} is a duplicate-member error at the second occurrence, not a clean file', () => {
    const text = attendance(`"studentid": "1", "studentid": "2", "schoolid": "100", ${base}`);
    const outcome = lint(text);
    expect(outcome.messages.map((m) => [m.ruleId, m.severity, m.path])).toEqual([['duplicate-member', 2, '/record/0/tables/attendance/studentid']]);
    // Located at the second key, not the first.
    const second = text.lastIndexOf('"studentid"');
    expect(outcome.messages[0]?.column).toBe(second + 1);
  });

  it('--fix leaves a duplicated member alone: "100" is not lost, the duplicate stays reported', () => {
    const text = attendance(`"schoolid": "100", "studentid": "4242", ${base}, "schoolid": 200`);
    const outcome = lint(text, true);
    expect(outcome.output).toBeUndefined();
    expect(outcome.messages.map((m) => `${m.ruleId} ${m.path}`)).toEqual([
      'duplicate-member /record/0/tables/attendance/schoolid',
      'field-type /record/0/tables/attendance/schoolid',
    ]);
    // The field-type message is about the second member, where it points.
    expect(outcome.messages[1]?.column).toBe(text.lastIndexOf('"schoolid"') + 1);
    expect(outcome.messages[1]?.fix).toBeUndefined();
  });

  it('other fixes in the same file still apply', () => {
    const text = attendance(`"studentid": 4242, "schoolid": "100", ${base}, "yearid": "35"`);
    const outcome = lint(text, true);
    expect(outcome.output).toBe(text.replace('"studentid": 4242', '"studentid": "4242"'));
    expect(outcome.messages.map((m) => m.ruleId)).toEqual(['duplicate-member']);
  });

  it('every text of invalidPayloadText lints to exactly its duplicate-member error', () => {
    fc.assert(
      fc.property(invalidPayloadText(), (c) => {
        const errors = lint(c.text, false, c.endpoint).messages.filter((m) => m.severity === 2).map((m) => `${m.ruleId} ${m.path}`);
        expect(errors).toEqual([`${c.expected.code} ${c.expected.path}`]);
      }),
      { numRuns: 60 },
    );
  });
});

describe('numbers: fixes and messages come from the literal in the file (defect 10a)', () => {
  it('9007199254740993 is quoted as written, never as 9007199254740992', () => {
    const outcome = lint(attendance(`"studentid": 9007199254740993, "schoolid": "100", ${base}`), true);
    expect(outcome.messages[0]?.message).toContain('9007199254740993');
    expect(outcome.messages[0]?.message).not.toContain('9007199254740992');
    expect(outcome.output ?? '').not.toContain('9007199254740992');
  });

  it.each(['0.99999999999999999', '1440.0000000000001', '1e2', '100.0'])('%s gets no fix (its parsed value is not what the file says)', (literal) => {
    const text = attendance(`"studentid": "4242", "schoolid": ${literal}, ${base}`);
    const outcome = lint(text, true);
    expect(outcome.output).toBeUndefined();
    const message = outcome.messages.find((m) => m.path.endsWith('/schoolid'));
    expect(message?.fix).toBeUndefined();
    expect(message?.message).toContain(literal);
  });

  it('an integer literal becomes the string of its own digits', () => {
    const text = attendance(`"studentid": 4242, "schoolid": 100, ${base}`);
    expect(lint(text, true).output).toBe(attendance(`"studentid": "4242", "schoolid": "100", ${base}`));
  });
});

describe('--fix cost is linear in the number of fixes (issue 14)', () => {
  // Counted, not timed: each fix pass parses the text a fixed number of times, whatever the number of
  // fixes, and no fix re-parses it (jsonc-parser's modify did, once per fix).
  const fixableFile = (records: number): string => payloadText(Array.from({ length: records }, (_, i) => ({ ...dailyAttendance, studentid: 1000 + i, schoolid: 100 })));

  const count = (records: number): { trees: number; parses: number; modifies: number; output: string | undefined } => {
    const parser = jsonc();
    const trees = vi.spyOn(parser, 'parseTree');
    const modifies = vi.spyOn(parser, 'modify');
    const parses = vi.spyOn(JSON, 'parse');
    const outcome = lint(fixableFile(records), true, 'batch_daily_time');
    const result = { trees: trees.mock.calls.length, parses: parses.mock.calls.length, modifies: modifies.mock.calls.length, output: outcome.output };
    vi.restoreAllMocks();
    return result;
  };

  it('the same number of parses for 20 and 200 records with two fixes each', () => {
    const small = count(20);
    const large = count(200);
    expect(large.output).toBe(fixableFile(200).replace(/"studentid": (\d+)/g, '"studentid": "$1"').replace(/"schoolid": 100/g, '"schoolid": "100"'));
    expect(large.modifies).toBe(0);
    expect(large.trees).toBe(small.trees);
    expect(large.parses).toBe(small.parses);
    expect(large.trees).toBeLessThanOrEqual(2);
  });
});
