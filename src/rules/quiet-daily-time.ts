import { anyRepeatedPair } from './any-repeated-pair.js';
import { scratchNumbers } from './scratch-numbers.js';
import { isWellFormedText } from './lone-surrogate.js';
import { flagBits } from './field-flag-masks.js';

type Plain = Readonly<Record<string, unknown>>;

/**
 * The semantic rules that can fire on a valid Daily/Time payload. {@link isQuietDailyTime} answers
 * for exactly these; a test fails when the catalogue's Daily/Time rules change without it.
 */
export const dailyTimeRuleCodes = ['table-name', 'mode-unused-field', 'duplicate-record', 'lone-surrogate'] as const;

/**
 * Whether none of {@link dailyTimeRuleCodes} can report anything on `payload`, a daily_time or
 * batch_daily_time payload that was proved plain data and either passed the schema check or failed
 * it only on members of attendance tables other than att_mode_code (so that its shape is the
 * model's), those members given by `flagged` (see `fieldFlagMasks`): every `name` is absent or "ATTENDANCE", no
 * ATT_ModeDaily record carries total_minutes, no student has two records, and no att_comment holds a
 * lone surrogate, where a flagged studentid or att_comment is left out as the rules leave it out.
 * One loop of plain reads, so a valid batch skips the rule runner; `false` means "run it".
 *
 * @param flagged - Per record, the members a schema diagnostic points at; none when the schema check passed.
 * @example
 * ```ts
 * isQuietDailyTime({ record: [{ tables: { attendance: { studentid: '1', att_mode_code: 'ATT_ModeDaily' } } }] }); // true
 * isQuietDailyTime(payload, fieldFlagMasks(diagnostics, payload.record.length)); // with the schema's diagnostics of a bad att_date
 * ```
 */
export function isQuietDailyTime(payload: Plain, flagged?: Uint8Array): boolean {
  if (!quietName(payload['name'])) return false;
  const records = payload['record'] as readonly Plain[];
  // Each student id as a number: the schema passed it, so it is 1 to 10 decimal digits, exact as a
  // number, and equal to another as normalizeId compares them exactly when equal as numbers. A reused
  // typed array written by index: this loop runs on every valid payload, mostly before V8 has
  // optimised it, so it makes no object per record and no array per payload.
  const students = scratchNumbers(0, records.length);
  let keyed = 0;
  for (let i = 0; i < records.length; i++) {
    const record = records[i] as Plain;
    if (!quietName(record['name'])) return false;
    const attendance = (record['tables'] as Plain)['attendance'] as Plain;
    // mode-unused-field speaks of a member that is there, flagged or not.
    if (attendance['att_mode_code'] === 'ATT_ModeDaily' && attendance['total_minutes'] !== undefined) return false;
    // att_comment is the one free-text column: every other string has a pattern the schema checked.
    const comment = attendance['att_comment'];
    const mask = flagged === undefined ? 0 : (flagged[i] as number);
    if (comment !== undefined && (mask & flagBits.att_comment) === 0 && !isWellFormedText(comment as string)) return false;
    if ((mask & flagBits.studentid) === 0) students[keyed++] = Number(attendance['studentid'] as string);
  }
  // A pair of each id with itself repeats exactly when the id does.
  return !anyRepeatedPair(students, students, keyed);
}

function quietName(name: unknown): boolean {
  return name === undefined || name === 'ATTENDANCE';
}
