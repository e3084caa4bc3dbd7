import { createServer as createHttpServer } from 'node:http';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpServer, type RunningHttpServer } from '../../src/cli/http/start-http-server.js';
import { proxyHandler } from '../../src/cli/proxy/proxy-handler.js';
import { checkExchange } from '../../src/exchange/check-exchange.js';
import { dailyAttendance } from '../cli/helpers/payloads.js';
import { startWrongUpstream, type WrongUpstream } from './wrong-upstream.js';

// Upstream failures become a 502 or 504 with a JSON message naming the upstream and the cause, one
// report line each, and the proxy goes on serving.

let upstream: WrongUpstream;
const servers: RunningHttpServer[] = [];
const lines: string[] = [];

async function proxyTo(url: string, timeoutMs = 2_000): Promise<string> {
  const server = await startHttpServer({ handler: proxyHandler({ upstream: new URL(url), block: false, timeoutMs, report: (line) => lines.push(line) }) });
  servers.push(server);
  return server.url;
}

async function proxyToLimited(url: string, maxResponseBytes: number): Promise<string> {
  const server = await startHttpServer({ handler: proxyHandler({ upstream: new URL(url), block: false, timeoutMs: 5_000, maxResponseBytes, report: (line) => lines.push(line) }) });
  servers.push(server);
  return server.url;
}

// An upstream that answers with `size` bytes, declared (content-length) or chunked without end in sight.
async function bigUpstream(size: number, declared: boolean): Promise<{ url: string; sent: () => number }> {
  let sent = 0;
  const server = createHttpServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json', ...(declared ? { 'content-length': String(size) } : {}) });
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    const write = (): void => {
      while (sent < size) {
        sent += chunk.length;
        if (!res.write(chunk)) return void res.once('drain', write);
      }
      res.end();
    };
    res.on('error', () => {});
    write();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  servers.push({ close: async () => void (server.closeAllConnections(), server.close()) } as unknown as RunningHttpServer);
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, sent: () => sent };
}

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

const body = JSON.stringify({ record: [{ tables: { attendance: dailyAttendance } }] });
const post = (base: string, headers: Record<string, string> = {}) =>
  fetch(`${base}/ws/attendance/daily_time`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

beforeAll(async () => {
  upstream = await startWrongUpstream();
});

afterAll(async () => {
  await Promise.all(servers.map((s) => s.close(0)));
  await upstream.close();
});

describe('upstream failures', () => {
  it('a refused connection is a 502 naming the upstream', async () => {
    const port = await closedPort();
    const response = await post(await proxyTo(`http://127.0.0.1:${port}`));
    expect(response.status).toBe(502);
    expect(response.headers.get('x-ps-attendance-proxy')).toBe('upstream-error');
    expect(((await response.json()) as { message: string }).message).toBe(`ps-attendance proxy: the upstream http://127.0.0.1:${port} refused the connection (is it running, and is the port right?).`);
    expect(lines.at(-1)).toMatch(/→ 502 \(answered by the proxy\): the upstream .* refused the connection/);
  });

  it('no answer within --upstream-timeout is a 504, and the proxy goes on serving', async () => {
    const proxy = await proxyTo(upstream.url, 300);
    const response = await post(proxy, { 'x-fault': 'hang' });
    expect(response.status).toBe(504);
    expect(((await response.json()) as { message: string }).message).toMatch(/did not answer within 300 ms/);
    const next = await post(proxy);
    expect(next.status).toBe(200);
    expect(lines.at(-1)).toMatch(/→ 200: ok$/);
  });

  it('a TLS failure (https to a plain HTTP port) is a 502 saying so', async () => {
    const response = await post(await proxyTo(upstream.url.replace('http:', 'https:')));
    expect(response.status).toBe(502);
    expect(((await response.json()) as { message: string }).message).toMatch(/failed the TLS handshake \(ERR_SSL_WRONG_VERSION_NUMBER\)\.$/);
  });

  it('a request target like //other.host/x stays on the upstream (no open proxy)', async () => {
    const proxy = await proxyTo(upstream.url);
    const response = await fetch(`${proxy}//other.example/ws/attendance/daily_time`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(response.status).toBe(200);
    expect(upstream.received.at(-1)?.path).toBe('//other.example/ws/attendance/daily_time');
  });

  it('an answer larger than --max-response is cut off and becomes a 502, read no further (declared or chunked)', async () => {
    for (const declared of [true, false]) {
      const big = await bigUpstream(256 * 1024 ** 2, declared);
      const response = await post(await proxyToLimited(big.url, 1024 ** 2));
      expect(response.status).toBe(502);
      expect(response.headers.get('x-ps-attendance-proxy')).toBe('upstream-error');
      expect(((await response.json()) as { message: string }).message).toMatch(/is larger than 1048576 bytes \(--max-response\): not passed on$/);
      // The proxy stopped reading: the server could not push the whole 256 MB.
      expect(big.sent()).toBeLessThan(256 * 1024 ** 2);
    }
  });

  it('an answer within --max-response is passed on whole', async () => {
    const big = await bigUpstream(2 * 1024 ** 2, false);
    const response = await post(await proxyToLimited(big.url, 4 * 1024 ** 2));
    expect(response.status).toBe(200);
    expect((await response.arrayBuffer()).byteLength).toBe(big.sent());
  });

  it('an answer from the proxy itself is not checked as the server\'s', () => {
    const exchange = {
      label: '#1',
      request: { method: 'POST', url: 'http://ps.test/ws/attendance/daily_time', headers: [], body },
      response: { status: 502, headers: [], body: '{"message":"x"}' },
      answeredBy: 'upstream-error' as const,
    };
    expect(checkExchange(exchange).findings).toEqual([]);
  });
});
