/**
 * Describes a JavaScript value in a few words for a diagnostic message: long strings are cut, and no
 * value is ever stringified whole (it may be huge, cyclic or hostile).
 *
 * @example
 * ```ts
 * describeValue(12); // 'the number 12'
 * describeValue('x'.repeat(100)); // 'the string "xxxxxxxx…" (100 characters)'
 * ```
 */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'string':
      return value.length > 40 ? `the string ${JSON.stringify(value.slice(0, 32))}… (${value.length} characters)` : `the string ${JSON.stringify(value)}`;
    case 'number':
      return `the number ${String(value)}`;
    case 'bigint':
      return `the BigInt ${value > 10n ** 20n ? 'of more than 20 digits' : String(value)}`;
    case 'boolean':
      return `the boolean ${String(value)}`;
    case 'undefined':
      return 'undefined';
    case 'function':
      return 'a function';
    case 'symbol':
      return 'a symbol';
    default:
      return 'an object';
  }
}

/**
 * The JSON type name of a value, as a user would say it ("string", "integer", "array", …).
 *
 * @example
 * ```ts
 * jsonTypeOf(1.5); // 'number'
 * jsonTypeOf(2); // 'integer'
 * ```
 */
export function jsonTypeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}
