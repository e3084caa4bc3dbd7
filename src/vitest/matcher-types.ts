// Makes the augmentation below apply (a type-only import: nothing from vitest is loaded at run time).
import type {} from 'vitest';
import type { EndpointId } from '../endpoints.js';
import type { AttendanceContractOptions } from './to-match-attendance-contract.js';

/**
 * The matchers as they appear on `expect(value)` and on `expect` (asymmetric), returning `R`.
 *
 * @example
 * ```ts
 * // jest: declare module 'expect' { interface Matchers<R> extends AttendanceMatchers<R> {} }
 * ```
 */
export interface AttendanceMatchers<R = unknown> {
  /**
   * Passes when validate(received, endpoint) reports no error (and at most `maxWarnings` warnings);
   * the failure message lists each diagnostic with its code and JSON Pointer path.
   */
  toMatchAttendanceContract(endpoint: EndpointId, options?: AttendanceContractOptions): R;
}

// Importing 'ps-attendance-contract/vitest' types the matchers on vitest's expect (vitest 3 to 5).
declare module 'vitest' {
  interface Assertion<T = any> extends AttendanceMatchers<void> {}
  interface AsymmetricMatchersContaining extends AttendanceMatchers<any> {}
}
