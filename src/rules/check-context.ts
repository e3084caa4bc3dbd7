import type { Diagnostic } from '../diagnostic.js';
import type { AttendanceMode, EndpointId } from '../endpoints.js';
import { escapePointerToken } from '../pointer.js';
import type { RuleDefinition } from './rule-definition.js';
import type { RuleCode } from './rule-code.js';

/** A record whose attendance table is an object with a mode the endpoint accepts. */
export interface RecordView {
  readonly index: number;
  readonly attendance: Readonly<Record<string, unknown>>;
  readonly mode: AttendanceMode;
}

/** What a semantic rule sees: the payload, its usable records, and where to report. */
export interface CheckContext {
  readonly endpoint: EndpointId;
  readonly payload: Readonly<Record<string, unknown>>;
  /** The records whose attendance table is an object with a mode the endpoint accepts. */
  readonly views: readonly RecordView[];
  /**
   * The payload was proved plain data: every defined member of its model objects is an own one, so
   * {@link memberOf} may read members without testing them.
   */
  readonly plain: boolean;
  /** Whether a schema diagnostic already points at this member: rules leave such values alone. */
  isFlagged(index: number, field: string): boolean;
  report(diagnostic: Diagnostic): void;
}

/**
 * Whether a schema diagnostic points at member `field` of record `index`'s attendance table: the
 * rules leave such a value alone ({@link CheckContext.isFlagged}). (The quiet checks read the same
 * answer as bits of `fieldFlagMasks`; both come from `flaggedMember`.)
 *
 * @example
 * ```ts
 * const flagged: FieldFlags = (index, field) => index === 0 && field === 'att_date';
 * ```
 */
export type FieldFlags = (index: number, field: string) => boolean;

/** A rule JSON Schema cannot express: across records, or between members of one record. */
export interface SemanticRule<C extends RuleCode = RuleCode> {
  readonly definition: RuleDefinition<C>;
  /** The endpoints whose payloads the rule can fire on; every endpoint when absent. */
  readonly endpoints?: readonly EndpointId[];
  check(context: CheckContext): void;
}

/**
 * The JSON Pointer of a member of record `index`'s attendance table.
 *
 * @example
 * ```ts
 * attendancePath(3, 'total_minutes'); // '/record/3/tables/attendance/total_minutes'
 * ```
 */
export function attendancePath(index: number, field: string): string {
  // Joined into one flat string (a template literal leaves a small tree of strings): diagnostics
  // of a large payload hold tens of thousands of these.
  return ['/record/', String(index), '/tables/attendance/', escapePointerToken(field)].join('');
}

/** Ids compare as numbers: "0042" and "42" name the same row. */
export function normalizeId(value: string): string {
  // Hot path: most ids have no leading zero, so skip the regular expression for them.
  return value.length > 1 && value.charCodeAt(0) === 48 ? value.replace(/^0+(?=\d)/, '') : value;
}

/**
 * The value of member `name` of `object` when it is present (an own member with a defined value, as
 * JSON.stringify and the schema check see it), else undefined. Rules read members through it.
 *
 * @example
 * ```ts
 * memberOf(context, Object.create({ name: 'x' }), 'name'); // undefined: inherited
 * ```
 */
export function memberOf(context: CheckContext, object: Readonly<Record<string, unknown>>, name: string): unknown {
  return context.plain || Object.hasOwn(object, name) ? object[name] : undefined;
}

/** The value of `field` in `view` when it is a string the schema did not flag, else undefined. */
export function cleanString(context: CheckContext, view: RecordView, field: string): string | undefined {
  const value = memberOf(context, view.attendance, field);
  return typeof value === 'string' && !context.isFlagged(view.index, field) ? value : undefined;
}

/** The value of `field` in `view` when it is a number the schema did not flag, else undefined. */
export function cleanNumber(context: CheckContext, view: RecordView, field: string): number | undefined {
  const value = memberOf(context, view.attendance, field);
  return typeof value === 'number' && !context.isFlagged(view.index, field) ? value : undefined;
}
