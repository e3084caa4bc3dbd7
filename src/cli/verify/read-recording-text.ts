import { RecordingError } from '../../exchange/recording-error.js';
import { truncated } from '../../exchange/read-recording.js';
import type { CliIo } from '../command.js';
import { LineIndex } from '../io/line-index.js';
import { parseJsonText } from '../io/parse-json-text.js';
import { readInput } from '../io/read-input.js';
import { decodeText } from '../io/text-decoder.js';

/** The largest recording `verify` reads (a long session of 200-record batches stays well under it). */
export const maxRecordingBytes = 512 * 1024 ** 2;

/**
 * The text of a recording file, or of standard input for `-`, through the CLI's input layer: read to
 * end of file (pipes and FIFOs too), at most {@link maxRecordingBytes}, strict UTF-8 (an invalid byte
 * is named with its line and byte offset); every failure a one-line CliError naming the input.
 *
 * @example
 * ```ts
 * const text = await readRecordingText('session.har', 'session.har', io);
 * ```
 */
export async function readRecordingText(file: string, name: string, io: CliIo): Promise<string> {
  const { bytes } = await readInput(file, { name, maxBytes: maxRecordingBytes, stdin: io.stdin, limitHint: 'split the session into several recordings' });
  return decodeText(bytes, name).text;
}

/**
 * The input layer's strict JSON parser (depth limit, positions as line and column) for
 * `readRecording`: a syntax error at the end of the text is told as a file cut short.
 *
 * @example
 * ```ts
 * readRecording(text, parseRecordingText);
 * ```
 */
export function parseRecordingText(text: string): unknown {
  const parsed = parseJsonText(text, { duplicates: false, maxDepth: 256 });
  if (parsed.kind === 'ok') return parsed.value;
  if (parsed.kind === 'too-deep') throw new RecordingError(`the JSON nests deeper than ${parsed.limit} levels: this is not a recording.`);
  const { line, column } = new LineIndex(text).at(parsed.offset);
  const where = `${parsed.reason} at line ${line}, column ${column}`;
  if (parsed.offset >= text.trimEnd().length - 1 || endsEarly(text)) throw truncated(where);
  throw new RecordingError(`not valid JSON (${where}): a recording is a HAR 1.2 file or NDJSON exchanges.`);
}

// V8 tells a text that stops inside a value ("Unexpected end of JSON input", "Unterminated string").
function endsEarly(text: string): boolean {
  try {
    JSON.parse(text);
    return false;
  } catch (error) {
    return /end of (json )?input|unterminated string/i.test(error instanceof Error ? error.message : '');
  }
}
