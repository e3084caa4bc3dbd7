import { describe, expect, it } from 'vitest';
import { parsePluginXml } from '../../src/plugin-access/parse-plugin-xml.js';
import { PluginXmlError } from '../../src/plugin-access/plugin-xml-error.js';

const pluginXml = `<?xml version="1.0" encoding="UTF-8"?>
<!-- Attendance sync plugin -->
<plugin xmlns="http://plugin.powerschool.pearson.com"
        xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
        name="Attendance Sync" version="1.0" description="Posts attendance &amp; comments">
  <oauth></oauth>
  <publisher name="District IT"><contact email="it@example.org"/></publisher>
  <access_request>
    <field table="ATTENDANCE" field="STUDENTID" access="FullAccess"/>
    <field table='ATTENDANCE' access='ViewOnly' field='ATT_COMMENT' />
    <field table="ATTENDANCE" field="ATT_DATE" access="FullAccess"></field>
  </access_request>
</plugin>
`;

function errorOf(xml: string): PluginXmlError {
  try {
    parsePluginXml(xml);
  } catch (error) {
    if (error instanceof PluginXmlError) return error;
    throw error;
  }
  throw new Error('parsePluginXml did not throw');
}

describe('parsePluginXml', () => {
  it('reads every <field> of <access_request> in file order, whatever the quotes or attribute order', () => {
    expect(parsePluginXml(pluginXml)).toEqual([
      { table: 'ATTENDANCE', field: 'STUDENTID', access: 'FullAccess' },
      { table: 'ATTENDANCE', field: 'ATT_COMMENT', access: 'ViewOnly' },
      { table: 'ATTENDANCE', field: 'ATT_DATE', access: 'FullAccess' },
    ]);
  });

  it('ignores <field> elements outside <access_request> and returns no grants when there is none', () => {
    expect(parsePluginXml('<plugin><other><field table="A" field="B" access="FullAccess"/></other></plugin>')).toEqual([]);
  });

  it('reads a namespace-prefixed access_request and decodes entities in attribute values', () => {
    expect(parsePluginXml('<p:plugin xmlns:p="x"><p:access_request><p:field table="ATT&#69;NDANCE" field="ATT_COMMENT" access="FullAccess"/></p:access_request></p:plugin>')).toEqual([
      { table: 'ATTENDANCE', field: 'ATT_COMMENT', access: 'FullAccess' },
    ]);
  });

  it.each([
    ['an unclosed element', '<plugin>\n  <access_request>\n</plugin>', 3, 1],
    ['an element never closed at the end', '<plugin>\n  <access_request>', 2, 3],
    ['a closing tag without opening tag', '<plugin></plugin></extra>', 1, 18],
    ['an unquoted attribute', '<plugin>\n<access_request><field table=ATTENDANCE/></access_request></plugin>', 2, 23],
    ['text outside the root', 'hello <plugin/>', 1, 1],
    ['two root elements', '<plugin/>\n<plugin/>', 2, 1],
    ['an unterminated comment', '<plugin><!-- oops</plugin>', 1, 9],
    ['an empty document', '   ', 1, 4],
    ['a duplicate attribute', '<plugin a="1" a="2"/>', 1, 14],
    ['an unknown entity', '<plugin a="&nbsp;"/>', 1, 8],
    ['a bare "<"', '<plugin>< </plugin>', 1, 9],
  ])('throws a PluginXmlError with line and column on %s', (_, xml, line, column) => {
    const error = errorOf(xml);
    expect(error).toBeInstanceOf(Error);
    expect([error.line, error.column]).toEqual([line, column]);
  });

  it.each([
    ['no access attribute', '<field table="ATTENDANCE" field="ATT_COMMENT"/>'],
    ['an empty field attribute', '<field table="ATTENDANCE" field="" access="FullAccess"/>'],
    ['an access level that does not exist', '<field table="ATTENDANCE" field="ATT_COMMENT" access="ReadWrite"/>'],
  ])('throws on an access_request <field> with %s, pointing at the <field>', (_, field) => {
    const error = errorOf(`<plugin>\n  <access_request>\n    ${field}\n  </access_request>\n</plugin>`);
    expect([error.line, error.column]).toEqual([3, 5]);
  });
});
