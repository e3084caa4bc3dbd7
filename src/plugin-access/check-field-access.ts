import type { Diagnostic } from '../diagnostic.js';
import { attendanceModes, modeFields } from '../endpoints.js';
import { attendancePath } from '../rules/check-context.js';
import { attendanceTables } from './attendance-tables.js';
import { hasFullAccess, type FieldGrants } from './field-grants.js';

/**
 * The ATTENDANCE columns a payload can write. `dcid` is left out: it names the row to update, it does
 * not write a column (inferred; no public source says which grant an update by dcid needs). Members
 * outside the model are the `unknown-field` rule's business, so they are not reported twice.
 */
const writableFields: ReadonlySet<string> = new Set(attendanceModes.flatMap((mode) => modeFields(mode)).filter((field) => field !== 'dcid'));

/**
 * Checks that the plugin may write every field the payload writes: one `field-access` error for each
 * member of a record's `tables.attendance` whose ATTENDANCE column has no FullAccess grant (ViewOnly
 * and unlisted fields are both refused by PowerSchool with a 403). The path is the written member.
 * The same check answers the mock's 403 and `ps-attendance lint --plugin-xml`.
 *
 * Never throws: a payload that is not shaped like a request yields no diagnostic here (validate
 * reports its shape).
 *
 * @param payload - The request body, as parsed JSON.
 * @param grants - The plugin's grants, e.g. from {@link parsePluginXml} or {@link fullAccessTo}.
 * @returns The `field-access` diagnostics, record by record in member order.
 *
 * @example
 * ```ts
 * const grants = parsePluginXml(readFileSync('plugin.xml', 'utf8'));
 * checkFieldAccess({ record: [{ tables: { attendance: { studentid: '4242', att_comment: 'late bus' } } }] }, grants);
 * // [{ code: 'field-access', severity: 'error', path: '/record/0/tables/attendance/att_comment', recordIndex: 0, … }]
 * // when plugin.xml grants FullAccess to STUDENTID only
 * ```
 */
export function checkFieldAccess(payload: unknown, grants: FieldGrants): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  attendanceTables(payload).forEach((attendance, recordIndex) => {
    if (attendance === undefined) return;
    for (const field of Object.keys(attendance)) {
      if (!writableFields.has(field) || hasFullAccess(grants, 'ATTENDANCE', field)) continue;
      const column = `ATTENDANCE.${field.toUpperCase()}`;
      const granted = grants.find((g) => `${g.table}.${g.field}`.toUpperCase() === column);
      diagnostics.push({
        code: 'field-access',
        severity: 'error',
        path: attendancePath(recordIndex, field),
        message: `The plugin may not write ${field}: ${column} is ${granted ? `only ${granted.access}` : 'not in its <access_request>'}. Add <field table="ATTENDANCE" field="${field.toUpperCase()}" access="FullAccess"/> to plugin.xml (and reinstall the plugin), or stop sending ${field}.`,
        recordIndex,
      });
    }
  });
  return diagnostics;
}
