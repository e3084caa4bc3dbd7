import type { ExchangeView } from './exchange-view.js';

/**
 * Where the project's knowledge of a behaviour comes from: `captured` from a live server (a public
 * capture), `inferred` from public sources, or `modelled` by this project where nothing is known.
 *
 * @example
 * ```ts
 * const source: BehaviourSource = 'modelled';
 * ```
 */
export type BehaviourSource = 'captured' | 'inferred' | 'modelled';

/**
 * What one exchange says about a behaviour: it confirms it, contradicts it (and what it showed
 * instead), or `undefined` when it does not show it.
 *
 * @example
 * ```ts
 * const seen: Observation = { verdict: 'contradicts', detail: 'expires_in is the number 3600' };
 * ```
 */
export type Observation = { readonly verdict: 'confirms' } | { readonly verdict: 'contradicts'; readonly detail: string } | undefined;

/**
 * One behaviour of the contract that the mock and the checks assume, with a detector that looks for
 * it in one recorded exchange.
 *
 * @example
 * ```ts
 * const behaviour: ModelledBehaviour = {
 *   id: 'expires-in-string', source: 'captured', statement: 'The token reply has expires_in as a string.',
 *   detect: (view) => undefined,
 * };
 * ```
 */
export interface ModelledBehaviour {
  /** A stable id (kebab-case), used in the JSON report. */
  readonly id: string;
  readonly source: BehaviourSource;
  /** The behaviour in one sentence (Markdown). */
  readonly statement: string;
  /**
   * What one exchange shows. `memory` is this behaviour's own, kept across the exchanges of one
   * report in recording order (for behaviours that span exchanges, such as upserts).
   */
  detect(view: ExchangeView, memory: Map<string, unknown>): Observation;
}

/**
 * A confirming observation.
 *
 * @example
 * ```ts
 * return ok ? confirms : contradicts('…');
 * ```
 */
export const confirms: Observation = { verdict: 'confirms' };

/**
 * A contradicting observation with what the exchange showed.
 *
 * @example
 * ```ts
 * contradicts('expires_in is the number 3600');
 * ```
 */
export function contradicts(detail: string): Observation {
  return { verdict: 'contradicts', detail };
}

/**
 * The response status of a view when the server answered (not the proxy), else undefined.
 *
 * @example
 * ```ts
 * serverStatus(view); // 200
 * ```
 */
export function serverStatus(view: ExchangeView): number | undefined {
  return view.exchange.answeredBy === undefined ? view.exchange.response?.status : undefined;
}

/**
 * The parsed JSON response body, when there is one.
 *
 * @example
 * ```ts
 * responseJson(view); // { results: … }
 * ```
 */
export function responseJson(view: ExchangeView): unknown {
  return view.response.kind === 'json' ? view.response.value : undefined;
}

/**
 * Whether the exchange is an attendance write the server answered.
 *
 * @example
 * ```ts
 * if (isAttendance(view)) detectSomething(view);
 * ```
 */
export function isAttendance(view: ExchangeView): boolean {
  return view.target !== undefined && view.target !== 'access_token' && serverStatus(view) !== undefined;
}

/**
 * A short JSON rendering of a value for a report (at most `max` characters).
 *
 * @example
 * ```ts
 * shortJson({ a: 1 }); // '{"a":1}'
 * ```
 */
export function shortJson(value: unknown, max = 80): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
