/**
 * Seconds since midnight as a clock time with the raw number, for messages.
 *
 * @example
 * ```ts
 * describeSeconds(29400); // '08:10 (29400)'
 * ```
 */
export function describeSeconds(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const clock = `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}${s ? `:${String(s).padStart(2, '0')}` : ''}`;
  return `${clock} (${seconds})`;
}
