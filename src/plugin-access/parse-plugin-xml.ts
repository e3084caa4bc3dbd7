import type { FieldAccessLevel, FieldGrant, FieldGrants } from './field-grants.js';
import { PluginXmlError } from './plugin-xml-error.js';

const accessLevels: readonly FieldAccessLevel[] = ['FullAccess', 'ViewOnly'];
const namePattern = /[A-Za-z_:][\w.:-]*/y;
const attributePattern = /\s*([A-Za-z_:][\w.:-]*)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/y;
const entities: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * Reads the field grants of a PowerSchool plugin's `plugin.xml`: every
 * `<field table=".." field=".." access=".."/>` inside `<access_request>`. A purpose-built, dependency-free
 * reader: it checks that the document is well-formed (one root, balanced tags, quoted attributes,
 * known entities) and skips the XML declaration, comments, CDATA and a DOCTYPE.
 *
 * @param xml - The text of plugin.xml.
 * @returns The grants in file order; empty when the plugin requests no field access.
 * @throws {@link PluginXmlError} naming the line and column when the XML is malformed or a `<field>`
 *   lacks `table`, `field` or `access`, or has an access other than `FullAccess` / `ViewOnly`.
 *
 * @example
 * ```ts
 * parsePluginXml(`<plugin name="Sync" version="1.0">
 *   <access_request>
 *     <field table="ATTENDANCE" field="ATT_COMMENT" access="FullAccess"/>
 *   </access_request>
 * </plugin>`);
 * // [{ table: 'ATTENDANCE', field: 'ATT_COMMENT', access: 'FullAccess' }]
 * ```
 */
export function parsePluginXml(xml: string): FieldGrants {
  const fail = (reason: string, at: number): never => {
    const before = xml.slice(0, at).split('\n');
    throw new PluginXmlError(reason, before.length, (before.at(-1) ?? '').length + 1);
  };
  const grants: FieldGrant[] = [];
  const open: { name: string; at: number }[] = [];
  let roots = 0;
  let i = 0;
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const text = xml.slice(i, lt === -1 ? xml.length : lt);
    if (open.length === 0 && text.trim() !== '') fail('text outside the root element; a plugin.xml holds one <plugin> element.', i + text.search(/\S/));
    if (lt === -1) break;
    i = lt;
    if (xml.startsWith('<?', i)) i = skipPast(xml, i, '?>', 'processing instruction', fail);
    else if (xml.startsWith('<!--', i)) i = skipPast(xml, i, '-->', 'comment', fail);
    else if (xml.startsWith('<![CDATA[', i)) i = skipPast(xml, i, ']]>', 'CDATA section', fail);
    else if (xml.startsWith('<!DOCTYPE', i)) i = skipPast(xml, i, xml.indexOf('[', i) !== -1 && xml.indexOf('[', i) < xml.indexOf('>', i) ? ']>' : '>', 'DOCTYPE', fail);
    else if (xml.startsWith('</', i)) {
      namePattern.lastIndex = i + 2;
      const name = namePattern.exec(xml)?.[0];
      const top = open.pop();
      if (name === undefined) fail('expected an element name after "</".', i + 2);
      if (top === undefined) fail(`closing tag </${String(name)}> without an opening tag.`, i);
      else if (top.name !== name) fail(`closing tag </${String(name)}> does not match <${top.name}> opened earlier; close <${top.name}> first.`, i);
      const end = /\s*>/y;
      end.lastIndex = namePattern.lastIndex;
      if (!end.test(xml)) fail(`expected ">" to end </${String(name)}>.`, namePattern.lastIndex);
      i = end.lastIndex;
    } else {
      namePattern.lastIndex = i + 1;
      const name = namePattern.exec(xml)?.[0];
      if (name === undefined) fail('"<" must start a tag; write "&lt;" for a literal "<".', i);
      const tagName = String(name);
      const attributes = new Map<string, string>();
      let at = namePattern.lastIndex;
      for (;;) {
        attributePattern.lastIndex = at;
        const match = attributePattern.exec(xml);
        if (match === null) break;
        const [, key = '', doubleQuoted, singleQuoted] = match;
        if (attributes.has(key)) fail(`attribute "${key}" appears twice in <${tagName}>.`, at);
        attributes.set(key, decodeEntities(doubleQuoted ?? singleQuoted ?? '', at, fail));
        at = attributePattern.lastIndex;
      }
      const end = /\s*(\/?)>/y;
      end.lastIndex = at;
      const closing = end.exec(xml);
      if (closing === null) fail(`malformed attribute or unterminated tag in <${tagName}>: write attributes as name="value" and end the tag with ">" or "/>".`, at);
      if (open.length === 0 && roots++ > 0) fail(`a second root element <${tagName}>; a plugin.xml holds one <plugin> element.`, i);
      if (localName(tagName) === 'field' && localName(open.at(-1)?.name ?? '') === 'access_request') grants.push(fieldGrant(attributes, i, fail));
      if (closing?.[1] !== '/') open.push({ name: tagName, at: i });
      i = end.lastIndex;
    }
  }
  const unclosed = open.at(-1);
  if (unclosed !== undefined) fail(`<${unclosed.name}> is never closed; add </${unclosed.name}>.`, unclosed.at);
  if (roots === 0) fail('no element found; expected a <plugin> document.', xml.length);
  return grants;
}

type Fail = (reason: string, at: number) => never;

function skipPast(xml: string, from: number, terminator: string, what: string, fail: Fail): number {
  const end = xml.indexOf(terminator, from);
  if (end === -1) fail(`unterminated ${what}: "${terminator}" is missing.`, from);
  return end + terminator.length;
}

function localName(name: string): string {
  return name.slice(name.indexOf(':') + 1);
}

function decodeEntities(value: string, at: number, fail: Fail): string {
  return value.replace(/&([^;&\s]*);?/g, (whole, entity: string) => {
    const code = /^#x([0-9a-f]+)$/i.exec(entity)?.[1] ?? /^#([0-9]+)$/.exec(entity)?.[1];
    const point = code === undefined ? Number.NaN : Number.parseInt(code, /^#x/i.test(entity) ? 16 : 10);
    if (whole.endsWith(';') && point > 0 && point <= 0x10ffff) return String.fromCodePoint(point);
    const named = entities[entity];
    if (whole.endsWith(';') && named !== undefined) return named;
    return fail(`unknown or unterminated entity "${whole}" in an attribute value; write "&amp;" for a literal "&".`, at);
  });
}

function fieldGrant(attributes: ReadonlyMap<string, string>, at: number, fail: Fail): FieldGrant {
  const read = (key: string): string => {
    const value = attributes.get(key)?.trim();
    return value ? value : fail(`<field> in <access_request> needs a non-empty ${key}="…" attribute, e.g. <field table="ATTENDANCE" field="ATT_COMMENT" access="FullAccess"/>.`, at);
  };
  const table = read('table');
  const field = read('field');
  const access = read('access');
  if (!(accessLevels as readonly string[]).includes(access)) {
    fail(`access="${access}" on ${table}.${field} is not an access level; use "FullAccess" (read and write) or "ViewOnly" (read only).`, at);
  }
  return { table, field, access: access as FieldAccessLevel };
}
