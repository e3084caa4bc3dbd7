import type { RecordedHeader, RecordedResponse } from '../../exchange/exchange.js';
import type { HttpReply } from '../http/http-reply.js';

const notForwarded = new Set(['host', 'connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'te', 'trailer', 'upgrade', 'content-length', 'accept-encoding']);

/**
 * What forwarding a request upstream gave: the server's answer (its bytes for the client, and as
 * recorded), or the proxy's own 502/504 when the server could not be reached.
 *
 * @example
 * ```ts
 * const outcome: ForwardOutcome = await forwardRequest(request, body, upstreamUrl, 30_000);
 * ```
 */
export type ForwardOutcome =
  | { readonly ok: true; readonly reply: HttpReply | Response; readonly response: RecordedResponse }
  | { readonly ok: false; readonly reply: HttpReply; readonly response: RecordedResponse; readonly reason: string };

/**
 * The upstream URL of a request that reached the proxy: the upstream's origin and path prefix, then
 * the request's path and query.
 *
 * @example
 * ```ts
 * upstreamUrl(new URL('https://ps.example/prefix'), '/ws/attendance/daily_time?x=1');
 * // 'https://ps.example/prefix/ws/attendance/daily_time?x=1'
 * ```
 */
export function upstreamUrl(upstream: URL, pathAndQuery: string): string {
  const prefix = upstream.pathname.replace(/\/+$/, '');
  return `${upstream.origin}${prefix}${pathAndQuery}`;
}

/**
 * Sends a request on to the upstream server and reads its whole answer (so it can be checked), at
 * most `maxResponseBytes` of it: a larger answer is cut off and becomes a 502 saying so (the proxy
 * holds each answer in memory to check it; a hostile or broken server cannot make it hold more). A
 * refused connection, an unknown host, a TLS failure or a reset becomes a 502, no answer within
 * `timeoutMs` a 504: a JSON `{message}` naming the upstream and the cause, never an exception.
 * Redirects are passed back to the client, not followed. With `stream`, the answer is not read
 * here: it is passed on as it arrives (a `Response` for the HTTP layer), with no size limit, each
 * chunk within `timeoutMs` of the last, and recorded without its body (`streamed: true`).
 *
 * @example
 * ```ts
 * const outcome = await forwardRequest(request, bodyBytes, 'https://ps.example/ws/attendance/daily_time', 30_000);
 * if (!outcome.ok) console.error(outcome.reason);
 * ```
 */
export async function forwardRequest(request: Request, body: Uint8Array | undefined, url: string, timeoutMs: number, maxResponseBytes = defaultMaxResponseBytes, options: { readonly stream?: boolean } = {}): Promise<ForwardOutcome> {
  const headers = new Headers();
  request.headers.forEach((value, name) => {
    if (!notForwarded.has(name)) headers.append(name, value);
  });
  // The whole exchange must be done within the timeout, except a streamed body: its clock stops
  // with the headers, and each chunk then has the timeout to come (a stalled server is cut off).
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new DOMException(`no answer within ${timeoutMs} ms`, 'TimeoutError')), timeoutMs);
  try {
    const response = await fetch(url, {
      method: request.method,
      headers,
      redirect: 'manual',
      signal: controller.signal,
      ...(body === undefined || body.byteLength === 0 ? {} : { body: body as unknown as BodyInit }),
    });
    if (options.stream === true) {
      clearTimeout(timer);
      return passOn(response, response.body === null ? null : idleLimited(response.body, timeoutMs), undefined);
    }
    const bytes = await readAtMost(response, maxResponseBytes);
    if (bytes === undefined) return proxyError(502, `the answer of ${url} is larger than ${maxResponseBytes} bytes (--max-response): not passed on`);
    return passOn(response, bytes, new TextDecoder().decode(bytes));
  } catch (error) {
    const { status, reason } = upstreamFailure(controller.signal.aborted ? controller.signal.reason : error, url, timeoutMs);
    return proxyError(status, reason);
  } finally {
    clearTimeout(timer);
  }
}

// Statuses a Response may not carry a body with.
const nullBody = new Set([101, 204, 205, 304]);

// The server's answer as the client gets it (every header, each Set-Cookie its own; the HTTP layer
// drops the hop-by-hop ones) and as it is recorded: with its text, or streamed and recorded without.
function passOn(response: Response, body: Uint8Array | ReadableStream<Uint8Array> | null, text: string | undefined): ForwardOutcome {
  const recorded: RecordedHeader[] = [];
  const headers = new Headers();
  response.headers.forEach((value, name) => {
    recorded.push({ name, value });
    headers.append(name, value);
  });
  const empty = body === null || nullBody.has(response.status) || (body instanceof Uint8Array && body.byteLength === 0);
  // A body the status forbids (a 304 that sent one anyway) is not passed on: let the server go.
  if (empty && body instanceof ReadableStream) body.cancel().catch(() => {});
  const reply = new Response(empty ? null : (body as unknown as BodyInit), { status: response.status, headers });
  return { ok: true, reply, response: { status: response.status, headers: recorded, body: text, ...(text === undefined ? { streamed: true as const } : {}) } };
}

