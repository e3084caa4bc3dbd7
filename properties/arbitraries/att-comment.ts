import * as fc from 'fast-check';
import { integerIn } from './check-constraints.js';

/**
 * Constraints of {@link attComment}.
 *
 * @example
 * ```ts
 * attComment({ maxLength: 200 });
 * ```
 */
export interface AttCommentConstraints {
  /** The most code points (default 40; ATT_COMMENT is a CLOB, so any length is valid). */
  readonly maxLength?: number;
}

const range = (min: number, max: number): fc.Arbitrary<string> => fc.integer({ min, max }).map((cp) => String.fromCodePoint(cp));

// Weighted toward what teachers type, but any Unicode scalar value can appear: accents, other
// scripts, right-to-left text, combining marks, zero-width characters, emoji, control characters.
const character: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: range(0x20, 0x7e), weight: 12 },
  { arbitrary: range(0xa0, 0x24f), weight: 2 },
  { arbitrary: range(0x370, 0x6ff), weight: 1 },
  { arbitrary: range(0x300, 0x36f), weight: 1 },
  { arbitrary: fc.constantFrom('\u200b', '\u200d', '\u202e', '\ufeff', '\n', '\t', '\u0000'), weight: 1 },
  { arbitrary: range(0x4e00, 0x9fff), weight: 1 },
  { arbitrary: range(0x1f300, 0x1faff), weight: 1 },
  { arbitrary: fc.oneof(range(0, 0xd7ff), range(0xe000, 0x10ffff)), weight: 1 },
);

/**
 * Comments (att_comment) with any Unicode: mostly printable ASCII, plus accents, other scripts,
 * combining marks, zero-width and control characters, emoji and astral code points. Never a lone
 * surrogate (not a Unicode character). Shrinks toward "" and plain ASCII.
 *
 * @param constraints - The longest comment; see {@link AttCommentConstraints}.
 * @returns An arbitrary of comment strings.
 * @throws RangeError when a constraint is out of range.
 *
 * @example
 * ```ts
 * import * as fc from 'fast-check';
 * import { attComment } from 'ps-attendance-contract/arbitraries';
 *
 * fc.sample(attComment({ maxLength: 20 }), 2); // e.g. ['Late: bus 12', 'Arzttermin 👩‍⚕️']
 * ```
 */
export function attComment(constraints: AttCommentConstraints = {}): fc.Arbitrary<string> {
  const maxLength = integerIn('attComment', 'maxLength', constraints.maxLength, 40, 0, 100_000);
  return fc.array(character, { maxLength }).map((chars) => chars.join(''));
}
