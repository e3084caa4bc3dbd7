import type { ServerResponse } from 'node:http';

/**
 * What a handler plugged into {@link startHttpServer} answers: a status, headers and a body (text or
 * bytes; none for a 204), or a standard `Response` (its body is streamed; hop-by-hop headers and,
 * since `fetch` decodes bodies, `content-encoding`/`content-length` are dropped).
 *
 * @example
 * ```ts
 * const reply: HttpReply = { status: 200, headers: { 'content-type': 'application/json' }, body: '{"ok":true}' };
 * ```
 */
export interface HttpReply {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string | Uint8Array;
}

const hopByHop = new Set(['connection', 'keep-alive', 'transfer-encoding', 'te', 'trailer', 'upgrade', 'proxy-connection', 'content-encoding', 'content-length']);

/**
 * Writes a reply (or a `Response`) to a Node response; resolves once it is sent or the client gone.
 *
 * @example
 * ```ts
 * await writeReply(res, { status: 404, headers: { 'content-type': 'application/json' }, body: '{"message":"no such route"}' }, false);
 * ```
 *
 * @param close - Ask the client to close the connection after this reply (`Connection: close`).
 */
export async function writeReply(res: ServerResponse, reply: HttpReply | Response, close: boolean): Promise<number> {
  if (res.destroyed) return 0;
  if (close) res.setHeader('connection', 'close');
  if (reply instanceof Response) {
    reply.headers.forEach((value, name) => {
      // Set-Cookie is the one header that cannot be folded into one line: each stays its own.
      if (name === 'set-cookie') res.appendHeader(name, value);
      else if (!hopByHop.has(name)) res.setHeader(name, value);
    });
    res.statusCode = reply.status;
    let sent = 0;
    if (reply.body !== null) {
      for await (const chunk of reply.body as unknown as AsyncIterable<Uint8Array>) {
        if (res.destroyed) break;
        sent += chunk.byteLength;
        if (!res.write(chunk)) await new Promise((resolve) => res.once('drain', resolve).once('close', resolve));
      }
    }
    res.end();
    return sent;
  }
  const body = typeof reply.body === 'string' ? Buffer.from(reply.body) : reply.body;
  res.writeHead(reply.status, { ...reply.headers, 'content-length': String(body?.byteLength ?? 0) });
  res.end(body);
  return body?.byteLength ?? 0;
}

/**
 * A JSON reply `{ "message": … }`, for the errors the HTTP layer answers itself (404, 413, …).
 *
 * @example
 * ```ts
 * jsonMessage(413, 'The body is larger than 10 MB.');
 * ```
 */
export function jsonMessage(status: number, message: string, headers: Readonly<Record<string, string>> = {}): HttpReply {
  return { status, headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ message }) };
}
