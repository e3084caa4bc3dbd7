import { attendancePath, memberOf, type CheckContext, type SemanticRule } from './check-context.js';
import { dailyAttendance, payloadOf } from './examples.js';

// String.prototype.isWellFormed (ES2024) where the runtime has it; else a Unicode-mode regular
// expression, in which a well-formed pair is one code point and only a lone half matches \p{Cs}.
const nativeWellFormed = (String.prototype as { isWellFormed?: (this: string) => boolean }).isWellFormed;
const loneHalf = /\p{Cs}/u;

/**
 * Whether `text` is well-formed UTF-16: no high surrogate without its low half and no low one alone,
 * so that it encodes to UTF-8 without loss.
 *
 * @example
 * ```ts
 * isWellFormedText('Caf\u00e9 \u{1F600}'); // true
 * isWellFormedText('\uD83D'); // false: half of an emoji
 * ```
 */
export function isWellFormedText(text: string): boolean {
  return nativeWellFormed ? nativeWellFormed.call(text) : !loneHalf.test(text);
}

/**
 * The attendance columns whose schema is a string without a pattern, enum or const: the only ones a
 * lone surrogate can reach without the schema reporting it first.
 */
export const freeTextFields = ['att_comment'] as const;

/** `lone-surrogate`: a string holding half of a UTF-16 surrogate pair, which UTF-8 cannot carry. */
export const loneSurrogate: SemanticRule<'lone-surrogate'> = {
  definition: {
    code: 'lone-surrogate',
    severity: 'error',
    summary: 'Every string is well-formed Unicode: no half of a UTF-16 surrogate pair on its own.',
    rationale:
      'A request body is UTF-8 (RFC 8259), and UTF-8 cannot encode a lone surrogate: an encoder replaces it with U+FFFD and JSON.stringify writes an escape (\\ud83d) the server may store, mangle or refuse, so the text that arrives is not the text you sent. It comes from cutting a string by UTF-16 length (an emoji split by `slice`), or from bytes decoded with the wrong encoding. The linter refuses such text in a file already (invalid UTF-8); this rule catches it in data built in code.',
    invalid: { endpoint: 'daily_time', payload: payloadOf(dailyAttendance({ att_comment: 'Arrived late \uD83D' })), path: '/record/0/tables/attendance/att_comment' },
    valid: { endpoint: 'daily_time', payload: payloadOf(dailyAttendance({ att_comment: 'Arrived late \uD83D\uDE0A' })) },
  },
  check(context) {
    const payloadName = memberOf(context, context.payload, 'name');
    if (typeof payloadName === 'string') report(context, payloadName, '/name', undefined);
    const records = memberOf(context, context.payload, 'record');
    if (Array.isArray(records)) {
      for (let index = 0; index < records.length; index++) {
        const record: unknown = records[index];
        if (record === null || typeof record !== 'object' || Array.isArray(record)) continue;
        const name = memberOf(context, record as Record<string, unknown>, 'name');
        if (typeof name === 'string') report(context, name, `/record/${index}/name`, index);
      }
    }
    // The free-text columns: every other string column has a pattern (digits, a date, a mode code)
    // that a surrogate cannot pass, so the schema has already reported it; a test holds this list
    // to the schemas.
    for (const view of context.views) {
      for (const field of freeTextFields) {
        const value = memberOf(context, view.attendance, field);
        if (typeof value === 'string' && !context.isFlagged(view.index, field)) report(context, value, attendancePath(view.index, field), view.index);
      }
    }
  },
};

function report(context: CheckContext, text: string, path: string, recordIndex: number | undefined): void {
  if (isWellFormedText(text)) return;
  const at = [...text].findIndex((c) => c.length === 1 && c >= '\uD800' && c <= '\uDFFF');
  const unit = [...text][at]?.charCodeAt(0) ?? 0;
  const half = unit < 0xdc00 ? 'the first half (a high surrogate)' : 'the second half (a low surrogate)';
  context.report({
    code: 'lone-surrogate',
    severity: 'error',
    path,
    message: `This text holds ${half} of a UTF-16 pair without its other half, \\u${unit.toString(16).toUpperCase()} at character ${at + 1}: UTF-8 cannot carry it, so the server would get other text. It usually comes from cutting a string by UTF-16 length (an emoji cut in two): cut by code points, or remove it.`,
    ...(recordIndex === undefined ? {} : { recordIndex }),
  });
}
