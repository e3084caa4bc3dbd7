import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkExchange } from '../../src/exchange/check-exchange.js';
import { readRecording } from '../../src/exchange/read-recording.js';
import { RecordingError } from '../../src/exchange/recording-error.js';

// Hand-written recordings from each supported source (test/fixtures/recordings/), and bad ones.

const dir = join(import.meta.dirname, '..', 'fixtures', 'recordings');
const read = (name: string) => readRecording(readFileSync(join(dir, name), 'utf8'));
const codes = (name: string) => read(name).exchanges.map((l) => checkExchange(l.exchange).findings.map((f) => f.code));

function failure(text: string): string {
  try {
    readRecording(text);
  } catch (error) {
    expect(error).toBeInstanceOf(RecordingError);
    return (error as Error).message;
  }
  throw new Error('no RecordingError');
}

describe('readRecording: the supported sources', () => {
  it('Chrome DevTools: form params, a base64 body decoded, a 401 without token', () => {
    const { format, exchanges } = read('chrome-devtools.har');
    expect(format).toBe('har');
    expect(exchanges.map((l) => l.exchange.response?.status)).toEqual([200, 200, 401]);
    expect(JSON.parse(exchanges[1]?.exchange.response?.body ?? '')).toMatchObject({ results: { insert_count: 1 } });
    expect(codes('chrome-devtools.har')).toEqual([[], [], []]);
  });

  it('mitmproxy: a batch with an array result and an UPDATE', () => {
    expect(read('mitmproxy.har').exchanges.map((l) => l.exchange.request.url.replace(/^https:\/\/[^/]+/, ''))).toEqual(['/oauth/access_token', '/ws/attendance/batch_daily_time', '/ws/attendance/daily_time']);
    expect(codes('mitmproxy.har')).toEqual([[], [], []]);
  });

  it('Postman: a meeting write and a 400 for a record without end_time (the client\'s mistake, found in the request)', () => {
    expect(codes('postman.har')).toEqual([[], [], ['mode-required-field']]);
  });

  it('ps-attendance proxy: a blocked request keeps its mark and its response is not checked', () => {
    const { exchanges } = read('ps-attendance-proxy.har');
    expect(exchanges[2]?.exchange.answeredBy).toBe('blocked');
    expect(codes('ps-attendance-proxy.har')).toEqual([[], [], ['mode-endpoint']]);
  });

  it('NDJSON: bodies as text or as JSON values, headers as an object', () => {
    const { format, exchanges } = read('exchanges.ndjson');
    expect(format).toBe('ndjson');
    expect(exchanges.map((l) => l.line)).toEqual([1, 2]);
    expect(codes('exchanges.ndjson')).toEqual([[], []]);
  });

  it('a recording without bodies: recording-gap at the exchanges concerned', () => {
    expect(codes('missing-body.har')).toEqual([[], ['recording-gap'], ['recording-gap']]);
  });
});

describe('readRecording: bad recordings get one clear line', () => {
  it.each([
    ['not-har.json', /^an attendance payload, not a recording: check payloads with ps-attendance lint/],
    ['truncated.har', /^the file ends in the middle of the JSON \(.*\): it was cut short/],
    ['bad-base64.har', /^entry 2: response\.content: the body is marked base64 but is not valid base64/],
  ])('%s', (name, message) => {
    const text = failure(readFileSync(join(dir, name), 'utf8'));
    expect(text).toMatch(message);
    expect(text).not.toContain('\n');
  });

  it.each([
    ['', /^the file is empty/],
    ['[1,2]', /^not a recording: a HAR 1\.2 file or NDJSON exchanges start with "\{"/],
    ['{"log": {"entries": {}}}', /^not a HAR recording: "log\.entries" is not a list/],
    ['{"log": {"entries": [{"response": {}}]}}', /^entry 1: no "request" object/],
    ['{"log": {"entries": [{"request": {"method": "POST", "url": "http://x"}, "response": {"status": 200, "content": {"text": "/w==", "encoding": "base64"}}}]}}', /^entry 1: response\.content: the base64 body is not UTF-8 text/],
    ['{"log": {"entries": [{"request": {"method": "POST", "url": "http://x"}, "response": {"status": 200, "content": {"text": "x", "encoding": "gzip"}}}]}}', /^entry 1: response\.content: unknown body encoding "gzip"/],
    ['{"request": {"method": "POST", "url": "http://x"}}\n{"request": ', /^line 2: not JSON/],
    ['{"a": 1} x', /^not valid JSON/],
  ])('%j', (text, message) => {
    expect(failure(text)).toMatch(message);
  });

  it('a failed request (status 0, a browser\'s _error) has no response', () => {
    const { exchanges } = readRecording('{"log": {"entries": [{"request": {"method": "POST", "url": "http://x/ws/attendance/daily_time"}, "response": {"status": 0, "content": {}}, "_error": "net::ERR_CONNECTION_REFUSED"}]}}');
    expect(exchanges[0]?.exchange.response).toBeUndefined();
  });
});
