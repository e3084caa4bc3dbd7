import type { IncomingMessage } from 'node:http';

/**
 * Why a request body could not be read: larger than the limit (answer 413), or the client stopped
 * sending it (a disconnect, a chunked body cut short: nobody is left to answer).
 *
 * @example
 * ```ts
 * const body = await readBody(req, limit);
 * if (body instanceof BodyProblem && body.kind === 'too-large') reply(413);
 * ```
 */
export class BodyProblem {
  /**
   * @param kind - `too-large` or `aborted`.
   * @param bytes - The bytes received before it stopped.
   */
  constructor(
    readonly kind: 'too-large' | 'aborted',
    readonly bytes: number,
  ) {}
}

/**
 * Reads a request body into one buffer, never holding more than `limit` bytes: a `Content-Length`
 * over the limit is refused before reading, a chunked body as soon as it passes it (the rest is not
 * read). Resolves to a {@link BodyProblem} instead of throwing.
 *
 * @example
 * ```ts
 * const body = await readBody(req, 10 * 1024 ** 2); // Buffer | BodyProblem
 * ```
 */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer | BodyProblem> {
  const declared = Number(req.headers['content-length'] ?? Number.NaN);
  if (declared > limit) return Promise.resolve(new BodyProblem('too-large', 0));
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (result: Buffer | BodyProblem): void => {
      req.off('data', onData).off('end', onEnd).off('error', onAbort).off('close', onClose);
      resolve(result);
    };
    const onData = (chunk: Buffer): void => {
      size += chunk.byteLength;
      if (size > limit) {
        req.pause();
        finish(new BodyProblem('too-large', size));
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = (): void => finish(chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, size));
    const onAbort = (): void => finish(new BodyProblem('aborted', size));
    const onClose = (): void => {
      if (!req.complete) onAbort();
    };
    req.on('data', onData).on('end', onEnd).on('error', onAbort).on('close', onClose);
  });
}
