import type { ParseError } from 'jsonc-parser';
import { jsonc } from './jsonc.js';

/**
 * The outcome of {@link parseJson}: the value, or where and why the text is not JSON.
 *
 * @example
 * ```ts
 * const parsed = parseJson('{}');
 * if (parsed !== 'too-deep' && parsed.ok) console.log(parsed.value);
 * ```
 */
export type ParsedJson =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly offset: number; readonly length: number; readonly reason: string };

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
 * Parses strict JSON (RFC 8259: no comments, no trailing commas). The value comes from `JSON.parse`,
 * so `__proto__` keys stay plain data; only a failure is explained, with the offset of the first
 * error found by `jsonc-parser` (a recursive parser: when `tooDeep()` says the text nests too deep
 * for it, the answer is `'too-deep'` instead).
 *
 * @example
 * ```ts
 * parseJson('{"a": 1}'); // { ok: true, value: { a: 1 } }
 * parseJson('{"a": 1,}'); // { ok: false, offset: 7, length: 1, reason: "expected a \"quoted\" member name" }
 * ```
 */
export function parseJson(text: string, tooDeep: () => boolean = () => false): ParsedJson | 'too-deep' {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    if (text.trim() === '') return { ok: false, offset: 0, length: 0, reason: 'the file is empty: a payload is a JSON object' };
    if (tooDeep()) return 'too-deep';
    const errors: ParseError[] = [];
    const { parse, printParseErrorCode } = jsonc();
    parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    const first = errors[0];
    if (first) return { ok: false, offset: first.offset, length: first.length, reason: reasons[printParseErrorCode(first.error)] ?? 'syntax error' };
    // jsonc-parser is more lenient than JSON.parse in a few corners (e.g. lone surrogates): use V8's words.
    const position = /position (\d+)/.exec(String(error))?.[1];
    return { ok: false, offset: position === undefined ? 0 : Number(position), length: 1, reason: error instanceof Error ? error.message : 'syntax error' };
  }
}
