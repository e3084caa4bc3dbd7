import { describeValue } from '../describe-value.js';
import type { RuleDefinition } from './rule-definition.js';
import { dailyAttendance, payloadOf } from './examples.js';

/** `payload-shape`: the payload, `record`, a record, `tables` or `tables.attendance` has the wrong shape. */
export const payloadShape: RuleDefinition<'payload-shape'> = {
  code: 'payload-shape',
  severity: 'error',
  summary: 'The payload must be an object whose `record` array holds objects of the form `{ "tables": { "attendance": { … } } }`.',
  rationale:
    'Every model in the reference nests the attendance columns as record[i].tables.attendance. A record without that nesting writes nothing, and the server answers 400 without saying which record.',
  invalid: { endpoint: 'batch_daily_time', payload: { record: [{ attendance: dailyAttendance() }] }, path: '/record/0/tables' },
  valid: { endpoint: 'batch_daily_time', payload: payloadOf(dailyAttendance()) },
};

const what: Record<string, string> = {
  payload: 'The payload',
  record: '`record`',
  item: 'Each record',
  tables: '`tables`',
  attendance: '`tables.attendance`',
};

/** The message for a member that must be an object (or, for `record`, an array) but is `value`. */
export function payloadShapeMessage(level: keyof typeof what, expected: 'object' | 'array', value: unknown): string {
  const shape = level === 'item' ? '`{ "tables": { "attendance": { … } } }`' : `an ${expected}`;
  return `${what[level]} must be ${shape}, but is ${describeValue(value)}.`;
}

/** The message for a missing `tables` or `tables.attendance`. */
export function payloadShapeMissingMessage(level: 'tables' | 'attendance'): string {
  return level === 'tables'
    ? 'This record has no `tables` member: nest the columns as `{ "tables": { "attendance": { … } } }`.'
    : '`tables` has no `attendance` member: put the columns in `tables.attendance`.';
}
