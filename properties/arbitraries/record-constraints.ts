import type { AttendanceConstraints } from './attendance-constraints.js';

/**
 * Constraints of the record and payload arbitraries: the {@link AttendanceConstraints} plus the
 * modes to draw and whether `name: "ATTENDANCE"` appears.
 *
 * @example
 * ```ts
 * const constraints: RecordConstraints<'ATT_ModeTime'> = { modes: ['ATT_ModeTime'], withTableName: true };
 * fc.sample(dailyTimeRecord(constraints), 1); // [{ name: 'ATTENDANCE', tables: { attendance: { att_mode_code: 'ATT_ModeTime', … } } }]
 * ```
 */
export interface RecordConstraints<M extends string> extends AttendanceConstraints {
  /** The modes to draw from (default: every mode the endpoint accepts). */
  readonly modes?: readonly M[];
  /**
   * Whether `name: "ATTENDANCE"` is present: true always, false never, undefined (the default)
   * sometimes. Applies to the payload and to each record.
   */
  readonly withTableName?: boolean;
}
