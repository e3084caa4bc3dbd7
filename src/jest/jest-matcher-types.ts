// Makes the augmentation below apply (a type-only import: nothing from jest is loaded at run time).
import type {} from 'expect';
import type { EndpointId } from '../endpoints.js';
import type { AttendanceContractOptions } from '../vitest/to-match-attendance-contract.js';

/**
 * The matchers as jest types them on `expect(value)` and on `expect` (asymmetric), returning `R`.
 * Importing `ps-attendance-contract/jest` adds them to `@jest/globals`' `expect` and, with
 * `@types/jest`, to the global `expect`.
 *
 * @example
 * ```ts
 * import { expect } from '@jest/globals';
 * import { attendanceMatchers } from 'ps-attendance-contract/jest';
 *
 * expect.extend(attendanceMatchers);
 * expect(payload).toMatchAttendanceContract('daily_time');
 * ```
 */
export interface JestAttendanceMatchers<R = unknown> {
  /**
   * Passes when validate(received, endpoint) reports no error (and at most `maxWarnings` warnings);
   * the failure message lists each diagnostic with its code and JSON Pointer path.
   */
  toMatchAttendanceContract(endpoint: EndpointId, options?: AttendanceContractOptions): R;
}

// The `expect` package is what `@jest/globals` (jest 30) exports; `jest.Matchers` is @types/jest's.
declare module 'expect' {
  interface Matchers<R extends void | Promise<void>, T = unknown> extends JestAttendanceMatchers<R> {}
  interface AsymmetricMatchers extends JestAttendanceMatchers<any> {}
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace jest {
    interface Matchers<R, T = {}> extends JestAttendanceMatchers<R> {}
    interface Expect extends JestAttendanceMatchers<any> {}
  }
}
