import type { RuleDefinition } from './rule-definition.js';
import { dailyAttendance, payloadOf } from './examples.js';

const valid = JSON.stringify(payloadOf(dailyAttendance()), null, 2);
// The same payload with studentid written twice: JSON.parse keeps the second, another parser the first.
const invalid = valid.replace('"studentid": "4242",', '"studentid": "4242",\n          "studentid": "4343",');

/**
 * `duplicate-member`: a member name appears twice in one object of the payload's text. Not reported
 * by `validate()`, whose input is already parsed (the duplicate is gone): `duplicateMemberDiagnostics(text)`
 * reports it, for `ps-attendance lint`, `split`, and the mock's and server's request bodies.
 */
export const duplicateMember: RuleDefinition<'duplicate-member'> = {
  code: 'duplicate-member',
  severity: 'error',
  summary: 'No member name appears twice in one JSON object of the payload text (`{"studentid": "1", "studentid": "2"}`).',
  rationale:
    'RFC 8259 says member names SHOULD be unique and that parsers differ on duplicates: most keep the last, some the first, some refuse. Which student or date PowerSchool writes would depend on its parser, and every tool that parses first (JSON.parse, validate()) silently sees only one of the values.',
  invalid: { endpoint: 'daily_time', payload: JSON.parse(invalid) as unknown, text: invalid, path: '/record/0/tables/attendance/studentid' },
  valid: { endpoint: 'daily_time', payload: JSON.parse(valid) as unknown, text: valid },
};
