import { CliError } from '../cli-error.js';
import type { RawRecord, ReadStats } from './split-lines.js';

/**
 * The element texts of a JSON-array input, each with the line and column it starts on, cut out in one
 * pass without building a parse tree (so no nesting depth can exhaust the stack, and memory holds the
 * text plus one element). Only the array's own punctuation is checked here; each element is parsed, and
 * its syntax checked, on its own afterwards.
 *
 * @param text - The whole input, decoded, without a byte order mark.
 * @param label - The input's name for messages.
 * @param stats - Counts the characters scanned.
 * @example
 * ```ts
 * [...arrayElements('[\n{"studentid": "1"},\n{"studentid": "2"}\n]', 'in.json')].map((r) => r.line); // [2, 3]
 * ```
 */
export function* arrayElements(text: string, label: string, stats: ReadStats = { charsScanned: 0 }): Generator<RawRecord> {
  const scan = new Scanner(text, label, stats);
  scan.blanks();
  if (text.charCodeAt(scan.at) !== 0x5b) throw scan.fail('expected [');
  scan.step();
  scan.blanks();
  if (text.charCodeAt(scan.at) === 0x5d) scan.step();
  else {
    for (;;) {
      const start = scan.at;
      const line = scan.line;
      const column = start - scan.lineStart + 1;
      scan.value();
      yield { text: text.slice(start, scan.at), line, column };
      scan.blanks();
      const c = text.charCodeAt(scan.at);
      if (c !== 0x5d && c !== 0x2c) throw scan.fail(scan.at >= text.length ? 'the input ends inside the array' : "expected ',' or ']' after an element");
      scan.step();
      if (c === 0x5d) break;
      scan.blanks();
      if (text.charCodeAt(scan.at) === 0x5d) throw scan.fail('trailing comma');
    }
  }
  scan.blanks();
  if (scan.at < text.length) throw scan.fail('unexpected content after the array');
}

class Scanner {
  at = 0;
  line = 1;
  lineStart = 0;
  readonly #text: string;
  readonly #label: string;
  readonly #stats: ReadStats;

  constructor(text: string, label: string, stats: ReadStats) {
    this.#text = text;
    this.#label = label;
    this.#stats = stats;
  }

  // Moves past one punctuation character.
  step(): void {
    this.at++;
    this.#stats.charsScanned++;
  }

  blanks(): void {
    const text = this.#text;
    const from = this.at;
    for (let c = text.charCodeAt(this.at); c === 0x20 || c === 0x09 || c === 0x0d || c === 0x0a; c = text.charCodeAt(++this.at)) {
      if (c === 0x0a) this.#newLine(this.at);
    }
    this.#stats.charsScanned += this.at - from;
  }

  // Moves past one value: brackets are matched (outside strings) but not checked; JSON.parse of the element does that.
  value(): void {
    const text = this.#text;
    const from = this.at;
    let depth = 0;
    for (; this.at < text.length; this.at++) {
      const c = text.charCodeAt(this.at);
      if (c === 0x22) this.#string();
      else if (c === 0x7b || c === 0x5b) depth++;
      else if (c === 0x7d || c === 0x5d) {
        if (depth === 0) break;
        if (--depth === 0) {
          this.at++;
          break;
        }
      } else if (c === 0x0a) this.#newLine(this.at);
      else if (depth === 0 && (c === 0x2c || c === 0x20 || c === 0x09 || c === 0x0d)) break;
      if (depth === 0 && c === 0x22) {
        this.at++;
        break;
      }
    }
    this.#stats.charsScanned += this.at - from;
    if (depth > 0) throw this.fail('the input ends inside an element');
    if (this.at === from) throw this.fail('expected a value');
  }

  // From an opening quote to its closing quote (left at `at`).
  #string(): void {
    const text = this.#text;
    for (this.at++; this.at < text.length; this.at++) {
      const c = text.charCodeAt(this.at);
      if (c === 0x5c) this.at++;
      else if (c === 0x22) return;
      else if (c === 0x0a) this.#newLine(this.at);
    }
  }

  #newLine(at: number): void {
    this.line++;
    this.lineStart = at + 1;
  }

  fail(what: string): CliError {
    return new CliError(`${this.#label}:${this.line}:${this.at - this.lineStart + 1}: invalid JSON (${what}): the input must be a JSON array of attendance records, or NDJSON.`);
  }
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
