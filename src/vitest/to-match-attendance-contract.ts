import type { Diagnostic } from '../diagnostic.js';
import type { EndpointId } from '../endpoints.js';
import { validate } from '../validate.js';

/**
 * Options of {@link toMatchAttendanceContract}.
 *
 * @example
 * ```ts
 * expect(payload).toMatchAttendanceContract('daily_time', { maxWarnings: 0 });
 * ```
 */
export interface AttendanceContractOptions {
  /**
   * The most warnings a matching payload may have (default: any number). `0` makes the matcher fail
   * on warnings too, like `ps-attendance lint --max-warnings 0`.
   */
  readonly maxWarnings?: number;
}

/**
 * What a matcher receives as `this` from vitest's or jest's `expect.extend`: only `isNot` is read,
 * so any test runner with jest-compatible matchers works.
 *
 * @example
 * ```ts
 * toMatchAttendanceContract.call({ isNot: false }, payload, 'daily_time').pass;
 * ```
 */
export interface MatcherContextLike {
  readonly isNot?: boolean;
}

/**
 * What a matcher returns to `expect.extend` (the jest/vitest matcher result).
 *
 * @example
 * ```ts
 * const result: AttendanceMatcherResult = toMatchAttendanceContract.call(undefined, payload, 'daily_time');
 * if (!result.pass) console.log(result.message());
 * ```
 */
export interface AttendanceMatcherResult {
  readonly pass: boolean;
  readonly message: () => string;
  readonly actual?: unknown;
  readonly expected?: unknown;
}

const listed = (diagnostics: readonly Diagnostic[]): string =>
  diagnostics.map((d) => `  - ${d.severity} ${d.code} at ${d.path === '' ? '"" (the payload)' : d.path}: ${d.message}`).join('\n');

/**
 * The matcher behind `expect(payload).toMatchAttendanceContract(endpoint)`: passes when
 * validate(payload, endpoint) reports no error (and no more than `maxWarnings` warnings). The failure
 * message lists every diagnostic with its severity, code and JSON Pointer path. A plain function of
 * `(received, endpoint, options)` with `this` from `expect.extend`, so it works in vitest and jest.
 *
 * @param received - The payload under test.
 * @param endpoint - `daily_time`, `batch_daily_time` or `meeting_interval`.
 * @param options - See {@link AttendanceContractOptions}.
 * @returns The matcher result: `pass`, a lazy `message`, and the diagnostics as `actual`.
 *
 * @example
 * ```ts
 * import { expect } from 'vitest';
 * import { toMatchAttendanceContract } from 'ps-attendance-contract/vitest';
 *
 * expect.extend({ toMatchAttendanceContract });
 * expect(buildPayload(rows)).toMatchAttendanceContract('batch_daily_time');
 * ```
 */
export function toMatchAttendanceContract(this: MatcherContextLike | undefined, received: unknown, endpoint: EndpointId, options: AttendanceContractOptions = {}): AttendanceMatcherResult {
  const maxWarnings = options.maxWarnings ?? Number.POSITIVE_INFINITY;
  if (typeof maxWarnings !== 'number' || Number.isNaN(maxWarnings) || maxWarnings < 0) {
    throw new TypeError(`toMatchAttendanceContract: options.maxWarnings must be a number of 0 or more, but is ${JSON.stringify(maxWarnings)}.`);
  }
  const { diagnostics } = validate(received, endpoint);
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const warnings = diagnostics.length - errors.length;
  const pass = errors.length === 0 && warnings <= maxWarnings;
  const isNot = this?.isNot === true;
  const where = `the ${String(endpoint)} attendance contract`;
  const message = (): string => {
    if (isNot || pass) {
      const extra = diagnostics.length > 0 ? `, only:\n${listed(diagnostics)}` : ' (no diagnostic at all).';
      return `expected the payload not to match ${where}, but validate() reported no error${extra}`;
    }
    const tooMany = errors.length === 0 ? ` (${warnings} warnings, more than maxWarnings ${maxWarnings})` : '';
    return `expected the payload to match ${where}${tooMany}; validate() reported ${diagnostics.length} diagnostic(s):\n${listed(diagnostics)}`;
  };
  return { pass, message, actual: diagnostics.map((d) => ({ code: d.code, path: d.path })), expected: [] };
}
