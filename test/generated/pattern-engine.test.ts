import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { patternEngine } from '../../scripts/pattern-engine.mjs';
import { fcParams } from '../../properties/fc-params.js';

// The validators match the request schemas' hot patterns with loops (scripts/pattern-engine.mjs).
// Each loop must answer as the RegExp it stands for, on every string, with the `u` flag as ajv
// compiles it and without.
const dir = join(import.meta.dirname, '..', '..', 'schemas');
const schemaPatterns = new Set<string>();
const collect = (node: unknown): void => {
  if (node === null || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node)) {
    if (key === 'pattern' && typeof value === 'string') schemaPatterns.add(value);
    else if (key !== 'examples') collect(value);
  }
};
for (const file of readdirSync(dir).filter((f) => f.endsWith('.schema.json'))) collect(JSON.parse(readFileSync(join(dir, file), 'utf8')));
const known = [...schemaPatterns].filter((pattern) => !(patternEngine(pattern, 'u') instanceof RegExp));
const defs = (JSON.parse(readFileSync(join(dir, 'definitions.schema.json'), 'utf8')) as { $defs: Record<string, { pattern: string }> }).$defs;
const definition = (title: string): string => (defs[title] as { pattern: string }).pattern;

// Compiled once per pattern; a disagreement is collected, so that a million checks cost no expect() each.
const loops = new Map<string, { test(text: string): boolean }>();
const regExps = new Map<string, RegExp>();
const disagreements: string[] = [];
function agrees(pattern: string, text: string): void {
  const loop = loops.get(pattern) ?? loops.set(pattern, patternEngine(pattern, 'u')).get(pattern)!;
  for (const flags of ['u', '']) {
    const regExp = regExps.get(pattern + flags) ?? regExps.set(pattern + flags, new RegExp(pattern, flags)).get(pattern + flags)!;
    if (loop.test(text) !== regExp.test(text)) disagreements.push(`${JSON.stringify(text)} against /${pattern}/${flags}`);
  }
}
function noDisagreement(): void {
  expect(disagreements.splice(0)).toEqual([]);
}

// Strings near the patterns: digits, dashes and zeros, with now and then any character.
const nearText = fc.string({ unit: fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...'0123456789-') }, { weight: 1, arbitrary: fc.constantFrom('\n', ' ', '+', 'a', '٣', '\u{1D7D8}', '\uD800') }), maxLength: 14 });
const digitsOf = (length: number): string[] => (length === 0 ? [''] : digitsOf(length - 1).flatMap((s) => [...'0123456789'].map((d) => s + d)));

describe('the pattern engine answers as RegExp', () => {
  it('answers the Id, TotalMinutes and AttDate patterns itself, and no pattern the schemas do not use', () => {
    expect(known.sort()).toEqual([definition('Id'), definition('TotalMinutes'), definition('AttDate')].sort());
    expect(patternEngine('^[0-9]+$', 'u')).toBeInstanceOf(RegExp);
  });

  it('for strings of digits, dashes and other characters', () => {
    fc.assert(
      fc.property(nearText, fc.string(), (text, any) => {
        for (const pattern of known) {
          agrees(pattern, text);
          agrees(pattern, any);
        }
        noDisagreement();
      }),
      fcParams(3000),
    );
  });

  it('for every digit string of up to 5 digits and up to 11, zero-padded (Id and TotalMinutes)', () => {
    for (const length of [0, 1, 2, 3, 4, 5]) {
      for (const text of digitsOf(length)) {
        agrees(definition('TotalMinutes'), text);
        agrees(definition('Id'), text);
        agrees(definition('TotalMinutes'), `000000${text}`);
        agrees(definition('Id'), `000000${text}`);
      }
    }
    noDisagreement();
  });

  it('for every month and day 00 to 99 of the years that decide leap days', () => {
    const pattern = definition('AttDate');
    for (const year of ['0000', '0004', '0100', '0400', '1600', '1700', '1900', '2000', '2023', '2024', '2025', '2100', '2400', '9996', '9999']) {
      for (const month of digitsOf(2)) for (const day of digitsOf(2)) agrees(pattern, `${year}-${month}-${day}`);
    }
    noDisagreement();
  });
});
