import { anyRepeated } from './any-repeated.js';
import { normalizeId } from './check-context.js';
import { isWellFormedText } from './lone-surrogate.js';

type Plain = Readonly<Record<string, unknown>>;

/**
 * The semantic rules that can fire on a valid Daily/Time payload. {@link isQuietDailyTime} answers
 * for exactly these; a test fails when the catalogue's Daily/Time rules change without it.
 */
export const dailyTimeRuleCodes = ['table-name', 'mode-unused-field', 'duplicate-record', 'lone-surrogate'] as const;

/**
 * Whether none of {@link dailyTimeRuleCodes} can report anything on `payload`, a daily_time or
 * batch_daily_time payload the schema check passed and that was proved plain data: every `name` is
 * absent or "ATTENDANCE", no ATT_ModeDaily record carries total_minutes, and no student has two
 * records, and no att_comment holds a lone surrogate. One loop of plain reads, so a valid batch skips the rule runner; `false` means "run it".
 *
 * @example
 * ```ts
 * isQuietDailyTime({ record: [{ tables: { attendance: { studentid: '1', att_mode_code: 'ATT_ModeDaily' } } }] }); // true
 * ```
 */
export function isQuietDailyTime(payload: Plain): boolean {
  if (!quietName(payload['name'])) return false;
  const records = payload['record'] as readonly Plain[];
  const students: string[] = [];
  for (let i = 0; i < records.length; i++) {
    const record = records[i] as Plain;
    if (!quietName(record['name'])) return false;
    const attendance = (record['tables'] as Plain)['attendance'] as Plain;
    if (attendance['att_mode_code'] === 'ATT_ModeDaily' && attendance['total_minutes'] !== undefined) return false;
    // att_comment is the one free-text column: every other string has a pattern the schema checked.
    const comment = attendance['att_comment'];
    if (comment !== undefined && !isWellFormedText(comment as string)) return false;
    students.push(normalizeId(attendance['studentid'] as string));
  }
  return !anyRepeated(students);
}

function quietName(name: unknown): boolean {
  return name === undefined || name === 'ATTENDANCE';
}
