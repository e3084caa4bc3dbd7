// The CLI's HTTP layer under hostile clients, in process with raw sockets: every case must leave the
// server answering, and the handler must never see a request that did not arrive whole.
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpServer, type ExchangeLog, type RunningHttpServer } from '../../src/cli/http/start-http-server.js';

let server: RunningHttpServer;
const seen: { method: string; path: string; size: number }[] = [];
const log: ExchangeLog[] = [];
let port = 0;

beforeAll(async () => {
  server = await startHttpServer({
    port: 0,
    maxBodyBytes: 1024,
    headersTimeoutMs: 1_000,
    requestTimeoutMs: 2_000,
    onExchange: (entry) => log.push(entry),
    handler: async (request) => {
      const body = await request.arrayBuffer();
      const path = new URL(request.url).pathname;
      seen.push({ method: request.method, path, size: body.byteLength });
      if (path === '/throw') throw new Error('boom');
      if (path === '/response') return new Response(new Blob(['streamed ', 'body']).stream(), { status: 201, headers: { 'x-kept': 'yes', 'content-encoding': 'gzip', connection: 'upgrade' } });
      if (path === '/slow') await new Promise((resolve) => setTimeout(resolve, 300));
      return { status: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ size: body.byteLength }) };
    },
  });
  port = server.port;
});

afterAll(() => server.close(0));

/** Sends raw bytes (in pieces, optionally), then resolves to what came back before the server closed or `waitMs` passed. */
function raw(pieces: readonly string[], { end = true, waitMs = 6_000 } = {}): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let received = '';
    const timer = setTimeout(() => {
      socket.destroy();
      resolve(received);
    }, waitMs);
    socket.setEncoding('utf8').on('data', (chunk: string) => (received += chunk));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearTimeout(timer);
      resolve(received);
    });
    socket.on('connect', () => {
      for (const piece of pieces) socket.write(piece);
      if (end) socket.end();
    });
  });
}

async function healthy(): Promise<void> {
  const response = await fetch(`${server.url}/ok`, { method: 'POST', body: 'x' });
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual({ size: 1 });
}

const statusOf = (response: string): number => Number(/^HTTP\/1\.1 (\d{3})/.exec(response)?.[1] ?? 0);

describe('startHttpServer under hostile traffic', () => {
  it('answers a well-formed request and reports its URL', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    await healthy();
  });

  it.each([
    ['a malformed request line', ['GARBAGE\r\n\r\n']],
    ['a bad Content-Length', ['POST /x HTTP/1.1\r\nHost: a\r\nContent-Length: abc\r\n\r\n']],
    ['two different Content-Lengths', ['POST /x HTTP/1.1\r\nHost: a\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab']],
    ['Content-Length and chunked together', ['POST /x HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n']],
    ['a bad chunk size', ['POST /x HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n']],
  ])('answers 400 to %s without calling the handler', async (_, pieces) => {
    const before = seen.length;
    expect(statusOf(await raw(pieces))).toBe(400);
    expect(seen.length).toBe(before);
    await healthy();
  });

  it('answers 431 to headers over the parser limit', async () => {
    expect(statusOf(await raw([`GET / HTTP/1.1\r\nHost: a\r\nX-Big: ${'x'.repeat(20_000)}\r\n\r\n`]))).toBe(431);
  });

  it('answers 400 to a request target that is not a path, and keeps `//host/x` a path on this server', async () => {
    expect(statusOf(await raw(['GET http://evil.example/x HTTP/1.1\r\nHost: a\r\n\r\n']))).toBe(400);
    const response = await raw(['POST //evil.example/x HTTP/1.1\r\nHost: a\r\nContent-Length: 0\r\n\r\n']);
    expect(statusOf(response)).toBe(200);
    expect(seen.at(-1)?.path).toBe('//evil.example/x');
  });

  it('answers 413 to a Content-Length over the limit before reading the body', async () => {
    const before = seen.length;
    const response = await raw(['POST /x HTTP/1.1\r\nHost: a\r\nContent-Length: 5000\r\n\r\n', 'a'.repeat(100)], { end: false });
    expect(statusOf(response)).toBe(413);
    expect(response).toMatch(/connection: close/i);
    expect(seen.length).toBe(before);
    expect(log.at(-1)).toMatchObject({ status: 413, error: 'too-large', bytesIn: 0 });
  });

  it('answers 413 to a chunked body as soon as it passes the limit, without reading the rest', async () => {
    const chunk = `200\r\n${'b'.repeat(512)}\r\n`;
    const response = await raw(['POST /x HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n', chunk, chunk, chunk], { end: false });
    expect(statusOf(response)).toBe(413);
    const entry = log.findLast((e) => e.error === 'too-large');
    expect(entry?.bytesIn).toBeLessThanOrEqual(1536);
    await healthy();
  });

  it('never hands the handler a chunked body cut short, nor one whose client disconnected', async () => {
    const before = seen.length;
    await raw(['POST /x HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nab']);
    await raw(['POST /x HTTP/1.1\r\nHost: a\r\nContent-Length: 100\r\n\r\n', 'only part']);
    expect(seen.length).toBe(before);
    await healthy();
    expect(log.filter((e) => e.error === 'aborted').length).toBeGreaterThanOrEqual(2);
  });

  it('times out a client that stalls in its headers (408) or its body', async () => {
    const stalledHeaders = await raw(['POST /x HTTP/1.1\r\nHost: a\r\n'], { end: false });
    expect(statusOf(stalledHeaders)).toBe(408);
    const before = seen.length;
    const stalledBody = await raw(['POST /x HTTP/1.1\r\nHost: a\r\nContent-Length: 10\r\n\r\nabc'], { end: false });
    expect([0, 408]).toContain(statusOf(stalledBody));
    expect(seen.length).toBe(before);
    await healthy();
  });

  it('answers 500 when the handler throws, and keeps serving', async () => {
    const response = await fetch(`${server.url}/throw`, { method: 'POST' });
    expect(response.status).toBe(500);
    expect(((await response.json()) as { message: string }).message).toMatch(/failed/);
    expect(log.findLast((e) => e.path === '/throw')?.error).toMatch(/boom/);
    await healthy();
  });

  it('streams a standard Response, dropping hop-by-hop headers and the encoding fetch already undid', async () => {
    const response = await fetch(`${server.url}/response`, { method: 'POST' });
    expect([response.status, response.headers.get('x-kept'), response.headers.get('content-encoding'), await response.text()]).toEqual([201, 'yes', null, 'streamed body']);
    expect(log.at(-1)).toMatchObject({ path: '/response', status: 201, bytesOut: 13 });
  });

  it('logs one entry per exchange, with sizes', async () => {
    await healthy();
    expect(log.at(-1)).toMatchObject({ method: 'POST', path: '/ok', status: 200, bytesIn: 1, bytesOut: 10 });
  });
});

describe('startHttpServer close()', () => {
  it('lets an in-flight request finish, then stops accepting', async () => {
    const local = await startHttpServer({ port: 0, handler: async () => {
      await new Promise((resolve) => setTimeout(resolve, 200));
      return { status: 200, body: 'done' };
    } });
    const pending = fetch(`${local.url}/`, { method: 'POST', body: 'x' }).then(async (r) => [r.status, await r.text()]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await local.close();
    expect(await pending).toEqual([200, 'done']);
    await expect(fetch(`${local.url}/`)).rejects.toThrow();
  });
});
