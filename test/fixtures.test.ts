import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validate } from '../src/validate.js';
import { endpointIds, isEndpointId } from '../src/endpoints.js';
import { isRuleCode, ruleCodes } from '../src/rules/rule-code.js';
import { ruleCatalogue } from '../src/rules/catalogue.js';

// Every fixture under test/fixtures/{valid,invalid}/<endpoint>/ is found here: adding a file adds a test.
interface Fixture {
  readonly file: string;
  readonly kind: 'valid' | 'invalid';
  readonly endpoint: string;
  readonly description: string;
  readonly rule: string;
  readonly expect: readonly { code: string; path: string }[];
  readonly payload: unknown;
}

const root = join(import.meta.dirname, 'fixtures');
const fixtures: Fixture[] = [];
for (const kind of ['valid', 'invalid'] as const) {
  for (const endpoint of readdirSync(join(root, kind))) {
    for (const file of readdirSync(join(root, kind, endpoint)).filter((f) => f.endsWith('.json'))) {
      const body = JSON.parse(readFileSync(join(root, kind, endpoint, file), 'utf8')) as Omit<Fixture, 'file' | 'kind' | 'endpoint'>;
      fixtures.push({ ...body, file: `${kind}/${endpoint}/${file}`, kind, endpoint });
    }
  }
}

const byPath = (a: { code: string; path: string }, b: { code: string; path: string }): number =>
  a.path === b.path ? a.code.localeCompare(b.code) : a.path.localeCompare(b.path);

describe('fixtures', () => {
  it.each(fixtures.map((f) => [f.file, f] as const))('%s gives exactly its expected codes at their paths', (_file, fixture) => {
    expect(isEndpointId(fixture.endpoint), `folder ${fixture.endpoint} is not an endpoint`).toBe(true);
    expect(isRuleCode(fixture.rule), `rule ${fixture.rule} is not a rule code`).toBe(true);
    const result = validate(fixture.payload, fixture.endpoint as (typeof endpointIds)[number]);
    const got = result.diagnostics.map(({ code, path }) => ({ code, path })).sort(byPath);
    expect(got).toEqual([...fixture.expect].sort(byPath));
    if (fixture.kind === 'invalid') {
      expect(fixture.expect.some((e) => e.code === fixture.rule), 'an invalid fixture expects its own rule').toBe(true);
    } else {
      expect(result.valid).toBe(true);
    }
    const errors = fixture.expect.some((e) => isRuleCode(e.code) && ruleCatalogue[e.code].severity === 'error');
    expect(result.valid).toBe(!errors);
  });

  it('has a failing and a passing fixture for every contract rule', () => {
    // unknown-endpoint is about the caller's code, field-access about a plugin.xml, duplicate-member
    // about the text (these fixtures are read with JSON.parse, which drops duplicates): none is a
    // property of a parsed payload alone, and each has its own tests (duplicate-member: test/json-text,
    // test/cli/lint-source-text.test.ts, properties/ with invalidPayloadText).
    const notPayloadRules: readonly string[] = ['unknown-endpoint', 'field-access', 'duplicate-member'];
    const contractRules = ruleCodes.filter((code) => !notPayloadRules.includes(code));
    for (const code of contractRules) {
      expect(fixtures.some((f) => f.kind === 'invalid' && f.rule === code), `no invalid fixture for ${code}`).toBe(true);
      expect(fixtures.some((f) => f.kind === 'valid' && f.rule === code), `no valid fixture for ${code}`).toBe(true);
    }
  });

  it('covers every endpoint with valid and invalid fixtures', () => {
    for (const endpoint of endpointIds) {
      expect(fixtures.filter((f) => f.endpoint === endpoint && f.kind === 'valid').length).toBeGreaterThan(2);
      expect(fixtures.filter((f) => f.endpoint === endpoint && f.kind === 'invalid').length).toBeGreaterThan(2);
    }
  });

  it('leaves Object.prototype untouched after validating __proto__ members', () => {
    for (const fixture of fixtures) validate(fixture.payload, fixture.endpoint as (typeof endpointIds)[number]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
