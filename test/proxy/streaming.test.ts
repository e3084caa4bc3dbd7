import { createServer as createHttpServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { startHttpServer, type RunningHttpServer } from '../../src/cli/http/start-http-server.js';
import { proxyHandler } from '../../src/cli/proxy/proxy-handler.js';
import { harEntry } from '../../src/exchange/har-document.js';
import { readHar } from '../../src/exchange/read-har.js';
import { checkExchange } from '../../src/exchange/check-exchange.js';
import type { Exchange } from '../../src/exchange/exchange.js';

// A route the contract does not cover (anything but the token endpoint and the three attendance
// endpoints) is not checked, so the proxy passes its answer on as it arrives: never held in memory,
// not cut off by --max-response, each chunk within --upstream-timeout of the last, and recorded
// without its body. The checked routes keep reading the whole answer (test/proxy/upstream-errors).

const closers: (() => Promise<void>)[] = [];
afterAll(async () => {
  await Promise.all(closers.map((close) => close()));
});

// An upstream whose /export route sends `first`, then waits for `release()` before sending the rest.
async function slowExport(rest: Buffer): Promise<{ url: string; release: () => void; sent: () => number }> {
  let release: () => void = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  let sent = 0;
  const server = createHttpServer((req, res: ServerResponse) => {
    res.on('error', () => {});
    if (req.url === '/stall') {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.write('first');
      return; // never more
    }
    res.writeHead(200, { 'content-type': 'application/octet-stream', 'x-upstream': 'yes' });
    res.write('first');
    sent += 5;
    void released.then(() => {
      const chunk = 64 * 1024;
      const write = (): void => {
        while (sent - 5 < rest.length) {
          const piece = rest.subarray(sent - 5, sent - 5 + chunk);
          sent += piece.length;
          if (!res.write(piece)) return void res.once('drain', write);
        }
        res.end();
      };
      write();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closers.push(async () => void (server.closeAllConnections(), server.close()));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, release, sent: () => sent };
}

async function proxy(upstream: string, options: { timeoutMs?: number; maxResponseBytes?: number; block?: boolean } = {}): Promise<{ url: string; lines: string[]; exchanges: Exchange[] }> {
  const lines: string[] = [];
  const exchanges: Exchange[] = [];
  const server: RunningHttpServer = await startHttpServer({
    handler: proxyHandler({
      upstream: new URL(upstream),
      block: options.block ?? true,
      timeoutMs: options.timeoutMs ?? 5_000,
      maxResponseBytes: options.maxResponseBytes ?? 1024 ** 2,
      report: (line) => lines.push(line),
      recorder: { add: (exchange: Exchange) => exchanges.push(exchange) } as never,
    }),
  });
  closers.push(() => server.close(0));
  return { url: server.url, lines, exchanges };
}

describe('proxy: routes the contract does not cover are streamed', () => {
  it('passes the first bytes on before the server has sent the rest (nothing is held back)', async () => {
    const upstream = await slowExport(Buffer.alloc(1024, 0x61));
    const { url, lines } = await proxy(upstream.url);
    const response = await fetch(`${url}/export`);
    expect(response.status).toBe(200);
    expect(response.headers.get('x-upstream')).toBe('yes');
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    // A proxy that read the whole answer first would never get here: the server waits for us.
    const first = await reader.read();
    expect(Buffer.from(first.value ?? []).toString()).toBe('first');
    upstream.release();
    let rest = 0;
    for (let next = await reader.read(); !next.done; next = await reader.read()) rest += next.value.byteLength;
    expect(rest).toBe(1024);
    expect(lines.at(-1)).toMatch(/GET \/export → 200: not covered by the contract \(not checked\)$/);
  });

  it('passes on an answer far larger than --max-response whole', async () => {
    const size = 64 * 1024 ** 2;
    const upstream = await slowExport(Buffer.alloc(size, 0x62));
    upstream.release();
    const { url } = await proxy(upstream.url, { maxResponseBytes: 1024 ** 2 });
    const response = await fetch(`${url}/export`);
    expect(response.status).toBe(200);
    let length = 0;
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) length += chunk.byteLength;
    expect(length).toBe(size + 5);
  });

  it('cuts the client off when the server stalls mid-answer longer than --upstream-timeout, and goes on serving', async () => {
    const upstream = await slowExport(Buffer.alloc(10, 0x63));
    upstream.release();
    const { url } = await proxy(upstream.url, { timeoutMs: 300 });
    const response = await fetch(`${url}/stall`);
    expect(response.status).toBe(200);
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    expect(Buffer.from((await reader.read()).value ?? []).toString()).toBe('first');
    // The rest never comes: the proxy gives up and the client's read fails instead of hanging.
    await expect(reader.read()).rejects.toThrow();
    const next = await fetch(`${url}/export`);
    expect(next.status).toBe(200);
    expect((await next.arrayBuffer()).byteLength).toBe(15);
  });

  it('stops reading from the server when the client hangs up mid-answer', async () => {
    let serverSaw: Promise<void> = Promise.resolve();
    const server = createHttpServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/octet-stream' });
      // Endless, as fast as the proxy takes it: only a hang-up downstream can end it.
      const chunk = Buffer.alloc(64 * 1024, 0x65);
      serverSaw = new Promise((resolve) => res.on('close', () => resolve()));
      const write = (): void => {
        while (!res.destroyed && res.write(chunk));
        if (!res.destroyed) res.once('drain', write);
      };
      res.on('error', () => {});
      write();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    closers.push(async () => void (server.closeAllConnections(), server.close()));
    const { url } = await proxy(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    const controller = new AbortController();
    const response = await fetch(`${url}/endless`, { signal: controller.signal });
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    await reader.read();
    controller.abort();
    // The proxy cancels the upstream read: the server sees its response closed (or the test times out).
    await serverSaw;
  });

  it('passes every Set-Cookie header on, on streamed and on checked routes alike', async () => {
    const server = createHttpServer((req, res) => {
      res.setHeader('set-cookie', ['session=a1; HttpOnly', 'csrf=b2; Path=/']);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(req.url === '/ws/attendance/daily_time' ? '{"results":{"insert_count":0,"update_count":0,"result":[]}}' : '{}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    closers.push(async () => void (server.closeAllConnections(), server.close()));
    // Not blocking: the POST below is no valid payload, and the server's own answer is what is checked.
    const { url } = await proxy(`http://127.0.0.1:${(server.address() as AddressInfo).port}`, { block: false });
    const streamed = await fetch(`${url}/district`);
    expect(streamed.headers.getSetCookie()).toEqual(['session=a1; HttpOnly', 'csrf=b2; Path=/']);
    await streamed.arrayBuffer();
    const checked = await fetch(`${url}/ws/attendance/daily_time`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"record":[]}' });
    expect(checked.headers.getSetCookie()).toEqual(['session=a1; HttpOnly', 'csrf=b2; Path=/']);
    await checked.arrayBuffer();
  });

  it('records the exchange without its body, and a recording with it verifies clean', async () => {
    const upstream = await slowExport(Buffer.alloc(3, 0x64));
    upstream.release();
    const { url, exchanges } = await proxy(upstream.url);
    await (await fetch(`${url}/export?id=1`)).arrayBuffer();
    const exchange = exchanges.at(-1) as Exchange;
    expect(exchange.response).toMatchObject({ status: 200, body: undefined, streamed: true });
    const entry = harEntry(exchange, { startedDateTime: '2026-12-01T10:00:00.000Z', timeMs: 3 }) as { response: { bodySize: number; content: { size: number; text?: string } }; comment?: string };
    expect(entry.response.bodySize).toBe(-1);
    expect(entry.response.content.size).toBe(-1);
    expect(entry.response.content.text).toBeUndefined();
    expect(entry.comment).toMatch(/without recording the body/);
    const [read] = readHar({ log: { version: '1.2', creator: { name: 'ps-attendance proxy', version: '0.1.0' }, entries: [entry] } });
    expect(checkExchange(read?.exchange as Exchange).findings).toEqual([]);
  });
});
