import { describe, expect, it } from 'vitest';
import { ruleCatalogue } from '../../src/rules/catalogue.js';
import { isRuleCode, ruleCodes } from '../../src/rules/rule-code.js';
import { validate } from '../../src/validate.js';

// The rule catalogue is documentation users read (docs, CLI `--explain`): every entry says what it
// checks and why, and its examples do what they claim.
const warnings = ['table-name', 'mode-unused-field', 'duplicate-record', 'meeting-overlap'];
const notFromValidate = ['field-access', 'duplicate-member'];

describe('rule catalogue', () => {
  it.each(ruleCodes)('%s: its entry carries its own code, the contract severity, a summary and a rationale', (code) => {
    const rule = ruleCatalogue[code];
    expect(rule.code).toBe(code);
    expect(rule.severity).toBe(warnings.includes(code) ? 'warning' : 'error');
    expect(rule.summary.trim().length).toBeGreaterThan(20);
    expect(rule.rationale.trim().length).toBeGreaterThan(20);
  });

  it.each(ruleCodes.filter((c) => !notFromValidate.includes(c)))('%s: the invalid example reports the rule at its path; the valid one reports no error and not the rule', (code) => {
    const rule = ruleCatalogue[code];
    const found = validate(rule.invalid.payload, rule.invalid.endpoint).diagnostics;
    expect(found.map((d) => [d.code, d.severity, d.path])).toContainEqual([code, rule.severity, rule.invalid.path]);
    const clean = validate(rule.valid.payload, rule.valid.endpoint).diagnostics;
    expect(clean.filter((d) => d.severity === 'error' || d.code === code)).toEqual([]);
  });

  it('duplicate-member: the invalid example text reports the rule at its path; the valid one is clean; both parse to their payload', async () => {
    const { duplicateMemberDiagnostics } = await import('../../src/json-text/duplicate-member-diagnostics.js');
    const rule = ruleCatalogue['duplicate-member'];
    expect(duplicateMemberDiagnostics(rule.invalid.text ?? '').map((d) => [d.code, d.severity, d.path])).toEqual([['duplicate-member', 'error', rule.invalid.path]]);
    expect(duplicateMemberDiagnostics(rule.valid.text ?? '')).toEqual([]);
    expect(JSON.parse(rule.invalid.text ?? '')).toEqual(rule.invalid.payload);
    expect(validate(rule.valid.payload, rule.valid.endpoint).valid).toBe(true);
  });

  it('isRuleCode knows exactly the rule codes', () => {
    for (const code of ruleCodes) expect(isRuleCode(code)).toBe(true);
    for (const value of ['nope', 'TIME-ORDER', '', 5, null, undefined, ['time-order']]) expect(isRuleCode(value), String(value)).toBe(false);
  });
});
