import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isRuleCode } from '../../src/rules/rule-code.js';
import { runBin } from '../cli/helpers/run-bin.js';
import { dailyAttendance, meetingAttendance } from '../cli/helpers/payloads.js';
import { startBinServer, type BinServer } from './spawn-bin-server.js';

// The real `ps-attendance proxy` process in front of the real `ps-attendance serve`: the mock's
// answers show no response violation, the recording holds no secret and round-trips through
// `verify`, --block keeps invalid payloads from the server, and SIGTERM stops it cleanly.

const secret = 'district-secret-7d41c9a2e0';
const clientId = 'district-plugin-client';
let dir: string;
let serve: BinServer;
let proxy: BinServer;
let blocking: BinServer;
let proxyExit: { code: number | null; stderr: string };
let token = '';
const blockedAnswers: { viaProxy: { status: number; body: string }; direct: { status: number; body: string } }[] = [];

const payload = (...tables: Record<string, unknown>[]) => JSON.stringify({ record: tables.map((attendance) => ({ tables: { attendance } })) });
const invalid = payload({ ...dailyAttendance, att_mode_code: 'ATT_ModeTime' });
const duplicated = payload(dailyAttendance).replace('"studentid":"4242"', '"studentid":"4242","studentid":"4343"');

async function send(base: string, path: string, body: string, headers: Record<string, string>): Promise<{ status: number; body: string }> {
  const response = await fetch(`${base}${path}`, { method: 'POST', headers, body });
  return { status: response.status, body: await response.text() };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ps-proxy-serve-'));
  serve = await startBinServer(['serve', '--port', '0'], { PS_ATTENDANCE_CLIENT_ID: clientId, PS_ATTENDANCE_CLIENT_SECRET: secret });
  [proxy, blocking] = await Promise.all([
    startBinServer(['proxy', '--upstream', serve.url, '--port', '0', '--record', join(dir, 'session.har')]),
    startBinServer(['proxy', '--upstream', serve.url, '--port', '0', '--block']),
  ]);
  const basic = { authorization: `Basic ${btoa(`${clientId}:${secret}`)}`, 'content-type': 'application/x-www-form-urlencoded;charset=UTF-8' };
  token = (JSON.parse((await send(proxy.url, '/oauth/access_token', 'grant_type=client_credentials', basic)).body) as { access_token: string }).access_token;
  const json = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const p = proxy.url;
  await send(p, '/ws/attendance/daily_time', payload(dailyAttendance), json);
  await send(p, '/ws/attendance/daily_time', payload(dailyAttendance), json); // an upsert: UPDATE
  await send(p, '/ws/attendance/batch_daily_time', payload(dailyAttendance, { ...dailyAttendance, studentid: '4243' }, { ...dailyAttendance, studentid: '4244' }), json);
  await send(p, '/ws/attendance/meeting_interval', payload(meetingAttendance, { ...meetingAttendance, periodid: '1502', ccid: '88121', start_time: 32700, end_time: 35700 }), json);
  await send(p, '/ws/attendance/daily_time', invalid, json);
  await send(p, '/ws/attendance/daily_time', payload(dailyAttendance), { 'content-type': 'application/json' });
  await send(p, '/ws/attendance/daily_time', payload(dailyAttendance), { authorization: `Bearer ${token}x`, 'content-type': 'application/json' });
  await send(p, '/ws/attendance/daily_time', payload(dailyAttendance), { ...json, 'content-type': 'text/plain' });
  await send(p, '/ws/attendance/batch_daily_time', payload(dailyAttendance, { ...dailyAttendance, studentid: '4245' }), { ...json, prefer: 'example=partial-failure' });
  await send(p, '/ws/attendance/daily_time', payload(dailyAttendance), { ...json, prefer: 'code=500' });
  await send(p, '/ws/attendance/daily_time', payload(dailyAttendance), { ...json, prefer: 'code=403' });
  await send(p, '/oauth/access_token', 'grant_type=client_credentials', { ...basic, authorization: `Basic ${btoa(`${clientId}:wrong`)}` });

  for (const body of [invalid, duplicated]) {
    blockedAnswers.push({ viaProxy: await send(blocking.url, '/ws/attendance/daily_time', body, json), direct: await send(serve.url, '/ws/attendance/daily_time', body, json) });
  }
  proxyExit = await proxy.stop();
}, 60_000);

