import { expect } from 'vitest';
import type { EndpointId } from '../../src/endpoints.js';
import { validate } from '../../src/validate.js';

/**
 * The message of the one diagnostic with `code` validate() reports for `payload` (there must be
 * exactly one), checked to be built from the right pieces: nothing missing shows as "undefined" or "NaN".
 *
 * @example
 * ```ts
 * messageOf({ record: [] }, 'daily_time', 'record-count');
 * ```
 */
export function messageOf(payload: unknown, endpoint: EndpointId, code: string): string {
  const found = validate(payload, endpoint).diagnostics.filter((d) => d.code === code);
  expect(found.map((d) => d.code)).toEqual([code]);
  expect(found[0]!.message).not.toMatch(/\bundefined\b|\bNaN\b/);
  return found[0]!.message;
}
