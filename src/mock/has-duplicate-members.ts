/**
 * Whether a JSON text has a member name twice in one object, given what `JSON.parse` made of it: a
 * fast exact yes/no in front of `findDuplicateMembers` (src/json-text/), which the mock then runs
 * only for a text that has some, to say where. It counts the member names in the text (a string
 * followed by `:`; strings are skipped with `indexOf`, at native speed) and the own keys of the
 * parsed value: `JSON.parse` keeps one key per name in an object, so the counts differ exactly when a
 * name repeats. Linear in the text, iterative (no nesting depth overflows the stack).
 *
 * @example
 * ```ts
 * const text = '{"a":1,"a":2}';
 * hasDuplicateMembers(text, JSON.parse(text)); // true
 * hasDuplicateMembers('{"a":{"a":1}}', { a: { a: 1 } }); // false
 * ```
 *
 * @param text - A JSON text that `JSON.parse` accepted.
 * @param value - What `JSON.parse(text)` returned.
 */
export function hasDuplicateMembers(text: string, value: unknown): boolean {
  const keys = ownKeys(value);
  // Fast path, for a text without backslashes and without whitespace before a colon (compact JSON, as
  // JSON.stringify writes it): every quote then opens or closes a string, so a colon right after a
  // quote ends a member name or begins a string that starts with `:`, and one `indexOf(':')` per
  // member counts them (a third of the time of finding every string). Each string JSON.parse kept
  // has its own in the text, so the counts are equal exactly when no name was dropped.
  if (text.indexOf('\\') === -1 && !whitespaceBeforeColon(text)) {
    const quoteColons = colonsAfterQuote(text);
    return quoteColons !== keys && quoteColons !== keys + colonStrings(value);
  }
  return memberNames(text) !== keys;
}

function whitespaceBeforeColon(text: string): boolean {
  return text.includes(' :') || text.includes('\n:') || text.includes('\r:') || text.includes('\t:');
}

function colonsAfterQuote(text: string): number {
  // A one-character indexOf is much quicker than one for '":'.
  let count = 0;
  let at = text.indexOf(':');
  while (at !== -1) {
    if (text.charCodeAt(at - 1) === 34) count++;
    at = text.indexOf(':', at + 1);
  }
  return count;
}

function memberNames(text: string): number {
  let names = 0;
  let at = text.indexOf('"');
  while (at !== -1) {
    // `at` opens a string; its end is the next quote not escaped by an odd run of backslashes.
    let end = text.indexOf('"', at + 1);
    while (end !== -1 && text.charCodeAt(end - 1) === 92) {
      let slashes = 1;
      while (text.charCodeAt(end - 1 - slashes) === 92) slashes++;
      if (slashes % 2 === 0) break;
      end = text.indexOf('"', end + 1);
    }
    if (end === -1) return names;
    let next = end + 1;
    let c = text.charCodeAt(next);
    while (c === 32 || c === 10 || c === 13 || c === 9) c = text.charCodeAt(++next);
    if (c === 58 /* : */) names++;
    at = text.indexOf('"', next);
  }
  return names;
}

function ownKeys(value: unknown): number {
  let count = 0;
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const item = pending.pop();
    if (item === null || typeof item !== 'object') continue;
    if (Array.isArray(item)) {
      for (const element of item) if (element !== null && typeof element === 'object') pending.push(element);
      continue;
    }
    const keys = Object.keys(item);
    count += keys.length;
    for (const key of keys) {
      const member = (item as Record<string, unknown>)[key];
      if (member !== null && typeof member === 'object') pending.push(member);
    }
  }
  return count;
}

// The strings of a parsed value, member names included, that begin with `:` (the fast path's count of
// colons after a quote includes their opening quotes).
function colonStrings(value: unknown): number {
  let count = 0;
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const item = pending.pop();
    if (typeof item === 'string') {
      if (item.charCodeAt(0) === 58) count++;
    } else if (Array.isArray(item)) {
      for (const element of item as unknown[]) pending.push(element);
    } else if (item !== null && typeof item === 'object') {
      for (const key of Object.keys(item)) {
        if (key.charCodeAt(0) === 58) count++;
        pending.push((item as Record<string, unknown>)[key]);
      }
    }
  }
  return count;
}
