import type { RunningHttpServer } from './start-http-server.js';

/**
 * Resolves once SIGINT or SIGTERM arrived and the server stopped gracefully (in-flight requests
 * finished): the command then exits 0. A second signal stops at once (remaining connections closed).
 *
 * @example
 * ```ts
 * const server = await startHttpServer({ handler });
 * const signal = await stopOnSignals(server); // 'SIGTERM'
 * return 0;
 * ```
 */
export function stopOnSignals(server: RunningHttpServer, graceMs = 10_000): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    let received: NodeJS.Signals | undefined;
    const onSignal = (signal: NodeJS.Signals): void => {
      if (received !== undefined) {
        void server.close(0);
        return;
      }
      received = signal;
      void server.close(graceMs).then(() => {
        process.off('SIGINT', onSignal).off('SIGTERM', onSignal);
        resolve(signal);
      });
    };
    process.on('SIGINT', onSignal).on('SIGTERM', onSignal);
  });
}
