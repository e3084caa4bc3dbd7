import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exchangeCheckCodes } from '../../src/exchange/exchange-finding.js';
import { behaviourTable } from '../../src/exchange/fidelity-report.js';

// docs/checking-your-server.md lists exactly the modelled behaviours of the code, and every check code.

const page = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'checking-your-server.md'), 'utf8');

describe('docs/checking-your-server.md', () => {
  it('lists exactly the modelled behaviours the fidelity report checks (regenerate the table from behaviourTable())', () => {
    const table = /<!-- behaviours:start -->\n([\s\S]*?)\n<!-- behaviours:end -->/.exec(page)?.[1];
    expect(table).toBe(behaviourTable());
  });

  it('explains every check code', () => {
    for (const code of exchangeCheckCodes) expect(page).toContain(`| \`${code}\` |`);
  });
});
