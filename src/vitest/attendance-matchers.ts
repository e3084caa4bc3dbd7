import { toMatchAttendanceContract } from './to-match-attendance-contract.js';

/**
 * The matchers of this package, for `expect.extend`: the same object works with vitest's and jest's
 * `expect`.
 *
 * @example
 * ```ts
 * // vitest.setup.ts (listed in vitest.config.ts `test.setupFiles`)
 * import { expect } from 'vitest';
 * import { attendanceMatchers } from 'ps-attendance-contract/vitest';
 *
 * expect.extend(attendanceMatchers);
 * ```
 */
export const attendanceMatchers = { toMatchAttendanceContract } as const;
