import type { Diagnostic } from '../diagnostic.js';
import { findDuplicateMembers, type DuplicateMember } from './find-duplicate-members.js';

/**
 * The `duplicate-member` diagnostics of a payload's JSON text: one error for each later occurrence
 * of a member name in one object, at that occurrence's pointer. `validate()` works on parsed data,
 * where the duplicate is already gone, so whoever holds the text adds these to its diagnostics.
 *
 * @param text - The payload's JSON text (BOM removed).
 * @param found - The text's duplicates when already known (from {@link findDuplicateMembers}).
 * @example
 * ```ts
 * duplicateMemberDiagnostics('{"record":[{"tables":{"attendance":{"studentid":"1","studentid":"2"}}}]}');
 * // [{ code: 'duplicate-member', severity: 'error', path: '/record/0/tables/attendance/studentid', recordIndex: 0, … }]
 * ```
 */
export function duplicateMemberDiagnostics(text: string, found: readonly DuplicateMember[] = findDuplicateMembers(text)): Diagnostic[] {
  return found.map((duplicate): Diagnostic => {
    const record = /^\/record\/(0|[1-9][0-9]*)(?:\/|$)/.exec(duplicate.pointer)?.[1];
    return {
      code: 'duplicate-member',
      severity: 'error',
      path: duplicate.pointer,
      message: `"${duplicate.name}" appears more than once in this object: which value is kept depends on the server's JSON parser (most keep the last). Remove all but one.`,
      ...(record === undefined ? {} : { recordIndex: Number(record) }),
    };
  });
}
