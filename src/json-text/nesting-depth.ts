/**
 * Whether the JSON text nests objects and arrays deeper than `limit` levels (strings are skipped).
 * Checked before parsing, so a hostile file cannot exhaust the stack of the parsers and rules.
 *
 * @example
 * ```ts
 * nestsDeeperThan('[[[1]]]', 2); // true
 * nestsDeeperThan('{"a": "[[[["}', 2); // false
 * ```
 */
export function nestsDeeperThan(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++depth > limit) return true;
    } else if (c === 125 || c === 93) depth--;
  }
  return false;
}
