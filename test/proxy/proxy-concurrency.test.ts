import { readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../cli/helpers/run-bin.js';
import { dailyAttendance } from '../cli/helpers/payloads.js';
import { startBinServer, type BinServer } from './spawn-bin-server.js';

// The real `ps-attendance proxy --record` in front of the real `ps-attendance serve`, hit by 1,000
// clients at once, each on its own connection: every request reaches the server once, every answer
// comes back to its own client unchanged, one report line and one HAR entry each, and the store the
// server keeps is the one 1,000 direct writes would leave.

let serve: BinServer;
let proxy: BinServer;
let proxyExit: { code: number | null; stderr: string };
let harPath = '';
let token = '';
const answers: { status: number; body: string; slot: string }[] = [];

/** One POST through node:http with its own connection (fetch would pool them). */
function post(base: string, path: string, body: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${base}${path}`, { method: 'POST', agent: false, headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'content-length': Buffer.byteLength(body) } }, (res) => {
      let text = '';
      res.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

beforeAll(async () => {
  harPath = join(tempDir(), 'load.har');
  serve = await startBinServer(['serve', '--port', '0']);
  proxy = await startBinServer(['proxy', '--upstream', serve.url, '--port', '0', '--record', harPath]);
  token = ((await (await fetch(`${serve.url}/_mock/tokens`, { method: 'POST' })).json()) as { access_token: string }).access_token;
  // 1,000 one-record writes over 700 slots: 700 inserts and 300 updates, in whatever order they land.
  const writes = Array.from({ length: 1000 }, async (_, i) => {
    const slot = String(6000 + (i % 700));
    const answer = await post(proxy.url, '/ws/attendance/daily_time', JSON.stringify({ record: [{ tables: { attendance: { ...dailyAttendance, studentid: slot } } }] }));
    return { ...answer, slot };
  });
  answers.push(...(await Promise.all(writes)));
  proxyExit = await proxy.stop();
}, 120_000);

afterAll(async () => {
  await serve?.stop();
});

describe('ps-attendance proxy under 1,000 concurrent clients', () => {
  it('passes every request on once and every answer back to its own client', async () => {
    expect(answers.map((a) => a.status)).toEqual(Array(1000).fill(200));
    const results = answers.map((a) => (JSON.parse(a.body) as { results: { insert_count: number; update_count: number; result: { success_message: { id: number } } } }).results);
    expect(results.reduce((n, r) => n + r.insert_count, 0)).toBe(700);
    expect(results.reduce((n, r) => n + r.update_count, 0)).toBe(300);
    const { records } = (await (await fetch(`${serve.url}/_mock/records`)).json()) as { records: { id: number; attendance: { studentid: string } }[] };
    expect(records).toHaveLength(700);
    // Each client got the answer about its own record (not another client's): the id of its slot.
    const idOf = new Map(records.map((r) => [r.attendance.studentid, r.id]));
    answers.forEach((answer, i) => expect(results[i]?.result.success_message.id, answer.slot).toBe(idOf.get(answer.slot)));
    const { requests } = (await (await fetch(`${serve.url}/_mock/requests`)).json()) as { requests: unknown[] };
    expect(requests).toHaveLength(1000);
  });

  it('reports one clean line per exchange and stops with exit 0', () => {
    expect(proxyExit.code).toBe(0);
    const lines = proxyExit.stderr.split('\n').filter((l) => /^ps-attendance proxy: #\d+ /.test(l));
    expect(lines).toHaveLength(1000);
    expect(lines.every((l) => l.endsWith('→ 200: ok'))).toBe(true);
    expect(new Set(lines.map((l) => /#(\d+) /.exec(l)?.[1])).size).toBe(1000);
    expect(proxyExit.stderr).toMatch(/stopped: 1000 exchanges, 0 with errors, 0 blocked, 0 upstream failures/);
  });

  it('records a complete HAR: one entry per exchange, each request with its own answer', () => {
    const entries = (JSON.parse(readFileSync(harPath, 'utf8')) as { log: { entries: { request: { postData: { text: string } }; response: { status: number; content: { text: string } } }[] } }).log.entries;
    expect(entries).toHaveLength(1000);
    const bySlot = new Map(answers.map((a) => [a.slot, new Set<string>()]));
    for (const entry of entries) {
      const slot = (JSON.parse(entry.request.postData.text) as { record: { tables: { attendance: { studentid: string } } }[] }).record[0]?.tables.attendance.studentid ?? '';
      expect(entry.response.status).toBe(200);
      bySlot.get(slot)?.add(entry.response.content.text);
    }
    // Every answer a client got is recorded with a request for the same slot.
    for (const answer of answers) expect(bySlot.get(answer.slot)?.has(answer.body), answer.slot).toBe(true);
  });
});
