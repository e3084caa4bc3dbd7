import { AttendanceContractError } from './contract-error.js';
import type { EndpointId } from './endpoints.js';
import type { RequestFor } from './request-types.js';
import { validate } from './validate.js';

/**
 * Throws an {@link AttendanceContractError} listing every error when `payload` breaks the endpoint's
 * contract; otherwise narrows `payload` to the endpoint's request type. Warnings never throw.
 *
 * @example
 * ```ts
 * import { assertValid } from 'ps-attendance-contract';
 *
 * const body: unknown = JSON.parse(text);
 * assertValid(body, 'meeting_interval');
 * body.record[0].tables.attendance.att_mode_code; // typed: 'ATT_ModeMeeting' | 'ATT_ModeInterval'
 * ```
 */
export function assertValid<E extends EndpointId>(payload: unknown, endpoint: E): asserts payload is RequestFor<E> {
  const result = validate(payload, endpoint);
  if (!result.valid) throw new AttendanceContractError(endpoint, result.diagnostics);
}
