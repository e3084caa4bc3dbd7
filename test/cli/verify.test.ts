import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { modelledBehaviours } from '../../src/exchange/modelled-behaviours.js';
import { runBin } from './helpers/run-bin.js';

// `ps-attendance verify` as a user runs it: formats, exit codes 0/1/2, one line per bad recording,
// standard input, the fidelity report.

const fixtures = 'test/fixtures/recordings';
const dir = mkdtempSync(join(tmpdir(), 'ps-verify-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('ps-attendance verify', () => {
  it('exits 0 on clean recordings with no output', () => {
    const run = runBin(['verify', `${fixtures}/chrome-devtools.har`, `${fixtures}/mitmproxy.har`, `${fixtures}/exchanges.ndjson`]);
    expect(run).toMatchObject({ code: 0, stdout: '', stderr: '' });
  });

  it('exits 1 on an error, stylish output pointing into the HAR at the exchange\'s body', () => {
    const run = runBin(['verify', `${fixtures}/postman.har`]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/\n {2}\d+:\d+ {2}error {2}entry 3 POST \/ws\/attendance\/meeting_interval → 400: request \/record\/0\/tables\/attendance\/end_time: .* {2}mode-required-field\n/);
    const line = Number(/\n {2}(\d+):/.exec(run.stdout)?.[1]);
    expect(readFileSync(`${fixtures}/postman.har`, 'utf8').split('\n')[line - 1]).toContain('"text": "{\\"record\\"');
  });

  it('json and sarif formats, SARIF describing the exchange checks', () => {
    const json = runBin(['verify', `${fixtures}/missing-body.har`, '--format', 'json']);
    expect(json.code).toBe(0);
    expect((JSON.parse(json.stdout) as { messages: { ruleId: string }[] }[])[0]?.messages.map((m) => m.ruleId)).toEqual(['recording-gap', 'recording-gap']);
    const sarif = runBin(['verify', `${fixtures}/postman.har`, '-f', 'sarif', '-o', join(dir, 'v.sarif')]);
    expect(sarif.code).toBe(1);
    const log = JSON.parse(readFileSync(join(dir, 'v.sarif'), 'utf8')) as { runs: { tool: { driver: { fullName: string; rules: { id: string }[] } }; results: { ruleId: string; ruleIndex: number }[] }[] };
    const run = log.runs[0];
    expect(run?.tool.driver.fullName).toBe('ps-attendance verify (ps-attendance-contract)');
    expect(run?.tool.driver.rules.map((r) => r.id)).toEqual(expect.arrayContaining(['result-count', 'response-schema', 'mode-required-field']));
    expect(run?.results.map((r) => run.tool.driver.rules[r.ruleIndex]?.id)).toEqual(['mode-required-field']);
  });

  it('reads standard input for -', () => {
    const run = runBin(['verify', '-', '--format', 'json'], { input: readFileSync(`${fixtures}/postman.har`) });
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)[0].filePath).toBe('<stdin>');
  });

  it('a bad recording is one line on stderr naming the file, exit 2, and the others are still checked', () => {
    const run = runBin(['verify', `${fixtures}/truncated.har`, `${fixtures}/bad-base64.har`, `${fixtures}/postman.har`, 'nope.har']);
    expect(run.code).toBe(2);
    expect(run.stderr.trimEnd().split('\n')).toEqual([
      expect.stringMatching(/^ps-attendance: test\/fixtures\/recordings\/truncated\.har: the file ends in the middle of the JSON \(.*line \d+, column \d+\): it was cut short/),
      expect.stringMatching(/^ps-attendance: test\/fixtures\/recordings\/bad-base64\.har: entry 2: response\.content: the body is marked base64 but is not valid base64/),
      'ps-attendance: nope.har: no such file or directory.',
    ]);
    expect(run.stdout).toContain('mode-required-field');
  });

  it('usage errors exit 2 in one line', () => {
    expect(runBin(['verify'])).toMatchObject({ code: 2, stderr: 'ps-attendance: no recordings given: pass HAR or NDJSON files, or - for standard input (see ps-attendance verify --help).\n' });
    expect(runBin(['verify', 'a.har', '--fidelity', '-f', 'sarif']).stderr).toBe('ps-attendance: --fidelity prints markdown or json, not "sarif" (see ps-attendance verify --help).\n');
    expect(runBin(['verify', '--help']).stdout).toMatch(/^Usage: ps-attendance verify/);
  });

  it('--fidelity lists every modelled behaviour with its verdict, markdown and json', () => {
    const markdown = runBin(['verify', `${fixtures}/chrome-devtools.har`, '--fidelity']);
    expect(markdown.code).toBe(0);
    for (const b of modelledBehaviours) expect(markdown.stdout).toContain(`| \`${b.id}\` |`);
    expect(markdown.stdout).toMatch(/\| `www-authenticate-no-token` \| modelled \| confirmed \| entry 3 \|/);
    const json = runBin(['verify', `${fixtures}/chrome-devtools.har`, '--fidelity', '--format', 'json']);
    const report = JSON.parse(json.stdout) as { behaviours: { id: string; verdict: string }[] };
    expect(report.behaviours.map((b) => b.id)).toEqual(modelledBehaviours.map((b) => b.id));
    expect(report.behaviours.find((b) => b.id === 'error-body-500')?.verdict).toBe('not-shown');
  });

  it('--fidelity exits 1 when the recording contradicts a behaviour, naming the exchange', () => {
    const line = JSON.stringify({ request: { method: 'POST', url: 'https://ps.test/oauth/access_token', headers: { Authorization: 'Basic aWQ6cw==' }, body: 'grant_type=client_credentials' }, response: { status: 200, body: { access_token: 'a', token_type: 'Bearer', expires_in: 3600 } } });
    const run = runBin(['verify', '-', '--fidelity'], { input: `${line}\n` });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('| `expires-in-string` | captured | **contradicted** | line 1: expires_in is 3600 |');
  });
});