// The proxy's own answer when the server's cannot be passed on: a JSON message, recorded as sent.
function proxyError(status: 502 | 504, reason: string): ForwardOutcome {
  const text = JSON.stringify({ message: `ps-attendance proxy: ${reason}` });
  const headers = { 'content-type': 'application/json', 'x-ps-attendance-proxy': 'upstream-error' };
  return { ok: false, reason, reply: { status, headers, body: text }, response: { status, headers: Object.entries(headers).map(([name, value]) => ({ name, value })), body: text } };
}

// `body`, given up (cancelled, and the stream errored, so that the client's connection is cut
// rather than ended as if complete) when no chunk comes for `idleMs`.
function idleLimited(body: ReadableStream<Uint8Array>, idleMs: number): ReadableStream<Uint8Array> {
  const reader = body.getReader();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const idle = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`the upstream sent nothing for ${idleMs} ms`)), idleMs);
      });
      try {
        const next = await Promise.race([reader.read(), idle]);
        if (next.done) controller.close();
        else controller.enqueue(next.value);
      } catch (error) {
        reader.cancel(error).catch(() => {});
        controller.error(error);
      } finally {
        clearTimeout(timer);
      }
    },
    cancel(reason) {
      return reader.cancel(reason);
    },
  });
}

/**
 * The default of `--max-response`: 100 MB, far above any attendance answer (about 150 bytes a record).
 *
 * @example
 * ```ts
 * await forwardRequest(request, body, url, 30_000, defaultMaxResponseBytes);
 * ```
 */
export const defaultMaxResponseBytes = 100 * 1024 ** 2;

// The body, read chunk by chunk and given up (the stream cancelled) past `limit` bytes.
async function readAtMost(response: Response, limit: number): Promise<Uint8Array | undefined> {
  if (response.body === null) return new Uint8Array(0);
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (declared > limit) {
    await response.body.cancel();
    return undefined;
  }
  const chunks: Uint8Array[] = [];
  let length = 0;
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    length += chunk.byteLength;
    if (length > limit) {
      await response.body.cancel().catch(() => {});
      return undefined;
    }
    chunks.push(chunk);
  }
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

const timeouts = new Set(['UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'ETIMEDOUT']);
const causes: Readonly<Record<string, string>> = {
  ECONNREFUSED: 'refused the connection (is it running, and is the port right?)',
  ENOTFOUND: 'has an unknown host name (check the --upstream URL)',
  EAI_AGAIN: 'could not be looked up (DNS failure)',
  ECONNRESET: 'closed the connection before answering',
  UND_ERR_SOCKET: 'closed the connection before answering',
  EHOSTUNREACH: 'is unreachable from this machine',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'sent a self-signed TLS certificate (trust it with NODE_EXTRA_CA_CERTS=ca.pem)',
  SELF_SIGNED_CERT_IN_CHAIN: 'sent a TLS certificate signed by an unknown authority (trust it with NODE_EXTRA_CA_CERTS=ca.pem)',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'sent a TLS certificate that cannot be verified (trust its CA with NODE_EXTRA_CA_CERTS=ca.pem)',
  CERT_HAS_EXPIRED: 'sent an expired TLS certificate',
  ERR_TLS_CERT_ALTNAME_INVALID: 'sent a TLS certificate for another host name',
};

function upstreamFailure(error: unknown, url: string, timeoutMs: number): { status: 502 | 504; reason: string } {
  const origin = new URL(url).origin;
  const name = (error as { name?: unknown } | null)?.name;
  const cause = (error as { cause?: { code?: unknown; message?: unknown } } | null)?.cause;
  const code = typeof cause?.code === 'string' ? cause.code : typeof (error as { code?: unknown })?.code === 'string' ? String((error as { code: string }).code) : undefined;
  if (name === 'TimeoutError' || name === 'AbortError' || (code !== undefined && timeouts.has(code))) {
    return { status: 504, reason: `the upstream ${origin} did not answer within ${timeoutMs} ms (raise --upstream-timeout if it is just slow).` };
  }
  const why = (code === undefined ? undefined : causes[code]) ?? (code?.startsWith('ERR_SSL') || code?.startsWith('ERR_TLS') ? `failed the TLS handshake (${code})` : undefined);
  const detail = why ?? `could not be reached (${code ?? (typeof cause?.message === 'string' ? cause.message : error instanceof Error ? error.message : String(error))})`;
  return { status: 502, reason: `the upstream ${origin} ${detail}.` };
}
