import { describeValue } from '../describe-value.js';
import { memberOf, type SemanticRule } from './check-context.js';
import { dailyAttendance, payloadOf } from './examples.js';

/** `table-name`: a `name` member that is not "ATTENDANCE" (the server accepts it). */
export const tableName: SemanticRule<'table-name'> = {
  definition: {
    code: 'table-name',
    severity: 'warning',
    summary: 'When `name` is present (on the payload or a record) it is "ATTENDANCE".',
    rationale:
      'The reference: "Tablename. Should be set to \\"ATTENDANCE\\"." Public client code sends other names ("Daily Attendance Automation") and its writes succeed, so this is a warning, not an error.',
    invalid: { endpoint: 'daily_time', payload: { name: 'Daily Attendance Automation', ...payloadOf(dailyAttendance()) }, path: '/name' },
    valid: { endpoint: 'daily_time', payload: { name: 'ATTENDANCE', ...payloadOf(dailyAttendance()) } },
  },
  check(context) {
    const warn = (value: unknown, path: string, recordIndex?: number): void => {
      if (typeof value !== 'string' || value === 'ATTENDANCE') return;
      const fix = value.toUpperCase() === 'ATTENDANCE' ? { fix: { kind: 'set', path, value: 'ATTENDANCE' } as const } : {};
      context.report({
        code: 'table-name',
        severity: 'warning',
        path,
        message: `name should be "ATTENDANCE" (the table written), not ${describeValue(value)}; the server ignores it, so this is only a warning.`,
        ...(recordIndex === undefined ? {} : { recordIndex }),
        ...fix,
      });
    };
    warn(memberOf(context, context.payload, 'name'), '/name');
    const records = memberOf(context, context.payload, 'record');
    if (!Array.isArray(records)) return;
    for (let index = 0; index < records.length; index++) {
      const record: unknown = records[index];
      if (record !== null && typeof record === 'object' && !Array.isArray(record)) warn(memberOf(context, record as Record<string, unknown>, 'name'), `/record/${index}/name`, index);
    }
  },
};
