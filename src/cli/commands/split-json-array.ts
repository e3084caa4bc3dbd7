import { visit } from 'jsonc-parser';
import { CliError } from '../cli-error.js';
import type { InputRecord } from './split-input.js';

/**
 * The records of a JSON-array input with the line each starts on. `JSON.parse` builds the values
 * (own `__proto__` members stay data); a jsonc-parser pass finds the lines, and the line and column
 * of a syntax error.
 *
 * @example
 * ```ts
 * [...parseRecordArray('[\n{"studentid": "1"},\n{"studentid": "2"}\n]', 'in.json')].map((r) => r.line); // [2, 3]
 * ```
 */
export function* parseRecordArray(text: string, label: string): Generator<InputRecord> {
  let values: unknown;
  try {
    values = JSON.parse(text);
  } catch (error) {
    const at = firstSyntaxError(text);
    const where = at === undefined ? '' : `${at.line}:${at.column}: `;
    throw new CliError(`${label}:${where}invalid JSON (${oneLine(error)}): the input must be a JSON array of attendance records, or NDJSON.`);
  }
  if (!Array.isArray(values)) throw new CliError(`${label}: the input must be a JSON array of attendance records, or NDJSON.`);
  const lines = elementLines(text);
  for (let index = 0; index < values.length; index++) {
    const value: unknown = values[index];
    const line = lines[index] ?? 1;
    if (isPayload(value)) {
      throw new CliError(`${label}:${line}: element ${index} is a whole payload ({"record": [...]}), not a flat attendance record: pass the records themselves, e.g. jq '[.record[].tables.attendance]'.`);
    }
    // Let the planner's consumers free what they are done with.
    values[index] = undefined;
    yield { value, line };
  }
}

function elementLines(text: string): number[] {
  const lines: number[] = [];
  let depth = 0;
  const element = (startLine: number): void => {
    if (depth === 1) lines.push(startLine + 1);
  };
  visit(text, {
    onObjectBegin: (_offset, _length, startLine) => {
      element(startLine);
      depth++;
    },
    onArrayBegin: (_offset, _length, startLine) => {
      element(startLine);
      depth++;
    },
    onObjectEnd: () => depth--,
    onArrayEnd: () => depth--,
    onLiteralValue: (_value, _offset, _length, startLine) => element(startLine),
  });
  return lines;
}

function firstSyntaxError(text: string): { line: number; column: number } | undefined {
  let found: { line: number; column: number } | undefined;
  visit(
    text,
    {
      onError: (_error, _offset, _length, startLine, startCharacter) => {
        found ??= { line: startLine + 1, column: startCharacter + 1 };
      },
    },
    { disallowComments: true, allowTrailingComma: false },
  );
  return found;
}

/**
 * An error's message on one line of at most 160 characters (V8 quotes the input around a JSON syntax error).
 *
 * @example
 * ```ts
 * oneLine(new Error('Unexpected token\n at 3')); // 'Unexpected token at 3'
 * ```
 */
export function oneLine(error: unknown): string {
  const text = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').trim();
  return text.length > 160 ? `${text.slice(0, 157)}...` : text;
}

/**
 * Whether a parsed input value is a whole request payload rather than a flat record, a likely mix-up.
 *
 * @example
 * ```ts
 * isPayload({ record: [] }); // true
 * isPayload({ studentid: '42' }); // false
 * ```
 */
export function isPayload(value: unknown): boolean {
  return value !== null && typeof value === 'object' && Object.hasOwn(value, 'record') && Array.isArray((value as Record<string, unknown>)['record']) && !Object.hasOwn(value, 'att_mode_code');
}
