import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { endpointIds } from '../../src/endpoints.js';
import { ensureBuilt, repoRoot, runBin } from './helpers/run-bin.js';

beforeAll(() => ensureBuilt(), 180_000);

interface Result { filePath: string; endpoint: string; errorCount: number; warningCount: number; messages: { ruleId: string }[] }

describe('examples/: the newcomer command `ps-attendance lint examples/`', () => {
  const run = runBin(['lint', 'examples/', '--format', 'json'], { cwd: repoRoot });
  const results = JSON.parse(run.stdout) as Result[];
  const byName = new Map(results.map((r) => [relative(repoRoot, r.filePath), r]));

  it('exits 1 with real diagnostics and no other output (no config or endpoint errors)', () => {
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
  });

  it('lints every example payload, each against the endpoint of its folder (from ps-attendance.config.json)', () => {
    for (const endpoint of endpointIds) {
      const files = readdirSync(join(repoRoot, 'examples/payloads', endpoint));
      expect(files.some((f) => f.startsWith('valid-')) && files.some((f) => f.startsWith('invalid-'))).toBe(true);
      for (const file of files) expect(byName.get(`examples/payloads/${endpoint}/${file}`)?.endpoint).toBe(endpoint);
    }
  });

  it('valid-* examples are clean and invalid-* examples have errors', () => {
    for (const [name, result] of byName) {
      if (name.includes('/valid-')) expect([name, result.messages]).toEqual([name, []]);
      else expect([name, result.errorCount > 0]).toEqual([name, true]);
    }
  });

  it('nothing outside examples/payloads is reported (the sample client project is ignored)', () => {
    for (const name of byName.keys()) expect(name.startsWith('examples/payloads/')).toBe(true);
  });

  it('the invalid examples show a broad set of rules, some of them fixable', () => {
    const rules = new Set(results.flatMap((r) => r.messages.map((m) => m.ruleId)));
    expect(rules.size).toBeGreaterThanOrEqual(8);
    expect(results.some((r) => r.messages.some((m) => 'fix' in m))).toBe(true);
  });
});
