/**
 * Escapes one reference token of an RFC 6901 JSON Pointer (`~` → `~0`, `/` → `~1`).
 *
 * @example
 * ```ts
 * escapePointerToken('a/b~c'); // 'a~1b~0c'
 * ```
 */
export function escapePointerToken(token: string | number): string {
  return String(token).replace(/~/g, '~0').replace(/\//g, '~1');
}

/**
 * Joins reference tokens into an RFC 6901 JSON Pointer; no tokens give the root, `""`.
 *
 * @example
 * ```ts
 * toPointer(['record', 3, 'tables', 'attendance', 'total_minutes']);
 * // '/record/3/tables/attendance/total_minutes'
 * ```
 */
export function toPointer(tokens: readonly (string | number)[]): string {
  let out = '';
  for (const token of tokens) out += `/${escapePointerToken(token)}`;
  return out;
}

/**
 * Splits an RFC 6901 JSON Pointer into its unescaped reference tokens.
 *
 * @example
 * ```ts
 * parsePointer('/record/0/a~1b'); // ['record', '0', 'a/b']
 * ```
 */
export function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'));
}
