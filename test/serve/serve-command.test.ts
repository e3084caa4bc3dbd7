// The serve command's process edges: ready line and file, signals, flags, environment, config, errors.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { daily, payloadOf, runServe, startServe } from './serve-process.js';

const scratch = mkdtempSync(join(tmpdir(), 'ps-serve-'));

async function tokenFor(url: string, id: string, secret: string): Promise<Response> {
  return fetch(`${url}/oauth/access_token`, {
    method: 'POST',
    headers: { authorization: `Basic ${btoa(`${id}:${secret}`)}`, 'content-type': 'application/x-www-form-urlencoded' },
    body: 'grant_type=client_credentials',
  });
}

describe('ps-attendance serve (process)', () => {
  it('prints one JSON ready line, writes it to --ready-file, logs exchanges, and exits 0 on SIGTERM after finishing an in-flight request', async () => {
    const readyFile = join(scratch, 'ready.json');
    const logFile = join(scratch, 'exchanges.ndjson');
    const serve = await startServe(['--ready-file', readyFile, '--log', logFile, '--latency', '400', '--first-id', '7000']);
    const line = serve.output().stdout;
    expect(line).toMatch(/^\{"event":"ready","command":"serve","url":"http:\/\/127\.0\.0\.1:\d+","pid":\d+,"control":"http:\/\/127\.0\.0\.1:\d+\/_mock"\}\n$/);
    expect(readFileSync(readyFile, 'utf8')).toBe(line);
    const token = ((await (await fetch(`${serve.url}/_mock/tokens`, { method: 'POST' })).json()) as { access_token: string }).access_token;
    const inFlight = fetch(`${serve.url}/ws/attendance/daily_time`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: payloadOf(daily('1')) });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const exited = serve.stop('SIGTERM');
    const answer = await inFlight;
    expect(answer.status).toBe(200);
    expect(await answer.json()).toMatchObject({ results: { result: { success_message: { id: 7000 } } } });
    expect(await exited).toBe(0);
    const entries = readFileSync(logFile, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(entries.map((e) => [e['event'], e['method'], e['path'], e['status']])).toEqual([
      ['exchange', 'POST', '/_mock/tokens', 200],
      ['exchange', 'POST', '/ws/attendance/daily_time', 200],
    ]);
    expect(serve.output().stderr).toBe('');
  }, 30_000);

  it.runIf(existsSync('/dev/full'))('a log that cannot be written (disk full) costs the log, not the server: one line on stderr', async () => {
    const serve = await startServe(['--log', '/dev/full']);
    expect((await fetch(`${serve.url}/_mock/health`)).status).toBe(200);
    expect((await fetch(`${serve.url}/_mock/health`)).status).toBe(200);
    expect(await serve.stop()).toBe(0);
    expect(serve.output().stderr).toBe('ps-attendance serve: --log /dev/full: write failed (ENOSPC); logging stopped.\n');
  });

  it('stops on SIGINT with exit 0; warns when the control API is reachable from other machines', async () => {
    const serve = await startServe(['--host', '0.0.0.0']);
    expect(serve.url).toMatch(/^http:\/\/0\.0\.0\.0:\d+$/);
    expect(await serve.stop('SIGINT')).toBe(0);
    expect(serve.output().stderr).toMatch(/^ps-attendance serve: warning: the control API \(\/_mock\/\) has no authentication and 0\.0\.0\.0 is reachable from other machines; pass --no-control/);
  });

  it('takes credentials from the environment, flags winning; --no-control refuses the control API', async () => {
    const serve = await startServe(['--no-control', '--client-id', 'flag-id'], { PS_ATTENDANCE_CLIENT_ID: 'env-id', PS_ATTENDANCE_CLIENT_SECRET: 'env-secret' });
    try {
      expect(serve.output().stdout).not.toContain('control');
      expect((await tokenFor(serve.url, 'flag-id', 'env-secret')).status).toBe(200);
      expect((await tokenFor(serve.url, 'env-id', 'env-secret')).status).toBe(401);
      const control = await fetch(`${serve.url}/_mock/records`);
      expect(control.status).toBe(404);
      expect(await control.text()).not.toContain('control API');
    } finally {
      await serve.stop();
    }
  });

  it('--base-url: routes under its path, and refs name it', async () => {
    const serve = await startServe(['--base-url', 'https://district.powerschool.com/ps/']);
    try {
      const token = ((await (await fetch(`${serve.url}/_mock/tokens`, { method: 'POST' })).json()) as { access_token: string }).access_token;
      const post = (path: string) => fetch(`${serve.url}${path}`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: payloadOf(daily('1')) });
      const answer = await post('/ps/ws/attendance/daily_time');
      expect(answer.status).toBe(200);
      expect(await answer.json()).toMatchObject({ results: { result: { success_message: { ref: 'https://district.powerschool.com/ps/ws/v1/attendance/100001' } } } });
      expect((await post('/ws/attendance/daily_time')).status).toBe(404);
    } finally {
      await serve.stop();
    }
  });

  it('reads the serve section of the nearest config, with plugin.xml relative to it', async () => {
    const dir = mkdtempSync(join(scratch, 'config-'));
    writeFileSync(join(dir, 'plugin.xml'), '<plugin><access_request><field table="ATTENDANCE" field="STUDENTID" access="FullAccess"/></access_request></plugin>');
    writeFileSync(join(dir, 'ps-attendance.config.json'), JSON.stringify({ serve: { clientId: 'cfg-id', firstId: 42, pluginXml: 'plugin.xml' } }));
    const serve = await startServe([], {}, dir);
    try {
      expect((await tokenFor(serve.url, 'cfg-id', 'ps-attendance-mock-secret')).status).toBe(200);
      const token = ((await (await fetch(`${serve.url}/_mock/tokens`, { method: 'POST' })).json()) as { access_token: string }).access_token;
      const denied = await fetch(`${serve.url}/ws/attendance/daily_time`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: payloadOf(daily('1')) });
      expect(denied.status).toBe(403);
    } finally {
      await serve.stop();
    }
  });

  it.each([
    [['--port', 'eighty'], /^ps-attendance serve: --port must be a whole number from 0 to 65535, got "eighty"\.\n$/],
    [['--lateny', '5'], /^ps-attendance serve: --lateny: unknown option\. Did you mean --latency\?.*\(see ps-attendance serve --help\)\.\n$/],
    [['--plugin-xml', 'nope.xml'], /nope\.xml: cannot read the plugin\.xml \(no such file\)\.\n$/],
    [['--grants', 'studentid', '--plugin-xml', 'x.xml'], /not both/],
    [['--base-url', 'district'], /--base-url must be an absolute http\(s\) URL/],
    [['--ready-file', '/proc/nope/ready'], /--ready-file \/proc\/nope\/ready: cannot write it/],
    [['extra'], /serve takes no file arguments/],
  ])('refuses %j with one line and exit 2', async (args, message) => {
    const { code, stdout, stderr } = await runServe(['--port', '0', ...args]);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr.split('\n')).toHaveLength(2);
    expect(stdout).toBe('');
  });

  it('refuses a malformed plugin.xml naming the file, line and column', async () => {
    const dir = mkdtempSync(join(scratch, 'xml-'));
    writeFileSync(join(dir, 'plugin.xml'), '<plugin>\n<access_request>\n</plugin>');
    const { code, stderr } = await runServe(['--plugin-xml', 'plugin.xml'], {}, dir);
    expect(code).toBe(2);
    expect(stderr).toMatch(new RegExp(`^ps-attendance serve: ${join(dir, 'plugin.xml').replace(/[.*+?^$()|[\]\\]/g, '\\$&')}:\\d+:\\d+: .+\\n$`));
  });

  it('refuses a port in use and a misspelt config key, with one line each', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const { code, stderr } = await runServe(['--port', String(port)]);
      expect(code).toBe(2);
      expect(stderr).toMatch(/cannot listen on 127\.0\.0\.1:\d+ \(the port is in use/);
    } finally {
      blocker.close();
    }
    const dir = mkdtempSync(join(scratch, 'bad-config-'));
    writeFileSync(join(dir, 'ps-attendance.config.json'), JSON.stringify({ serve: { latency: 5 } }));
    const { code, stderr } = await runServe(['--port', '0'], {}, dir);
    expect(code).toBe(2);
    expect(stderr).toMatch(/"serve"\."latency" is not a serve option \(did you mean "latencyMs"\?\)/);
  });

  it('prints its help with every mock option', async () => {
    const { code, stdout } = await runServe(['--help']);
    expect(code).toBe(0);
    for (const flag of ['--keep-requests', '--client-id', '--client-secret', '--plugin-xml', '--grants', '--latency', '--first-id', '--token-lifetime', '--base-url', '--no-control', '--ready-file', '--log', '--max-body']) expect(stdout).toContain(flag);
  });
});
