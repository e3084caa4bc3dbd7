import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkExchange } from '../../src/exchange/check-exchange.js';
import type { Exchange } from '../../src/exchange/exchange.js';
import { fidelityReport } from '../../src/exchange/fidelity-report.js';
import { startHttpServer, type RunningHttpServer } from '../../src/cli/http/start-http-server.js';
import { proxyHandler } from '../../src/cli/proxy/proxy-handler.js';
import { HarRecorder } from '../../src/cli/proxy/har-recorder.js';
import { dailyAttendance } from '../cli/helpers/payloads.js';
import { startWrongUpstream, type Fault, type WrongUpstream } from './wrong-upstream.js';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readRecording } from '../../src/exchange/read-recording.js';

// The proxy (in process, on the CLI's HTTP layer) in front of a deliberately wrong upstream: each
// fault is reported exactly once, at the exchange that has it, and clean answers get "ok".

let upstream: WrongUpstream;
let proxy: RunningHttpServer;
let dir: string;
const lines: string[] = [];

beforeAll(async () => {
  upstream = await startWrongUpstream();
  dir = mkdtempSync(join(tmpdir(), 'ps-proxy-wrong-'));
  const recorder = new HarRecorder(join(dir, 'session.har'), '0.0.0', (line) => lines.push(line));
  proxy = await startHttpServer({ handler: proxyHandler({ upstream: new URL(upstream.url), block: false, timeoutMs: 2_000, report: (line) => lines.push(line), recorder }) });
  const post = (path: string, body: string, headers: Record<string, string>) => fetch(`${proxy.url}${path}`, { method: 'POST', headers, body });
  const json = { 'content-type': 'application/json', authorization: 'Bearer upstream-token-5c1e9a77' };
  const records = (n: number) => JSON.stringify({ record: Array.from({ length: n }, (_, i) => ({ tables: { attendance: { ...dailyAttendance, studentid: String(4242 + i) } } })) });
  await (await post('/oauth/access_token', 'grant_type=client_credentials', { authorization: `Basic ${btoa('client:secret-9f8e7d6c')}`, 'content-type': 'application/x-www-form-urlencoded' })).text();
  const plan: [Fault | undefined, string, number][] = [
    [undefined, '/ws/attendance/daily_time', 1],
    ['envelope', '/ws/attendance/daily_time', 1],
    ['missing-result', '/ws/attendance/daily_time', 1],
    ['counts', '/ws/attendance/batch_daily_time', 2],
    ['string-ids', '/ws/attendance/batch_daily_time', 2],
    ['status', '/ws/attendance/daily_time', 1],
    ['drop', '/ws/attendance/batch_daily_time', 3],
    ['order', '/ws/attendance/batch_daily_time', 3],
  ];
  for (const [fault, path, n] of plan) await (await post(path, records(n), fault === undefined ? json : { ...json, 'x-fault': fault })).text();
  recorder.flush();
});

afterAll(async () => {
  await proxy.close(0);
  await upstream.close();
  rmSync(dir, { recursive: true, force: true });
});

function findingsOf(exchanges: readonly Exchange[]): string[][] {
  return exchanges.map((e) => checkExchange(e).findings.map((f) => `${f.code} ${f.path}`));
}

const expected = [
  [],
  [],
  ['response-schema /results'],
  ['response-schema /results/result'],
  ['result-counts /results/insert_count'],
  ['response-id-type /results/result/0/client_uid'],
  ['response-status '],
  ['result-count /results/result'],
  ['result-order /results/result/0/client_uid'],
];

describe('proxy in front of a deliberately wrong upstream', () => {
  it('reports each fault exactly once, at the exchange that has it (stderr lines)', () => {
    expect(lines).toHaveLength(expected.length);
    lines.forEach((line, i) => {
      expect(line.startsWith(`#${i + 1} POST `)).toBe(true);
      const codes = expected[i] ?? [];
      if (codes.length === 0) expect(line).toMatch(/: ok$/);
      for (const code of codes) {
        const name = code.split(' ')[0] ?? '';
        expect(line.split(name).length - 1, `${line}`).toBe(1);
      }
      expect(line).toMatch(codes.length === 0 ? /ok$/ : /: 1 (error|warning):/);
    });
  });

  it('names the dropped record and the counts that do not add up', () => {
    expect(lines[7]).toContain('2 results for 3 records: record 1 has none');
    expect(lines[4]).toContain('insert_count 3 + update_count 0 = 3, but 2 results are SUCCESS');
    expect(lines[6]).toContain('Status 202 is not one the contract lists');
  });

  it('records the same exchanges, and verify finds the same faults in the recording', () => {
    const { exchanges } = readRecording(readFileSync(join(dir, 'session.har'), 'utf8'));
    expect(findingsOf(exchanges.map((l) => l.exchange))).toEqual(expected);
  });

  it('keeps the client secret and the token out of the recording', () => {
    const text = readFileSync(join(dir, 'session.har'), 'utf8');
    expect(text).not.toContain('secret-9f8e7d6c');
    expect(text).not.toContain('upstream-token-5c1e9a77');
    expect(text).not.toContain(btoa('client:secret-9f8e7d6c'));
    expect(text).toContain('Bearer [REDACTED]');
  });

  it('the fidelity report shows the string ids and the missing envelope as contradictions at their exchanges', () => {
    const { exchanges } = readRecording(readFileSync(join(dir, 'session.har'), 'utf8'));
    const rows = fidelityReport(exchanges.map((l) => checkExchange(l.exchange).view));
    const row = (id: string) => rows.find((r) => r.id === id);
    expect(row('ids-are-numbers')?.contradictedBy.map((c) => c.exchange)).toEqual(['entry 6']);
    expect(row('results-envelope')?.contradictedBy.map((c) => c.exchange)).toEqual(['entry 3']);
    expect(row('expires-in-string')?.verdict).toBe('confirmed');
  });

  it('forwards the answer to the client unchanged', async () => {
    const response = await fetch(`${proxy.url}/ws/attendance/daily_time`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-fault': 'status' }, body: '{"record":[]}' });
    expect(response.status).toBe(202);
    expect(await response.json()).toEqual({ results: { insert_count: 0, update_count: 0, delete_count: 0, result: [] } });
  });
});
