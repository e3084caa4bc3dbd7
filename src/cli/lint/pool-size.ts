import { availableParallelism, loadavg } from 'node:os';
import { CliError } from '../cli-error.js';

/**
 * From this many files on, a lint run may share them with worker threads: below it, a worker's
 * start-up and warm-up (its own module loading and JIT compilation, about 100 ms of CPU time) cost
 * more than it saves.
 *
 * @example
 * ```ts
 * poolSize(files, process.env); // 0 for fewer than minPoolFiles files
 * ```
 */
export const minPoolFiles = 200;

/**
 * The fewest CPUs on which a lint run starts worker threads unasked.
 *
 * @example
 * ```ts
 * poolSize(manyFiles, {}, { available: minPoolCpus - 1, load: 0 }); // 0
 * ```
 */
export const minPoolCpus = 4;

/**
 * How many worker threads lint `files` besides the main thread. None for standard input, fewer
 * than {@link minPoolFiles} files or fewer than {@link minPoolCpus} CPUs; else one per idle CPU (the CPUs available less the 1-minute load
 * average, as `make -l` does), at most one fewer than the CPUs and at most 3: on a machine whose CPUs
 * are all busy, a worker only adds its warm-up to the run. `PS_ATTENDANCE_LINT_WORKERS=<n>` sets the
 * number for any run of two files or more (0: none); the main thread then waits for them to start,
 * so that each gets files to lint.
 *
 * @param cpus - The CPUs and load (default: this machine's), for tests.
 * @example
 * ```ts
 * poolSize(['/repo/a.json'], {}); // 0
 * poolSize(manyFiles, {}, { available: 4, load: 0.5 }); // 3 (4 CPUs, 3.5 idle)
 * ```
 */
export function poolSize(files: readonly string[], env: Readonly<Record<string, string | undefined>>, cpus = { available: availableParallelism(), load: loadavg()[0] ?? 0 }): number {
  const asked = env['PS_ATTENDANCE_LINT_WORKERS'];
  if (files.length < 2 || files.includes('-')) return 0;
  if (asked !== undefined && asked !== '') {
    if (!/^\d{1,2}$/.test(asked)) throw new CliError(`PS_ATTENDANCE_LINT_WORKERS is "${asked}": use a number of worker threads from 0 to 99 (0: lint on the main thread only).`);
    return Number(asked);
  }
  // On 2 CPUs a worker was measured to make a 1,000-file run slower even with both idle: V8's own
  // compiler and collector threads already use much of the second CPU, and a worker pays its own
  // start-up and JIT warm-up. So the pool is for machines with CPUs to spare.
  if (files.length < minPoolFiles || cpus.available < minPoolCpus) return 0;
  const idle = Math.round(cpus.available - cpus.load);
  return Math.max(0, Math.min(cpus.available - 1, 3, idle));
}
