// A worker thread of `ps-attendance lint` (see lint-pool.ts): lints the batches of files the main
// thread sends, in the order received, and posts each batch's outcomes back. Everything it needs
// comes as plain data (workerData: the LintSetup); it never writes to standard output or error.
import { parentPort, workerData } from 'node:worker_threads';
import { lintContext, lintFile, type FileOutcome, type LintJob, type LintSetup } from './lint-file.js';

/**
 * A batch of files sent to a worker.
 *
 * @example
 * ```ts
 * const message: WorkerBatch = { batch: 3, jobs: [{ index: 24, file: '/repo/a.json', dryRun: false }] };
 * ```
 */
export interface WorkerBatch {
  readonly batch: number;
  readonly jobs: readonly LintJob[];
}

/**
 * A worker's answer to a {@link WorkerBatch}, or `ready` once it can lint (its modules loaded).
 *
 * @example
 * ```ts
 * const reply: WorkerReply = { batch: 3, outcomes: [{ index: 24, outcome: { debug: [], problem: 'a.json: is a directory.' } }] };
 * ```
 */
export type WorkerReply =
  | { readonly batch: number; readonly outcomes: readonly { readonly index: number; readonly outcome: FileOutcome }[] }
  | { readonly batch: 'ready'; readonly outcomes?: undefined };

if (parentPort !== null) {
  const port = parentPort;
  const noInput: AsyncIterable<unknown> = { [Symbol.asyncIterator]: () => ({ next: () => Promise.resolve({ done: true, value: undefined }) }) };
  const context = lintContext(workerData as LintSetup, noInput);
  context.then(() => port.postMessage({ batch: 'ready' } satisfies WorkerReply), () => process.exit(1));
  let queue: Promise<void> = Promise.resolve();
  port.on('message', (message: WorkerBatch) => {
    queue = queue.then(async () => {
      const ready = await context;
      const outcomes: { index: number; outcome: FileOutcome }[] = [];
      for (const job of message.jobs) outcomes.push({ index: job.index, outcome: await lintFile(job, ready) });
      port.postMessage({ batch: message.batch, outcomes } satisfies WorkerReply);
    });
    // A failure here (the context could not be built) ends the worker; the main thread lints its files.
    queue.catch(() => process.exit(1));
  });
}
