import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { BodyProblem, readBody } from './read-body.js';
import { jsonMessage, writeReply, type HttpReply } from './http-reply.js';
import { answerClientError } from './answer-client-error.js';

/**
 * What the listener hands a handler and expects back: a standard `Request` (body read in full, within
 * the limit) and an {@link HttpReply} or `Response`. A handler that throws gets a 500, logged.
 *
 * @example
 * ```ts
 * const handler: HttpHandlerFn = async (request) => ({ status: 200, body: await request.text() });
 * ```
 */
export type HttpHandlerFn = (request: Request) => Promise<HttpReply | Response>;

/**
 * One exchange, as `--log` writes it (one JSON line each). `status` 0: the client went away before an
 * answer; `error` names what the HTTP layer refused (`too-large`, `aborted`, `HPE_…` parser errors,
 * `ERR_HTTP_REQUEST_TIMEOUT`, `handler`).
 *
 * @example
 * ```ts
 * const entry: ExchangeLog = { time: '2026-01-05T10:00:00.000Z', method: 'POST', path: '/ws/attendance/daily_time', status: 200, ms: 1.2, bytesIn: 310, bytesOut: 260 };
 * ```
 */
export interface ExchangeLog {
  readonly time: string;
  readonly method: string;
  readonly path: string;
  readonly status: number;
  readonly ms: number;
  readonly bytesIn: number;
  readonly bytesOut: number;
  readonly error?: string;
}

/**
 * The options of {@link startHttpServer}.
 *
 * @example
 * ```ts
 * const options: HttpServerOptions = { host: '127.0.0.1', port: 0, handler, maxBodyBytes: 10 * 1024 ** 2 };
 * ```
 */
export interface HttpServerOptions {
  /** The handler every well-formed request goes to. */
  readonly handler: HttpHandlerFn;
  /** The address to bind. Default `127.0.0.1` (this machine only). */
  readonly host?: string;
  /** The port; 0 (the default) picks a free one. */
  readonly port?: number;
  /** Bodies larger than this get 413 without being read whole. Default 10 MB. */
  readonly maxBodyBytes?: number;
  /** Time allowed for a request's headers. Default 10 s. */
  readonly headersTimeoutMs?: number;
  /** Time allowed for a whole request, body included. Default 30 s. */
  readonly requestTimeoutMs?: number;
  /** Called after each exchange (and each refused connection). */
  readonly onExchange?: (entry: ExchangeLog) => void;
  /** The origin of the URLs handed to the handler (no trailing slash). Default the server's own `http://host:port`. */
  readonly requestBase?: string;
}

/**
 * A server started by {@link startHttpServer}.
 *
 * @example
 * ```ts
 * const server: RunningHttpServer = await startHttpServer({ handler });
 * console.log(server.url); // http://127.0.0.1:41234
 * await server.close();
 * ```
 */
export interface RunningHttpServer {
  /** `http://host:port`, the address it listens on (IPv6 hosts in brackets). */
  readonly url: string;
  readonly port: number;
  /** Stops accepting, lets in-flight requests finish (at most `graceMs`, default 10 s), then closes every connection. */
  close(graceMs?: number): Promise<void>;
}

/**
 * A generic HTTP/1.1 server for the CLI's long-running commands (`serve`, `proxy`): plug in a
 * `(Request) => Promise<HttpReply | Response>` handler and it takes care of the hostile edges. Bodies
 * over the limit get 413 (never buffered whole); a malformed request line, bad `Content-Length` or
 * oversized headers get 400/431 from the parser; slow clients 408 after the header or request
 * timeout; a client that disconnects mid-request (or cuts a chunked body short) never reaches the
 * handler. Nothing the client does throws out of it. Stop it with `close()` (see
 * {@link stopOnSignals} for SIGINT/SIGTERM).
 *
 * @example
 * ```ts
 * const server = await startHttpServer({
 *   port: 0,
 *   handler: async (request) => ({ status: 200, headers: { 'content-type': 'text/plain' }, body: `you sent ${request.method}` }),
 *   onExchange: (entry) => process.stderr.write(`${JSON.stringify(entry)}\n`),
 * });
 * process.stdout.write(`${JSON.stringify({ event: 'ready', url: server.url })}\n`);
 * stopOnSignals(server);
 * ```
 */
