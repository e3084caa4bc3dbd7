import type { ParseError } from 'jsonc-parser';
import { jsonc } from './jsonc.js';
import type { DuplicateMember } from '../../json-text/find-duplicate-members.js';
import { countColons, hasNoDuplicateMembers } from '../../json-text/has-no-duplicate-members.js';
import { scanJsonText } from '../../json-text/scan-json-text.js';

/**
 * The outcome of {@link parseJsonText}: the value and its duplicate members, where and why the text
 * is not JSON, or `too-deep`.
 *
 * @example
 * ```ts
 * const parsed: ParsedJson = parseJsonText('{}');
 * if (parsed.kind === 'ok') console.log(parsed.value, parsed.duplicates);
 * ```
 */
export type ParsedJson =
  | { readonly kind: 'ok'; readonly value: unknown; readonly duplicates: readonly DuplicateMember[] }
  | { readonly kind: 'invalid'; readonly offset: number; readonly length: number; readonly reason: string }
  | { readonly kind: 'too-deep'; readonly limit: number };

/**
 * Deeper than any payload (a record's attendance members are 5 levels down; a flat record is 1),
 * shallow enough that no recursive consumer of the value (parse-tree builders, rules, formatters)
 * can run out of stack.
 *
 * @example
 * ```ts
 * parseJsonText(text, { maxDepth: defaultMaxDepth });
 * ```
 */
export const defaultMaxDepth = 64;

const reasons: Readonly<Record<string, string>> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'invalid number',
  PropertyNameExpected: 'expected a "quoted" member name',
  ValueExpected: 'expected a value',
  ColonExpected: "expected ':'",
  CommaExpected: "expected ',' or a closing bracket",
  CloseBraceExpected: "expected '}'",
  CloseBracketExpected: "expected ']'",
  EndOfFileExpected: 'unexpected content after the JSON value',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'unterminated comment (comments are not allowed in JSON)',
  UnexpectedEndOfString: 'unterminated string',
  UnexpectedEndOfNumber: 'incomplete number',
  InvalidUnicode: 'invalid \\u escape',
  InvalidEscapeCharacter: 'invalid escape sequence',
  InvalidCharacter: 'control character in a string (escape it)',
};

/**
 * Parses strict JSON (RFC 8259: no comments, no trailing commas) for every CLI command. The value
 * comes from `JSON.parse` (not recursive; `__proto__` keys stay plain data), and its depth is checked
 * before anything recursive sees it, without recursion, so no input can overflow a stack. Duplicate
 * member names, which the value has already lost, are found in the text: proven absent by counting
 * ({@link hasNoDuplicateMembers}), else located by one linear scan (`findDuplicateMembers`). A
 * failure is explained with the offset of the first error found by `jsonc-parser`.
 *
 * @param text - The decoded text (BOM removed).
 * @param options - `maxDepth` (default {@link defaultMaxDepth}); `duplicates: false` skips that scan;
 *   `members`, a count proved by the caller, replaces the walk (see {@link ParseJsonOptions}).
 * @example
 * ```ts
 * parseJsonText('{"a": 1}'); // { kind: 'ok', value: { a: 1 }, duplicates: [] }
 * parseJsonText('{"a": 1,}'); // { kind: 'invalid', offset: 7, length: 1, reason: 'expected a "quoted" member name' }
 * parseJsonText('[[[1]]]', { maxDepth: 2 }); // { kind: 'too-deep', limit: 2 }
 * ```
 */
export function parseJsonText(text: string, options: ParseJsonOptions = {}): ParsedJson {
  const maxDepth = options.maxDepth ?? defaultMaxDepth;
  const tooDeep = { kind: 'too-deep', limit: maxDepth } as const;
  let value: unknown;
  try {
    // V8's JSON.parse is not recursive: any depth is safe here; the depth is checked right after.
    value = JSON.parse(text);
  } catch (error) {
    // jsonc-parser, which explains the error, is recursive: bound the depth first.
    if (scanJsonText(text, maxDepth, 0).tooDeep) return tooDeep;
    return { kind: 'invalid', ...explain(text, error) };
  }
  // A caller that proved the value's shape (a schema check, which bounds the depth) and counted its
  // members needs no walk: the text's colons against that count prove it duplicate-free.
  const members = options.members?.(value);
  if (members !== undefined && countColons(text) === members) return { kind: 'ok', value, duplicates: [] };
  // The common case is proven duplicate-free by counting; otherwise one linear scan finds them.
  const proof = hasNoDuplicateMembers(text, value, maxDepth);
  if (proof === 'too-deep') return tooDeep;
  if (proof || options.duplicates === false) return { kind: 'ok', value, duplicates: [] };
  const scan = scanJsonText(text, maxDepth);
  return scan.tooDeep ? tooDeep : { kind: 'ok', value, duplicates: scan.duplicates };
}

/**
 * The options of {@link parseJsonText}.
 *
 * @example
 * ```ts
 * const options: ParseJsonOptions = { maxDepth: 64, members: (value) => plainMembers(value, 'daily_time') };
 * ```
 */
export interface ParseJsonOptions {
  /** Refuse nesting deeper than this (default {@link defaultMaxDepth}). */
  readonly maxDepth?: number;
  /** `false` skips locating duplicate members (the proof still runs). */
  readonly duplicates?: boolean;
  /**
   * Every member of the parsed value, counted by a check that also bounds its depth (such as
   * `plainMembers`, which proves the payload valid plain data), or `undefined`. Never more than the
   * value has: the text's colons equal to a count that is too high could hide a duplicate (one too
   * few only costs the walk). Called once with the value before its depth is known: it must not
   * recurse into it.
   */
  readonly members?: (value: unknown) => number | undefined;
}

function explain(text: string, error: unknown): { offset: number; length: number; reason: string } {
  if (text.trim() === '') return { offset: 0, length: 0, reason: 'the input is empty: expected JSON text' };
  const errors: ParseError[] = [];
  const { parse, printParseErrorCode } = jsonc();
  parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (first) return { offset: first.offset, length: first.length, reason: reasons[printParseErrorCode(first.error)] ?? 'syntax error' };
  // jsonc-parser is more lenient than JSON.parse in a few corners (e.g. lone surrogates): use V8's words.
  const position = /position (\d+)/.exec(String(error))?.[1];
  return { offset: position === undefined ? 0 : Number(position), length: 1, reason: error instanceof Error ? error.message : 'syntax error' };
}
