import type { ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { ExchangeLog } from './start-http-server.js';

/**
 * Answers what Node's HTTP parser refused (the server's `clientError`): 408 for a header or request
 * timeout, 431 for oversized headers, 400 for anything malformed (request line, `Content-Length`,
 * chunk sizes), as JSON with `Connection: close`; then closes the socket. Logs one entry. When the
 * answer can no longer be sent (the client left, or a reply had begun), the socket is just closed.
 *
 * @example
 * ```ts
 * server.on('clientError', (error, socket) => answerClientError(error, socket, log));
 * ```
 */
export function answerClientError(error: Error & { code?: string }, socket: Socket, log: (entry: ExchangeLog) => void): void {
  const code = error.code ?? 'client-error';
  const status = code === 'ERR_HTTP_REQUEST_TIMEOUT' || code === 'ERR_HTTP_HEADERS_TIMEOUT' ? 408 : code === 'HPE_HEADER_OVERFLOW' ? 431 : 400;
  log({ time: new Date().toISOString(), method: '', path: '', status: socket.writable ? status : 0, ms: 0, bytesIn: 0, bytesOut: 0, error: code });
  // A parse error in a body arrives after the request event: answer it too while nothing was sent.
  const pending = (socket as Socket & { _httpMessage?: ServerResponse | null })._httpMessage;
  if (!socket.writable || (pending !== undefined && pending !== null && pending.headersSent)) {
    socket.destroy();
    return;
  }
  const body = JSON.stringify({ message: status === 408 ? 'The request took too long to arrive.' : `Malformed HTTP request (${code}).` });
  const reason = status === 408 ? 'Request Timeout' : status === 431 ? 'Request Header Fields Too Large' : 'Bad Request';
  socket.end(`HTTP/1.1 ${status} ${reason}\r\nconnection: close\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
}
