/**
 * The value at the unescaped reference tokens `tokens` inside `root`, reading own members only (never
 * the prototype chain); `undefined` when a step is missing.
 *
 * @example
 * ```ts
 * valueAt({ record: [{ name: 'x' }] }, ['record', '0', 'name']); // 'x'
 * valueAt({}, ['__proto__']); // undefined
 * ```
 */
export function valueAt(root: unknown, tokens: readonly string[]): unknown {
  let current = root;
  for (const token of tokens) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, token)) return undefined;
    current = (current as Record<string, unknown>)[token];
  }
  return current;
}
