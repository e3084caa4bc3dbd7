/**
 * Seconds since midnight as a clock time with the raw number, for messages.
 *
 * @example
 * ```ts
 * describeSeconds(29400); // '08:10 (29400)'
 * ```
 */
export function describeSeconds(seconds: number): string {
  return `${clock(seconds)} (${seconds})`;
}

/**
 * A span of seconds since midnight as clock times with the raw numbers, for messages.
 *
 * @example
 * ```ts
 * describeSpan(29400, 32400); // '08:10–09:00 (29400–32400)'
 * ```
 */
export function describeSpan(start: number, end: number): string {
  return `${clock(start)}–${clock(end)} (${start}–${end})`;
}

function clock(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}${s ? `:${String(s).padStart(2, '0')}` : ''}`;
}
