// `ps-attendance serve` as a real process under hostile traffic: 1,000 concurrent writes, oversized,
// cut-short and abandoned requests. The store must stay consistent and the server must keep answering.
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { daily, payloadOf, startServe, type ServeProcess } from './serve-process.js';

let serve: ServeProcess;
let token = '';

beforeAll(async () => {
  serve = await startServe(['--max-body', '64KB']);
  token = ((await (await fetch(`${serve.url}/_mock/tokens`, { method: 'POST' })).json()) as { access_token: string }).access_token;
}, 30_000);

afterAll(async () => {
  expect(await serve.stop()).toBe(0);
});

/** One POST through node:http with its own connection (fetch would pool them). */
function post(path: string, body: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${serve.url}${path}`, { method: 'POST', agent: false, headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'content-length': Buffer.byteLength(body) } }, (res) => {
      let text = '';
      res.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

interface Result {
  status: string;
  action: string;
  success_message?: { id: number };
}

describe('ps-attendance serve under hostile traffic', () => {
  it('answers 1,000 concurrent writes and leaves the store consistent', async () => {
    await fetch(`${serve.url}/_mock/reset`, { method: 'POST' });
    // 1,000 one-record writes over 700 slots: 700 inserts and 300 updates, in whatever order they land.
    const writes = Array.from({ length: 1000 }, (_, i) => post('/ws/attendance/daily_time', payloadOf(daily(String(5000 + (i % 700))))));
    const answers = await Promise.all(writes);
    expect(answers.map((a) => a.status)).toEqual(Array(1000).fill(200));
    const results = answers.map((a) => (JSON.parse(a.body) as { results: { insert_count: number; update_count: number; result: Result } }).results);
    expect(results.reduce((n, r) => n + r.insert_count, 0)).toBe(700);
    expect(results.reduce((n, r) => n + r.update_count, 0)).toBe(300);
    const { records } = (await (await fetch(`${serve.url}/_mock/records`)).json()) as { records: { id: number; attendance: { studentid: string } }[] };
    expect(records).toHaveLength(700);
    const ids = records.map((r) => r.id);
    expect(new Set(ids).size).toBe(700);
    expect(Math.min(...ids)).toBe(100_001);
    expect(Math.max(...ids)).toBe(100_700);
    expect(new Set(records.map((r) => r.attendance.studentid)).size).toBe(700);
    // Each answer's id is the row of its slot.
    const idOf = new Map(records.map((r) => [r.attendance.studentid, r.id]));
    answers.forEach((_, i) => expect(results[i]?.result.success_message?.id).toBe(idOf.get(String(5000 + (i % 700)))));
    const { requests } = (await (await fetch(`${serve.url}/_mock/requests`)).json()) as { requests: unknown[] };
    expect(requests).toHaveLength(1000);
  }, 60_000);

  it('answers 413 to a body over --max-body without writing, and keeps serving', async () => {
    await fetch(`${serve.url}/_mock/reset`, { method: 'POST' });
    const big = payloadOf(...Array.from({ length: 600 }, (_, i) => daily(String(i + 1))));
    expect(big.length).toBeGreaterThan(64 * 1024);
    const answer = await post('/ws/attendance/batch_daily_time', big);
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body)).toEqual({ message: expect.stringContaining('larger than the limit') });
    expect(((await (await fetch(`${serve.url}/_mock/records`)).json()) as { records: unknown[] }).records).toEqual([]);
  });

  it('ignores requests cut short or abandoned, and stays consistent', async () => {
    await fetch(`${serve.url}/_mock/reset`, { method: 'POST' });
    const body = payloadOf(daily('77'));
    const cut = (pieces: string[]): Promise<void> =>
      new Promise((resolve) => {
        const socket = connect(Number(new URL(serve.url).port), '127.0.0.1', () => {
          for (const piece of pieces) socket.write(piece);
          socket.destroy();
          resolve();
        });
        socket.on('error', () => resolve());
      });
    const head = `POST /ws/attendance/daily_time HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${token}\r\nContent-Type: application/json\r\n`;
    await Promise.all([
      cut([`${head}Content-Length: ${body.length}\r\n\r\n`, body.slice(0, 20)]),
      cut([`${head}Transfer-Encoding: chunked\r\n\r\n`, `${body.length.toString(16)}\r\n${body.slice(0, 30)}`]),
      cut(['POST /ws/attendance/daily_time HTTP/1.1\r\nHost']),
      cut(['\u0000\u0001garbage\r\n\r\n']),
    ]);
    const ok = await post('/ws/attendance/daily_time', body);
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.body)).toMatchObject({ results: { insert_count: 1, result: { success_message: { id: 100_001 } } } });
    expect(((await (await fetch(`${serve.url}/_mock/records`)).json()) as { records: unknown[] }).records).toHaveLength(1);
  });

  // Its own server: timeouts this short would also cut off some of 1,000 concurrent clients on a busy machine.
  it('times out a client that stalls in its headers or its body, and keeps serving', async () => {
    const strict = await startServe(['--headers-timeout', '400', '--request-timeout', '800']);
    const stall = (piece: string): Promise<string> =>
      new Promise((resolve) => {
        let received = '';
        const socket = connect(Number(new URL(strict.url).port), '127.0.0.1', () => socket.write(piece));
        socket.setEncoding('utf8').on('data', (chunk: string) => (received += chunk));
        socket.on('error', () => undefined).on('close', () => resolve(received));
      });
    const [headers, body] = await Promise.all([
      stall('POST /ws/attendance/daily_time HTTP/1.1\r\nHost: x\r\n'),
      stall(`POST /ws/attendance/daily_time HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${token}\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{"record":`),
    ]);
    expect(headers).toMatch(/^HTTP\/1\.1 408 /);
    expect(body === '' || body.startsWith('HTTP/1.1 408 ')).toBe(true);
    const after = await fetch(`${strict.url}/_mock/health`);
    expect(after.status).toBe(200);
    expect(await strict.stop()).toBe(0);
  }, 10_000);
});