afterAll(async () => {
  await blocking?.stop();
  await serve?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('ps-attendance proxy in front of ps-attendance serve', () => {
  it('reports one line per exchange, with no response finding: the mock answers by the contract', () => {
    const lines = proxyExit.stderr.split('\n').filter((l) => /^ps-attendance proxy: #\d+ /.test(l));
    expect(lines).toHaveLength(13);
    for (const line of lines) expect(line, line).not.toMatch(/ at response/);
    expect(lines.filter((l) => l.endsWith(': ok'))).toHaveLength(12);
    expect(lines[5]).toMatch(/#6 POST \/ws\/attendance\/daily_time → 400: 1 error: mode-required-field at request \/record\/0\/tables\/attendance\/total_minutes: /);
  });

  it('stops on SIGTERM with exit 0 and a summary, the recording written', () => {
    expect(proxyExit.code).toBe(0);
    expect(proxyExit.stderr).toMatch(/stopped: 13 exchanges, 1 with errors, 0 blocked, 0 upstream failures; recording: .*session\.har\./);
  });

  it('keeps the client secret and every access token out of the recording', () => {
    const text = readFileSync(join(dir, 'session.har'), 'utf8');
    for (const leaked of [secret, token, btoa(`${clientId}:${secret}`), encodeURIComponent(secret)]) expect(text).not.toContain(leaked);
    expect(text).toContain('Basic [REDACTED]');
    expect(JSON.parse(text).log.entries).toHaveLength(13);
  });

  it('round-trips through verify: only the request error the client made, no response finding', () => {
    const run = runBin(['verify', join(dir, 'session.har'), '--format', 'json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const [result] = JSON.parse(run.stdout) as { messages: { ruleId: string; message: string }[] }[];
    expect(result?.messages.map((m) => m.ruleId)).toEqual(['mode-required-field']);
    expect(result?.messages.every((m) => isRuleCode(m.ruleId))).toBe(true);
  });

  it('the fidelity report finds the mock faithful to every behaviour it models', () => {
    const run = runBin(['verify', join(dir, 'session.har'), '--fidelity', '--format', 'json']);
    expect(run.code).toBe(0);
    const { behaviours } = JSON.parse(run.stdout) as { behaviours: { id: string; verdict: string }[] };
    expect(behaviours.filter((b) => b.verdict === 'contradicted')).toEqual([]);
    expect(behaviours.filter((b) => b.verdict === 'confirmed').map((b) => b.id)).toEqual(
      expect.arrayContaining(['results-envelope', 'upsert-by-slot', 'expires-in-string', 'www-authenticate-no-token', 'www-authenticate-invalid-token', 'check-order', 'client-uid-in-400', 'token-error-body']),
    );
  });

  it('--block answers an invalid payload with the mock\'s own 400 and never sends it upstream', async () => {
    expect(blockedAnswers).toHaveLength(2);
    for (const answer of blockedAnswers) {
      expect(answer.viaProxy.status).toBe(400);
      expect(answer.viaProxy).toEqual(answer.direct);
    }
    expect(blocking.stderr()).toMatch(/#2 POST \/ws\/attendance\/daily_time → 400 \(blocked: [^)]*\): 1 error: duplicate-member at request \/record\/0\/tables\/attendance\/studentid/);
    expect(blocking.stderr()).toMatch(/#1 POST \/ws\/attendance\/daily_time → 400 \(blocked: answered by the proxy, not sent upstream\): 1 error: mode-required-field/);
    const { requests } = (await (await fetch(`${serve.url}/_mock/requests`)).json()) as { requests: { url: string; status: number }[] };
    // The serve process saw the recorded session's 400 and the two direct requests, not the blocked ones.
    expect(requests.filter((r) => r.status === 400 && r.url.endsWith('/daily_time'))).toHaveLength(3);
  });
});
