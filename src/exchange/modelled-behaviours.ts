import { authBehaviours } from './auth-behaviours.js';
import type { ModelledBehaviour } from './behaviour.js';
import { resultBehaviours } from './result-behaviours.js';
import { upsertBehaviour } from './upsert-behaviour.js';

/**
 * Every behaviour of the contract that the mock, the schemas and the checks assume and only a real
 * server can confirm, in one list: the fidelity report (`ps-attendance verify --fidelity`) gives
 * each a verdict, and docs/checking-your-server.md lists exactly these (a test holds it).
 *
 * @example
 * ```ts
 * modelledBehaviours.find((b) => b.id === 'expires-in-string')?.source; // 'captured'
 * ```
 */
export const modelledBehaviours: readonly ModelledBehaviour[] = [...resultBehaviours, upsertBehaviour, ...authBehaviours];
