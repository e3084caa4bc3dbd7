import { base64Decode } from './base64.js';
import { RecordingError } from './recording-error.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The text of a HAR body (`content` or `postData`): as is, or decoded when `encoding` is `base64`
 * (browsers and mitmproxy use it for bodies they do not take for text). The decoded bytes must be
 * UTF-8. `undefined` when the recording has no text.
 *
 * @example
 * ```ts
 * decodeHarText({ text: 'eyJhIjoxfQ==', encoding: 'base64' }, 'entry 1: response'); // '{"a":1}'
 * ```
 */
export function decodeHarText(holder: Record<string, unknown>, where: string): string | undefined {
  const text = holder['text'];
  if (text === undefined || text === null) return undefined;
  if (typeof text !== 'string') throw new RecordingError(`${where}: "text" is ${typeof text}, not a string: re-export the recording.`);
  const encoding = holder['encoding'] ?? holder['_encoding'];
  if (encoding === undefined || encoding === null || encoding === '') return text;
  if (encoding !== 'base64') throw new RecordingError(`${where}: unknown body encoding ${JSON.stringify(encoding)} (HAR knows only "base64"): re-export the recording.`);
  const compact = text.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact) || compact.length % 4 === 1) {
    throw new RecordingError(`${where}: the body is marked base64 but is not valid base64: the recording is damaged; re-export it.`);
  }
  try {
    return utf8.decode(base64Decode(compact));
  } catch {
    throw new RecordingError(`${where}: the base64 body is not UTF-8 text (a binary or compressed body?): record the exchange without compression.`);
  }
}
