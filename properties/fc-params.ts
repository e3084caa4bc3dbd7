// Run settings of the property suite. CI runs a fixed budget (each property's default number of
// runs) with a fresh seed each time; a failure prints the seed and shrink path (fast-check's report),
// and the environment reproduces or deepens a run:
//   FC_SEED=<seed> [FC_PATH=<path>] npx vitest run properties/   replays the printed failure
//   FC_NUM_RUNS=<n> npx vitest run properties/                   runs every property n times
import type { Parameters } from 'fast-check';

function integerFromEnv(name: string): number | undefined {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isSafeInteger(value)) throw new Error(`${name}=${JSON.stringify(raw)} is not an integer: set it to the seed printed by a failing run (e.g. ${name}=-1234567), or unset it.`);
  return value;
}

/**
 * fast-check parameters for one property: `defaultRuns` runs unless FC_NUM_RUNS says otherwise, the
 * seed and path of FC_SEED/FC_PATH when set.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(validPayload(), check), fcParams(100));
 * ```
 */
export function fcParams<T = unknown>(defaultRuns: number): Parameters<T> {
  const seed = integerFromEnv('FC_SEED');
  const numRuns = integerFromEnv('FC_NUM_RUNS');
  const path = process.env['FC_PATH'];
  return {
    numRuns: numRuns ?? defaultRuns,
    ...(seed === undefined ? {} : { seed }),
    ...(seed !== undefined && path ? { path } : {}),
  };
}

/**
 * A seed for helpers that need one outside fc.assert (sampling, shrink walks): FC_SEED when set,
 * else a fresh one. Tests print it in their failure messages.
 *
 * @example
 * ```ts
 * const seed = suiteSeed();
 * ```
 */
export function suiteSeed(): number {
  return integerFromEnv('FC_SEED') ?? (Math.random() * 2 ** 31) | 0;
}

/**
 * How many values a shrink walk visits: ten per run of the budget (400 by default, fewer under a
 * smaller FC_NUM_RUNS).
 *
 * @example
 * ```ts
 * shrinkWalk(arbitrary, seed, 'deep', walkLimit());
 * ```
 */
export function walkLimit(): number {
  return (integerFromEnv('FC_NUM_RUNS') ?? 40) * 10;
}
