// Dates of a school year and the yearid PowerSchool gives it (PowerSchool's data dictionary: yearid = term id / 100, year 0
// is 1990, so 2025-26 is 35).

const dayMs = 86_400_000;

/**
 * The first calendar year of the school year `date` (YYYY-MM-DD) falls in: August to December
 * belong to the year that starts then, January to July to the one that started the year before.
 *
 * @example
 * ```ts
 * schoolYearOf('2026-03-02'); // 2025
 * ```
 */
export function schoolYearOf(date: string): number {
  const year = Number(date.slice(0, 4));
  return Number(date.slice(5, 7)) >= 8 ? year : year - 1;
}

/**
 * The yearid of the school year `date` falls in, as a string ("35" for 2025-26).
 *
 * @example
 * ```ts
 * yearIdOf('2025-09-02'); // '35'
 * ```
 */
export function yearIdOf(date: string): string {
  return String(Math.max(0, schoolYearOf(date) - 1990));
}

/**
 * The `offset`-th weekday (0-based) of the school year starting in `startYear` (from August 15),
 * as YYYY-MM-DD.
 *
 * @example
 * ```ts
 * schoolDay(2025, 0); // '2025-08-15' (a Friday)
 * ```
 */
export function schoolDay(startYear: number, offset: number): string {
  let time = Date.UTC(startYear, 7, 15);
  // Skip to the first weekday, then count weekdays only.
  while (isWeekend(time)) time += dayMs;
  let left = offset;
  while (left > 0) {
    time += dayMs;
    if (!isWeekend(time)) left--;
  }
  return new Date(time).toISOString().slice(0, 10);
}

/**
 * The calendar day after `date` (YYYY-MM-DD).
 *
 * @example
 * ```ts
 * nextDay('2024-02-28'); // '2024-02-29'
 * ```
 */
export function nextDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + dayMs).toISOString().slice(0, 10);
}

function isWeekend(time: number): boolean {
  const day = new Date(time).getUTCDay();
  return day === 0 || day === 6;
}
