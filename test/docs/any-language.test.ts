// Runs every snippet of docs/any-language.md against the checkout's own bin: the ready line, the
// Python pytest fixture and tests (python3 -m pytest), the curl script (bash), and the CI job's run
// steps (bash, step by step, with RUNNER_TEMP and GITHUB_ENV as GitHub Actions sets them).
import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const bin = join(root, 'bin', 'ps-attendance.cjs');
const cli = `${JSON.stringify(process.execPath)} ${JSON.stringify(bin)}`;
const page = readFileSync(join(root, 'docs', 'any-language.md'), 'utf8');
const run = promisify(execFile);

interface Snippet {
  readonly kind: string;
  readonly name: string;
  readonly code: string;
}

const fences = [...page.matchAll(/^```\w*\n([\s\S]*?)^```$/gm)];
const snippets: Snippet[] = [...page.matchAll(/^<!-- snippet: (\S+)(?: (\S+))? -->\n```\w*\n([\s\S]*?)^```$/gm)].map((m) => ({ kind: m[1] ?? '', name: m[2] ?? '', code: m[3] ?? '' }));
const snippet = (kind: string, name = ''): string => snippets.find((s) => s.kind === kind && s.name === name)?.code ?? '';
const withBin = (code: string): string => code.replaceAll('npx ps-attendance', cli);

/** Resolves once no process has this pid (the server stopped). */
async function gone(pid: number): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`process ${pid} still runs`);
}

describe('docs/any-language.md', () => {
  it('marks every code block as a snippet this test runs', () => {
    expect(snippets.map((s) => `${s.kind} ${s.name}`.trim())).toEqual(['ready-line', 'python conftest.py', 'python test_attendance_client.py', 'bash curl', 'ci github-actions']);
    expect(fences).toHaveLength(snippets.length);
  });

  it('the ready line looks as shown, and SIGTERM stops the server with exit 0', async () => {
    const [command = '', shown = ''] = snippet('ready-line').split('\n');
    const child = spawn('bash', ['-c', `exec ${withBin(command)}`], { stdio: ['ignore', 'pipe', 'inherit'] });
    const line = await new Promise<string>((resolve) => {
      let out = '';
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
        out += chunk;
        if (out.includes('\n')) resolve(out.split('\n')[0] ?? '');
      });
    });
    const pattern = shown.replace(/^# /, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/41234/g, '\\d+').replace(/4242/g, '\\d+');
    expect(line).toMatch(new RegExp(`^${pattern}$`));
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });

  it('the pytest fixture starts the server and the tests pass', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ps-any-language-py-'));
    writeFileSync(join(dir, 'conftest.py'), snippet('python', 'conftest.py'));
    writeFileSync(join(dir, 'test_attendance_client.py'), snippet('python', 'test_attendance_client.py'));
    const { stdout } = await run('python3', ['-m', 'pytest', '-q', '-p', 'no:cacheprovider', dir], { cwd: dir, env: { ...process.env, PS_ATTENDANCE: cli } });
    expect(stdout).toMatch(/\b4 passed\b/);
  }, 60_000);

  it('the curl script writes a record and stops the server', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ps-any-language-sh-'));
    const { stdout } = await run('bash', ['-euo', 'pipefail', '-c', withBin(snippet('bash', 'curl'))], { cwd: dir });
    expect(stdout).toMatch(/^\{"results":\{"insert_count":1,"update_count":0,"delete_count":0,"result":\{"client_uid":0,"status":"SUCCESS"/);
    await gone(Number(/"pid":(\d+)/.exec(readFileSync(join(dir, 'serve.ready'), 'utf8'))?.[1]));
    // stdout and stderr went to serve.log: the ready line, and no error.
    expect(readFileSync(join(dir, 'serve.log'), 'utf8')).toBe(readFileSync(join(dir, 'serve.ready'), 'utf8'));
  }, 30_000);

  it('the CI job runs its steps in order, the mock in the background', async () => {
    const steps = runSteps(snippet('ci', 'github-actions'));
    expect(steps.map((s) => s.split('\n')[0])).toEqual(['npm ci', expect.stringContaining('serve --port 0'), expect.stringContaining('curl'), expect.stringContaining('kill -TERM')]);
    const temp = mkdtempSync(join(tmpdir(), 'ps-any-language-ci-'));
    const githubEnv = join(temp, 'github.env');
    writeFileSync(githubEnv, '');
    const env: Record<string, string | undefined> = { ...process.env, RUNNER_TEMP: temp, GITHUB_ENV: githubEnv };
    // `npm ci` is the job's own setup: this checkout is installed already.
    for (const step of steps.slice(1)) {
      await run('bash', ['-e', '-c', withBin(step)], { cwd: temp, env });
      for (const line of readFileSync(githubEnv, 'utf8').split('\n')) {
        const equals = line.indexOf('=');
        if (equals > 0) env[line.slice(0, equals)] = line.slice(equals + 1);
      }
    }
    expect(env['POWERSCHOOL_URL']).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    await gone(Number(/"pid":(\d+)/.exec(readFileSync(join(temp, 'serve.ready'), 'utf8'))?.[1]));
    const log = readFileSync(join(temp, 'serve.ndjson'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { path: string; status: number });
    expect(log.map((e) => `${e.path} ${e.status}`)).toEqual(['/_mock/health 200']);
  }, 30_000);
});

/** The `run:` scripts of a GitHub Actions job, in order (inline or `|` blocks; YAML comments dropped). */
function runSteps(yaml: string): string[] {
  const lines = yaml.split('\n');
  const steps: string[] = [];
  lines.forEach((line, i) => {
    const match = /^(\s*)(?:- )?run: (.*)$/.exec(line);
    if (!match) return;
    if (match[2] !== '|') {
      steps.push((match[2] ?? '').replace(/\s+#.*$/, ''));
      return;
    }
    const indent = (match[1] ?? '').length;
    const block: string[] = [];
    for (const next of lines.slice(i + 1)) {
      if (next.trim() !== '' && next.length - next.trimStart().length <= indent) break;
      block.push(next);
    }
    const margin = Math.min(...block.filter((b) => b.trim() !== '').map((b) => b.length - b.trimStart().length));
    steps.push(block.map((b) => b.slice(margin)).join('\n').trim());
  });
  return steps;
}
