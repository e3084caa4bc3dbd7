import type { Diagnostic } from '../diagnostic.js';

/**
 * The attendance members the quiet checks read, each a bit of a record's flag mask
 * ({@link fieldFlagMasks}).
 */
export const flagBits = { studentid: 1, att_date: 2, start_time: 4, end_time: 8, ccid: 16, periodid: 32, att_interval: 64, att_comment: 128 } as const;

/**
 * For each of `count` records, a mask of the {@link flagBits} members a schema diagnostic points at
 * exactly (`/record/<i>/tables/attendance/<member>`), as `CheckContext.isFlagged` sees them: the quiet
 * checks test a bit where the rules ask isFlagged, with no key made per read.
 *
 * @example
 * ```ts
 * fieldFlagMasks([{ code: 'date-format', severity: 'error', path: '/record/1/tables/attendance/att_date', message: '…', recordIndex: 1 }], 2);
 * // Uint8Array [0, 2]
 * ```
 */
export function fieldFlagMasks(diagnostics: readonly Diagnostic[], count: number): Uint8Array {
  const masks = new Uint8Array(count);
  for (const d of diagnostics) {
    const member = flaggedMember(d);
    const index = d.recordIndex as number;
    if (member !== undefined && index < count && Object.hasOwn(flagBits, member)) masks[index] = (masks[index] as number) | flagBits[member as keyof typeof flagBits];
  }
  return masks;
}

/**
 * The member of record `recordIndex`'s attendance table that `diagnostic` points at exactly
 * (`/record/<i>/tables/attendance/<member>`), or undefined: what a rule's `isFlagged` and the quiet
 * checks' masks both leave alone.
 *
 * @example
 * ```ts
 * flaggedMember({ code: 'id-format', severity: 'error', path: '/record/2/tables/attendance/ccid', message: '…', recordIndex: 2 }); // 'ccid'
 * ```
 */
export function flaggedMember(diagnostic: Diagnostic): string | undefined {
  const index = diagnostic.recordIndex;
  if (index === undefined || index < 0) return undefined;
  const prefix = `/record/${index}/tables/attendance/`;
  return diagnostic.path.startsWith(prefix) ? diagnostic.path.slice(prefix.length) : undefined;
}
