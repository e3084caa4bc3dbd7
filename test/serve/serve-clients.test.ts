// Proof from outside JavaScript: the real `ps-attendance serve` process driven by curl and by a
// Python 3 client that uses only the standard library.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { daily, payloadOf, startServe, type ServeProcess } from './serve-process.js';

const run = promisify(execFile);
let serve: ServeProcess;

beforeAll(async () => {
  serve = await startServe();
}, 30_000);

afterAll(async () => {
  expect(await serve.stop()).toBe(0);
});

/** curl -s, with the status code and body separated by the last line. */
async function curl(...args: string[]): Promise<{ status: number; body: string }> {
  const { stdout } = await run('curl', ['-sS', '-w', '\n%{http_code}', ...args]);
  const cut = stdout.lastIndexOf('\n');
  return { status: Number(stdout.slice(cut + 1)), body: stdout.slice(0, cut) };
}

describe('ps-attendance serve from Python (standard library only)', () => {
  it('gets every documented status', async () => {
    const { stdout } = await run('python3', [join(import.meta.dirname, 'clients', 'python_session.py'), serve.url]);
    const steps = stdout.trim().split('\n').map((line) => JSON.parse(line) as { step: string; status: number });
    expect(steps.map((s) => `${s.step} ${s.status}`)).toEqual([
      'reset 204',
      'token 200',
      'token-wrong-secret 401',
      'token-wrong-grant 400',
      'write 200',
      'upsert 200',
      'validation-error 400',
      'unauthorized 401',
      'unsupported-media-type 415',
      'forbidden 403',
      'partial-failure 200',
      'server-error 500',
      'records 200',
      'requests 200',
      'reset-again 200',
    ]);
  }, 30_000);
});

describe('ps-attendance serve from curl', () => {
  it('gets every documented status', async () => {
    expect((await curl('-X', 'POST', `${serve.url}/_mock/reset`)).status).toBe(204);
    const token = await curl('-X', 'POST', '-u', 'ps-attendance-mock-client:ps-attendance-mock-secret', '-d', 'grant_type=client_credentials', `${serve.url}/oauth/access_token`);
    expect(token.status).toBe(200);
    const bearer = `Authorization: Bearer ${(JSON.parse(token.body) as { access_token: string }).access_token}`;
    const post = (body: string, ...headers: string[]) => curl('-X', 'POST', '-H', 'Content-Type: application/json', ...headers.flatMap((h) => ['-H', h]), '--data-binary', body, `${serve.url}/ws/attendance/batch_daily_time`);
    const written = await post(payloadOf(daily('1'), daily('2')), bearer);
    expect(written.status).toBe(200);
    expect(JSON.parse(written.body)).toMatchObject({ results: { insert_count: 2, update_count: 0 } });
    const upsert = await post(payloadOf(daily('1')), bearer);
    expect(JSON.parse(upsert.body)).toMatchObject({ results: { insert_count: 0, update_count: 1, result: { action: 'UPDATE', success_message: { id: 100001 } } } });
    const invalid = await post(payloadOf(daily('3'), daily('4', { att_date: '2025-13-01' })), bearer);
    expect(invalid.status).toBe(400);
    expect(JSON.parse(invalid.body)).toMatchObject({ results: { result: { client_uid: 1, status: 'ERROR' } } });
    const duplicate = await post(payloadOf(daily('8')).replace('"studentid":"8"', '"studentid":"8","studentid":"9"'), bearer);
    expect(duplicate.status).toBe(400);
    expect(JSON.parse(duplicate.body)).toMatchObject({ results: { result: { client_uid: 0, error_message: { error: { field: 'attendance/studentid', error_code: 'DUPLICATE_MEMBER' } } } } });
    expect((await post(payloadOf(daily('1')))).status).toBe(401);
    expect((await curl('-X', 'POST', '-H', bearer, '-H', 'Content-Type: text/plain', '--data-binary', '{}', `${serve.url}/ws/attendance/daily_time`)).status).toBe(415);
    const partial = await post(payloadOf(daily('5'), daily('6')), bearer, 'Prefer: example=partial-failure');
    expect(partial.status).toBe(200);
    expect(JSON.parse(partial.body)).toMatchObject({ results: { insert_count: 1, result: [{ status: 'SUCCESS' }, { status: 'ERROR' }] } });
    expect((await post(payloadOf(daily('7')), bearer, 'Prefer: code=500')).status).toBe(500);
    expect((await curl('-X', 'POST', '-u', 'ps-attendance-mock-client:ps-attendance-mock-secret', '-d', 'grant_type=password', `${serve.url}/oauth/access_token`)).status).toBe(400);
    expect((await curl('-X', 'POST', '-H', 'Content-Type: application/json', '-d', '{"code":403}', `${serve.url}/_mock/next-response`)).status).toBe(204);
    expect((await post(payloadOf(daily('7')), bearer)).status).toBe(403);
    const records = await curl(`${serve.url}/_mock/records`);
    expect((JSON.parse(records.body) as { records: { id: number }[] }).records.map((r) => r.id)).toEqual([100001, 100002, 100003]);
    expect((await curl('-X', 'POST', `${serve.url}/_mock/reset`)).status).toBe(204);
    expect(JSON.parse((await curl(`${serve.url}/_mock/records`)).body)).toEqual({ records: [] });
  }, 30_000);
});
