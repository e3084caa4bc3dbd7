import type { OffsetRange } from './locate.js';

const numberLiteral = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?$/;

/**
 * A message about a number, quoting the file's own literal where the parsed value reads differently:
 * the validator sees `9007199254740992` for `9007199254740993` and `1` for `0.99999999999999999`,
 * but the user should read what the file says. `range` is where the diagnostic points (a member
 * from its key to the end of its value, or an array element).
 *
 * @example
 * ```ts
 * const text = '{"studentid": 9007199254740993}';
 * quoteSource('studentid must be a JSON string, but is the number 9007199254740992.', text, { start: 1, end: 30 });
 * // 'studentid must be a JSON string, but is the number 9007199254740993.'
 * ```
 */
export function quoteSource(message: string, text: string, range: OffsetRange): string {
  const literal = valueText(text, range);
  if (literal === undefined || !numberLiteral.test(literal)) return message;
  const parsed = String(Number(literal));
  return parsed === literal || !message.includes(parsed) ? message : message.split(parsed).join(literal);
}

/** The value's text: after the key and colon for a member, else the whole range. */
function valueText(text: string, { start, end }: OffsetRange): string | undefined {
  if (end - start > 400) return undefined; // never a number
  let i = start;
  if (text.charCodeAt(i) === 34) {
    // A string: a key when a colon follows it.
    for (i++; i < end && text.charCodeAt(i) !== 34; i++) if (text.charCodeAt(i) === 92) i++;
    let j = i + 1;
    while (j < end && /\s/.test(text[j] ?? '')) j++;
    if (text[j] !== ':') return text.slice(start, end);
    i = j + 1;
  }
  return text.slice(i, end).trim();
}
