import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';
import { isRuleCode, ruleCodes, type RuleCode } from '../../src/rules/rule-code.js';
import { isEndpointId, type EndpointId } from '../../src/endpoints.js';
import { renderRuleDocs, runExample } from '../../scripts/rule-docs-render.mjs';

// docs/rules.md is generated from the rule catalogue (npm run docs:rules). This test fails when the
// page is stale, then runs every example ON THE PAGE: a failing example must produce its rule at the
// path the page names; a passing example must produce no error and not its own rule.

const page = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'rules.md'), 'utf8');

interface PageExample {
  readonly kind: 'failing' | 'passing';
  readonly code: RuleCode;
  readonly endpoint: EndpointId;
  readonly path: string | undefined;
  readonly payload: unknown;
  /** The block's text, for a rule only the text shows (duplicate-member). */
  readonly text: string | undefined;
}

// Fences written by the renderer: ```json failing <code> <endpoint> <path> / ```json passing <code> <endpoint>
function pageExamples(markdown: string): PageExample[] {
  const fence = /^```json (failing|passing) (\S+) (\S+)(?: (\S+))?\n([\s\S]*?)^```$/gm;
  return [...markdown.matchAll(fence)].map((m) => {
    const [, kind, code, endpoint, path, body] = m;
    if (!isRuleCode(code)) throw new Error(`docs/rules.md: "${code}" is not a rule code`);
    return {
      kind: kind as PageExample['kind'],
      code,
      endpoint: endpoint as EndpointId,
      path: path === '""' ? '' : path,
      payload: JSON.parse(body ?? '') as unknown,
      text: api.ruleCatalogue[code].invalid.text === undefined ? undefined : body,
    };
  });
}

const examples = pageExamples(page);
const failing = examples.filter((e) => e.kind === 'failing');
const passing = examples.filter((e) => e.kind === 'passing');

describe('docs/rules.md', () => {
  it('matches the rule catalogue (run `npm run docs:rules` after changing a rule)', () => {
    expect(page === renderRuleDocs(api), 'docs/rules.md is stale: run `npm run docs:rules`').toBe(true);
  });

  it('has one section with a failing and a passing example per rule code, in catalogue order', () => {
    expect([...page.matchAll(/^## (\S+)$/gm)].map((m) => m[1])).toEqual([...ruleCodes]);
    expect(failing.map((e) => e.code)).toEqual([...ruleCodes]);
    expect(passing.map((e) => e.code)).toEqual([...ruleCodes]);
  });

  it.each(failing.map((e) => [e.code, e] as const))('failing example of %s produces its code at the path the page names', (code, example) => {
    const found = runExample(api, code, example).map((d) => [d.code, d.severity, d.path]);
    expect(found).toContainEqual([code, api.ruleCatalogue[code].severity, example.path]);
  });

  it.each(passing.map((e) => [e.code, e] as const))('passing example of %s produces no error and not its own rule', (code, example) => {
    expect(isEndpointId(example.endpoint)).toBe(true);
    const found = runExample(api, code, example);
    expect(found.filter((d) => d.severity === 'error' || d.code === code).map((d) => [d.code, d.path])).toEqual([]);
  });
});
