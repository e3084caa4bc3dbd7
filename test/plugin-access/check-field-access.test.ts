import { describe, expect, it } from 'vitest';
import { checkFieldAccess } from '../../src/plugin-access/check-field-access.js';
import { fullAccessTo } from '../../src/plugin-access/field-grants.js';
import { parsePluginXml } from '../../src/plugin-access/parse-plugin-xml.js';
import { ruleCatalogue } from '../../src/rules/catalogue.js';

const daily = { studentid: '4242', att_date: '2025-09-02', schoolid: '100', yearid: '35', att_mode_code: 'ATT_ModeDaily', attendance_codeid: '12' };
const dailyFields = Object.keys(daily);
const payload = (...attendance: Record<string, unknown>[]) => ({ record: attendance.map((a) => ({ tables: { attendance: a } })) });
const found = (diagnostics: ReturnType<typeof checkFieldAccess>) => diagnostics.map((d) => [d.code, d.severity, d.path, d.recordIndex]);

describe('checkFieldAccess', () => {
  it('reports nothing when every written field has FullAccess', () => {
    expect(checkFieldAccess(payload(daily, daily), fullAccessTo(dailyFields))).toEqual([]);
  });

  it('reports each written field without FullAccess, in every record, at the written member', () => {
    const grants = fullAccessTo(dailyFields.filter((f) => f !== 'attendance_codeid'));
    expect(found(checkFieldAccess(payload(daily, { ...daily, att_comment: 'Late bus' }), grants))).toEqual([
      ['field-access', 'error', '/record/0/tables/attendance/attendance_codeid', 0],
      ['field-access', 'error', '/record/1/tables/attendance/attendance_codeid', 1],
      ['field-access', 'error', '/record/1/tables/attendance/att_comment', 1],
    ]);
  });

  it('treats ViewOnly as no write access and FullAccess for the same field as winning', () => {
    const xml = (extra: string) =>
      `<plugin><access_request>${dailyFields.map((f) => `<field table="ATTENDANCE" field="${f.toUpperCase()}" access="FullAccess"/>`).join('')}${extra}</access_request></plugin>`;
    const withComment = payload({ ...daily, att_comment: 'x' });
    expect(found(checkFieldAccess(withComment, parsePluginXml(xml('<field table="ATTENDANCE" field="ATT_COMMENT" access="ViewOnly"/>'))))).toEqual([
      ['field-access', 'error', '/record/0/tables/attendance/att_comment', 0],
    ]);
    const both = '<field table="attendance" field="att_comment" access="ViewOnly"/><field table="ATTENDANCE" field="ATT_COMMENT" access="FullAccess"/>';
    expect(checkFieldAccess(withComment, parsePluginXml(xml(both)))).toEqual([]);
  });

  it('ignores grants on other tables', () => {
    const grants = [...fullAccessTo(dailyFields), ...fullAccessTo(['att_comment'], 'STUDENTS')];
    expect(found(checkFieldAccess(payload({ ...daily, att_comment: 'x' }), grants))).toEqual([['field-access', 'error', '/record/0/tables/attendance/att_comment', 0]]);
  });

  it('leaves dcid (it names the row) and members outside the model (unknown-field reports them) alone', () => {
    expect(checkFieldAccess(payload({ ...daily, dcid: '77', student_id: '1' }), fullAccessTo(dailyFields))).toEqual([]);
  });

  it('never throws on payloads that are not shaped like a request', () => {
    for (const value of [null, 42, 'x', [], { record: 'x' }, { record: [null, 1, { tables: null }, { tables: { attendance: [] } }] }]) {
      expect(checkFieldAccess(value, [])).toEqual([]);
    }
  });

  it("produces the catalogue's field-access example at its documented path when ATT_COMMENT is not granted", () => {
    const { invalid, valid } = ruleCatalogue['field-access'];
    const grants = fullAccessTo([...dailyFields, 'programid']);
    expect(found(checkFieldAccess(invalid.payload, grants))).toEqual([['field-access', 'error', invalid.path, 0]]);
    expect(checkFieldAccess(valid.payload, grants)).toEqual([]);
  });
});
