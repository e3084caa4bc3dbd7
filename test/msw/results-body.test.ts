import { describe, expect, it } from 'vitest';
import { errorField, screamingSnake } from '../../src/msw/index.js';
import { ruleCodes } from '../../src/rules/rule-code.js';

describe('errorField', () => {
  it.each([
    ['/record/3/tables/attendance/total_minutes', 'attendance/total_minutes'],
    ['/record/0/tables/attendance/a~1b', 'attendance/a/b'],
    ['/record/0/name', 'name'],
    ['/record', 'record'],
    ['/name', 'name'],
    ['', ''],
  ])('writes %j as PowerSchool does: %j', (path, field) => {
    expect(errorField(path)).toBe(field);
  });
});

describe('screamingSnake', () => {
  it('turns every rule code into a distinct SCREAMING_SNAKE error_code', () => {
    const codes = ruleCodes.map(screamingSnake);
    expect(codes.every((c) => /^[A-Z]+(?:_[A-Z]+)*$/.test(c))).toBe(true);
    expect(new Set(codes).size).toBe(ruleCodes.length);
    expect(screamingSnake('mode-required-field')).toBe('MODE_REQUIRED_FIELD');
  });
});
