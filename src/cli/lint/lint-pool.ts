import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { FileOutcome, LintJob, LintSetup } from './lint-file.js';
import type { WorkerBatch, WorkerReply } from './lint-worker.js';

// The compiled worker beside this module (absent when the sources run untranspiled, e.g. in tests).
const workerFile = fileURLToPath(new URL('./lint-worker.js', import.meta.url));

/**
 * Lints `jobs` on the main thread (`lintHere`) and on `size` worker threads at once, and returns every
 * outcome in job order, so the report is the same as a one-thread run's. Workers take small batches
 * (two in flight each) from the same queue as the main thread; a worker that cannot start or dies
 * gives its files back, and the main thread lints them. The workers are ended before it returns.
 *
 * @example
 * ```ts
 * const outcomes = await lintInPool(jobs, 1, setup, (job) => lintFile(job, context));
 * ```
 */
export async function lintInPool(jobs: readonly LintJob[], size: number, setup: LintSetup, lintHere: (job: LintJob) => Promise<FileOutcome>, options: { readonly waitForWorkers?: boolean } = {}): Promise<FileOutcome[]> {
  const outcomes: (FileOutcome | undefined)[] = new Array<FileOutcome | undefined>(jobs.length);
  const returned: LintJob[] = []; // given back by a worker that stopped
  // The main thread works from the first file on, the workers from the last one back: files of one
  // kind (one endpoint, one directory) tend to sit together, and a thread that meets fewer kinds
  // spends less time warming up (compiling) the code for them.
  let next = 0;
  let last = jobs.length;
  let done = 0;
  let wake: (() => void) | undefined;
  const notify = (): void => {
    wake?.();
    wake = undefined;
  };
  const take = (): LintJob | undefined => returned.pop() ?? (next < last ? jobs[next++] : undefined);
  const takeLast = (): LintJob | undefined => returned.pop() ?? (next < last ? jobs[--last] : undefined);
  const workers: Worker[] = [];
  const settled: Promise<void>[] = [];
  if (existsSync(workerFile)) {
    for (let w = 0; w < size; w++) {
      let onSettled = (): void => {};
      const ready = new Promise<void>((resolve) => (onSettled = resolve));
      try {
        workers.push(startWorker(setup, { take: takeLast, record, giveBack: (lost) => returned.push(...lost), notify, settled: () => onSettled(), threads: size + 1, remaining: () => last - next }));
        settled.push(ready);
      } catch {
        break; // No thread to be had (a resource limit): the main thread lints the rest.
      }
    }
  }
  function record(index: number, outcome: FileOutcome): void {
    if (outcomes[index] !== undefined) return;
    outcomes[index] = outcome;
    done++;
  }
  try {
    // Asked for explicitly (PS_ATTENDANCE_LINT_WORKERS): every worker that starts gets files.
    if (options.waitForWorkers === true) await Promise.all(settled);
    while (done < jobs.length) {
      const job = take();
      if (job === undefined) {
        // Everything is handed out: wait for the workers' last batches (or for files given back).
        await new Promise<void>((resolve) => (wake = resolve));
        continue;
      }
      record(job.index, await lintHere(job));
      // Let the workers' messages in between two files (they wait for the next batch).
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  } finally {
    for (const worker of workers) void worker.terminate();
  }
  return outcomes as FileOutcome[];
}

interface PoolQueue {
  take(): LintJob | undefined;
  record(index: number, outcome: FileOutcome): void;
  giveBack(jobs: readonly LintJob[]): void;
  notify(): void;
  /** Called once the worker is ready or has stopped. */
  settled(): void;
  readonly threads: number;
  remaining(): number;
}

function startWorker(setup: LintSetup, queue: PoolQueue): Worker {
  // No --import or --cpu-prof of the main process in the workers: they run the linter only.
  const worker = new Worker(workerFile, { workerData: setup, execArgv: [] });
  const inFlight = new Map<number, readonly LintJob[]>();
  let batches = 0;
  let stopped = false;
  const send = (): void => {
    // Small batches near the end, so that no thread is left with much to do alone.
    const size = Math.max(1, Math.min(8, Math.floor(queue.remaining() / (4 * queue.threads))));
    const jobs: LintJob[] = [];
    for (let job = queue.take(); job !== undefined; job = jobs.length < size ? queue.take() : undefined) jobs.push(job);
    if (jobs.length === 0) return;
    const batch = batches++;
    inFlight.set(batch, jobs);
    worker.postMessage({ batch, jobs } satisfies WorkerBatch);
  };
  const stop = (): void => {
    if (stopped) return;
    stopped = true;
    for (const jobs of inFlight.values()) queue.giveBack(jobs);
    inFlight.clear();
    queue.notify();
    queue.settled();
  };
  worker.on('message', (reply: WorkerReply) => {
    if (reply.batch === 'ready') {
      // Work is handed out only once the worker can start on it: a run that the main thread
      // finishes first never waits for a worker still starting.
      send();
      send();
      queue.settled();
      return;
    }
    inFlight.delete(reply.batch);
    for (const { index, outcome } of reply.outcomes) queue.record(index, outcome);
    if (!stopped) send();
    queue.notify();
  });
  worker.on('error', stop);
  worker.on('exit', stop);
  return worker;
}
