/**
 * The access a plugin requests for one field in its `plugin.xml`: only `FullAccess` allows writes.
 *
 * @example
 * ```ts
 * const level: FieldAccessLevel = 'ViewOnly'; // read only: a write to the field gets a 403
 * ```
 */
export type FieldAccessLevel = 'FullAccess' | 'ViewOnly';

/**
 * One `<field table=".." field=".." access=".."/>` of a plugin's `<access_request>`. Table and field
 * names are compared case-insensitively (plugin.xml writes them in capitals, payloads in lower case).
 *
 * @example
 * ```ts
 * const grant: FieldGrant = { table: 'ATTENDANCE', field: 'ATT_COMMENT', access: 'FullAccess' };
 * ```
 */
export interface FieldGrant {
  /** The table, e.g. `ATTENDANCE`. */
  readonly table: string;
  /** The column, e.g. `ATT_COMMENT`. */
  readonly field: string;
  /** `FullAccess` (read and write) or `ViewOnly` (read only). */
  readonly access: FieldAccessLevel;
}

/**
 * Everything a plugin was granted: the `<field>` entries of its `<access_request>`, in file order.
 * A field that is not listed has no access at all.
 *
 * @example
 * ```ts
 * const grants: FieldGrants = [
 *   { table: 'ATTENDANCE', field: 'STUDENTID', access: 'FullAccess' },
 *   { table: 'ATTENDANCE', field: 'ATT_COMMENT', access: 'ViewOnly' },
 * ];
 * ```
 */
export type FieldGrants = readonly FieldGrant[];

/**
 * FullAccess to each of `fields` of one table (ATTENDANCE unless said otherwise): the shorthand for
 * "the plugin may write these columns" in tests and mock options.
 *
 * @example
 * ```ts
 * fullAccessTo(['studentid', 'att_date']);
 * // [{ table: 'ATTENDANCE', field: 'STUDENTID', access: 'FullAccess' }, { table: 'ATTENDANCE', field: 'ATT_DATE', … }]
 * ```
 */
export function fullAccessTo(fields: readonly string[], table = 'ATTENDANCE'): FieldGrants {
  return fields.map((field) => ({ table: table.toUpperCase(), field: field.toUpperCase(), access: 'FullAccess' }));
}

/**
 * Whether `grants` give FullAccess to `field` of `table` (case-insensitive; FullAccess wins over a
 * ViewOnly entry for the same field).
 *
 * @example
 * ```ts
 * hasFullAccess(fullAccessTo(['att_comment']), 'ATTENDANCE', 'att_comment'); // true
 * ```
 */
export function hasFullAccess(grants: FieldGrants, table: string, field: string): boolean {
  const t = table.toUpperCase();
  const f = field.toUpperCase();
  return grants.some((g) => g.access === 'FullAccess' && g.table.toUpperCase() === t && g.field.toUpperCase() === f);
}
