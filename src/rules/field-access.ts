import type { RuleDefinition } from './rule-definition.js';
import { dailyAttendance, payloadOf } from './examples.js';

/**
 * `field-access`: the payload writes an ATTENDANCE field the plugin has no FullAccess to. Not reported
 * by `validate()` (it needs the plugin's grants): `checkFieldAccess(payload, grants)` reports it, for
 * `ps-attendance lint --plugin-xml` and the mock's 403. The invalid example fails with grants that
 * leave out ATT_COMMENT.
 */
export const fieldAccess: RuleDefinition<'field-access'> = {
  code: 'field-access',
  severity: 'error',
  summary: "Every field a payload writes has FullAccess in the plugin's plugin.xml <access_request>.",
  rationale:
    'PowerSchool\'s plugin documentation: write access is granted per field in plugin.xml (<field table="ATTENDANCE" field="ATT_COMMENT" access="FullAccess"/>; ViewOnly grants read only), and a write to a field without FullAccess is a security error (HTTP 403).',
  invalid: { endpoint: 'daily_time', payload: payloadOf(dailyAttendance({ att_comment: 'Late bus' })), path: '/record/0/tables/attendance/att_comment' },
  valid: { endpoint: 'daily_time', payload: payloadOf(dailyAttendance()) },
};
