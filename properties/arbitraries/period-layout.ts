import * as fc from 'fast-check';

/** A period before it is placed in the day: its length and the passing time before the next one. */
export interface PeriodDraft {
  /** Length in units of 5 minutes. */
  readonly length: number;
  /** Passing time after the period, in units of 5 minutes. */
  readonly passing: number;
}

const step = 300;
const day = 86_400;

/**
 * The first bell, in seconds since midnight: 07:00 to 09:00 on a 5-minute grid.
 *
 * @example
 * ```ts
 * fc.sample(firstBell, 1); // e.g. [29400]
 * ```
 */
export const firstBell: fc.Arbitrary<number> = fc.integer({ min: 0, max: 24 }).map((n) => 25_200 + n * step);

/**
 * A period of 30 to 90 minutes followed by 0 to 15 minutes of passing time.
 *
 * @example
 * ```ts
 * fc.sample(periodDraft, 1); // e.g. [{ length: 10, passing: 1 }]
 * ```
 */
export const periodDraft: fc.Arbitrary<PeriodDraft> = fc.record({ length: fc.integer({ min: 6, max: 18 }), passing: fc.integer({ min: 0, max: 3 }) });

/**
 * Places the periods one after another from `start`; when they do not fit in the day, spreads them
 * evenly over it instead (touching, never overlapping).
 *
 * @example
 * ```ts
 * layoutPeriods(29400, [{ length: 10, passing: 1 }]); // [{ start_time: 29400, end_time: 32400 }]
 * ```
 */
export function layoutPeriods(start: number, drafts: readonly PeriodDraft[]): { start_time: number; end_time: number }[] {
  const out: { start_time: number; end_time: number }[] = [];
  let at = start;
  for (const draft of drafts) {
    const end = at + draft.length * step;
    if (end > day) return spread(drafts.length);
    out.push({ start_time: at, end_time: end });
    at = end + draft.passing * step;
  }
  return out;
}

function spread(count: number): { start_time: number; end_time: number }[] {
  const slot = Math.floor(day / count);
  return Array.from({ length: count }, (_, i) => ({ start_time: i * slot, end_time: (i + 1) * slot }));
}