export async function startHttpServer(options: HttpServerOptions): Promise<RunningHttpServer> {
  const limit = options.maxBodyBytes ?? 10 * 1024 ** 2;
  const log = options.onExchange ?? (() => undefined);
  let closing = false;
  let base = (options.requestBase ?? '').replace(/\/+$/, '');

  const exchange = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const started = performance.now();
    const method = req.method ?? 'GET';
    const path = (req.url ?? '').slice(0, 2000);
    const done = (status: number, bytesIn: number, bytesOut: number, error?: string): void =>
      log({ time: new Date().toISOString(), method, path, status, ms: Math.round((performance.now() - started) * 1000) / 1000, bytesIn, bytesOut, ...(error === undefined ? {} : { error }) });
    if (!path.startsWith('/')) {
      const sent = await writeReply(res, jsonMessage(400, 'The request target must be a path starting with "/".'), true);
      return done(400, 0, sent, 'request-target');
    }
    let url: URL;
    try {
      // Concatenated, not resolved: a target such as `//elsewhere.example/x` stays a path on this server.
      url = new URL(`${base}${path}`);
    } catch {
      const sent = await writeReply(res, jsonMessage(400, 'The request target is not a valid path.'), true);
      return done(400, 0, sent, 'request-target');
    }
    const body = await readBody(req, limit);
    if (body instanceof BodyProblem) {
      if (body.kind === 'aborted') return done(0, body.bytes, 0, 'aborted');
      const sent = await writeReply(res, jsonMessage(413, `The request body is larger than the limit of ${limit} bytes.`), true);
      return done(413, body.bytes, sent, 'too-large');
    }
    let reply: HttpReply | Response;
    let error: string | undefined;
    try {
      const headers = new Headers();
      for (let i = 0; i + 1 < req.rawHeaders.length; i += 2) headers.append(req.rawHeaders[i] as string, req.rawHeaders[i + 1] as string);
      const hasBody = method !== 'GET' && method !== 'HEAD';
      reply = await options.handler(new Request(url, { method, headers, ...(hasBody ? { body: body as unknown as BodyInit } : {}) }));
    } catch (cause) {
      error = `handler: ${cause instanceof Error ? cause.message : String(cause)}`.slice(0, 300);
      reply = jsonMessage(500, 'The server failed to answer this request (see its log).');
    }
    try {
      const sent = await writeReply(res, reply, closing);
      done(res.destroyed && !res.writableFinished ? 0 : reply.status, body.byteLength, sent, error);
    } catch (cause) {
      res.destroy();
      done(0, body.byteLength, 0, `write: ${cause instanceof Error ? cause.message : String(cause)}`.slice(0, 300));
    }
  };

  const headersTimeout = options.headersTimeoutMs ?? 10_000;
  const requestTimeout = Math.max(options.requestTimeoutMs ?? 30_000, headersTimeout);
  // Node checks the two timeouts every connectionsCheckingInterval (30 s by default): check often enough to honour them.
  const checkEvery = Math.max(10, Math.min(1_000, Math.floor(headersTimeout / 4)));
  const server = createServer({ requestTimeout, headersTimeout, keepAliveTimeout: 5_000, connectionsCheckingInterval: checkEvery }, (req, res) => {
    exchange(req, res)
      .catch(() => res.destroy())
      .finally(() => {
        if (closing) server.closeIdleConnections();
      });
  });
  server.on('clientError', (error: Error & { code?: string }, socket: Socket) => answerClientError(error, socket, log));

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the server has no TCP address');
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${host}:${address.port}`;
  if (base === '') base = url;

  return {
    url,
    port: address.port,
    close: (graceMs = 10_000) =>
      new Promise<void>((resolve) => {
        closing = true;
        const timer = setTimeout(() => server.closeAllConnections(), graceMs);
        timer.unref();
        server.close(() => {
          clearTimeout(timer);
          resolve();
        });
        server.closeIdleConnections();
      }),
  };
}
