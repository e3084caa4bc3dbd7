import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as plainValidators from '../../generated/plain-validators.js';
import * as ownValidators from '../../generated/validators.js';
import { invalidPayload, validPayload } from '../../properties/arbitraries/index.js';
import { fcParams } from '../../properties/fc-params.js';

// The generated validators are ajv's standalone code with two changes of ours (scripts/generate.mjs):
// the hot patterns are matched by loops (scripts/pattern-engine.mjs) and named-member lookups are
// written as comparisons (scripts/member-tests.mjs). Held here to what ajv itself compiles from the
// same schemas with the same options and its own RegExp engine: the same verdict and the same errors.
const dir = join(import.meta.dirname, '..', '..', 'schemas');
const schemas = readdirSync(dir)
  .filter((f) => f.endsWith('.schema.json'))
  .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as { $id: string; title: string; type?: unknown });
const reference = (ownProperties: boolean): Ajv2020 => {
  const ajv = new Ajv2020({ strict: true, allErrors: true, discriminator: true, ownProperties, formats: { date: true } });
  for (const schema of schemas) ajv.addSchema(schema);
  return ajv;
};
const pairs = (generated: Record<string, unknown>, ajv: Ajv2020): [string, ValidateFunction, ValidateFunction][] =>
  schemas
    .filter((schema) => schema.type !== undefined && typeof generated[`validate${schema.title}`] === 'function')
    .map((schema) => [schema.title, generated[`validate${schema.title}`] as ValidateFunction, ajv.getSchema(schema.$id) as ValidateFunction]);
const own = pairs(ownValidators, reference(true));
const plain = pairs(plainValidators, reference(false));

function same(payload: unknown): void {
  for (const [title, generated, fresh] of [...own, ...plain]) {
    const verdict = generated(payload);
    expect(verdict, title).toBe(fresh(payload));
    if (!verdict) expect(generated.errors, title).toEqual(fresh.errors);
  }
}

// Values the patterns decide: digits, dashes, zeros, padded and long, and now and then anything.
const nearText = fc.oneof(
  fc.string({ unit: fc.constantFrom(...'0123456789-'), maxLength: 12 }),
  fc.integer({ min: 0, max: 2000 }).map((n) => `00${n}`),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.string(),
);
const attendanceOf = (payload: unknown): Record<string, unknown>[] => {
  const records = (payload as { record?: unknown }).record;
  return Array.isArray(records) ? records.map((r) => (r as { tables?: { attendance?: Record<string, unknown> } })?.tables?.attendance).filter((a): a is Record<string, unknown> => a !== null && typeof a === 'object') : [];
};
const fields = ['studentid', 'schoolid', 'yearid', 'att_date', 'total_minutes', 'attendance_codeid', 'ccid', 'periodid', 'att_interval', 'programid', 'dcid', 'calendar_dayid', 'att_comment', 'extra_member', 'StudentID'];

describe('the generated validators answer as ajv compiles the schemas', () => {
  it('own-member and plain-data validators, on valid payloads with members set to strings near the patterns', () => {
    expect(own.length).toBeGreaterThan(3);
    expect(plain.map(([title]) => title).sort()).toEqual(['BatchDailyTimeRequest', 'DailyTimeRequest', 'MeetingIntervalRequest']);
    fc.assert(
      fc.property(validPayload(), fc.array(fc.tuple(fc.nat(), fc.constantFrom(...fields), nearText), { maxLength: 6 }), ({ payload }, edits) => {
        const copy = structuredClone(payload) as unknown;
        const attendances = attendanceOf(copy);
        for (const [at, field, text] of edits) if (attendances.length > 0) (attendances[at % attendances.length] as Record<string, unknown>)[field] = text;
        same(copy);
      }),
      fcParams(300),
    );
  });

  it('on invalid payloads of every error rule, and on any JSON value', () => {
    fc.assert(
      fc.property(fc.oneof(invalidPayload().map((c) => c.payload), fc.jsonValue()), (payload) => same(payload)),
      fcParams(300),
    );
  });
});
