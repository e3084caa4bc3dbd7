import type { CheckedExchange } from '../../exchange/check-exchange.js';
import type { LocatedExchange } from '../../exchange/read-har.js';
import { locatePointers } from '../lint/locate-pointers.js';
import { LineIndex } from '../io/line-index.js';
import { toLintResult, type LintMessage, type LintResult } from '../lint/lint-result.js';
import { findingLine } from './exchange-message.js';

/**
 * The findings of one recording as a lint result, so `verify` prints with the same formatters as
 * `lint`: each message at the exchange's body in the file (HAR: the request's `postData.text`, the
 * response's `content.text` or `status`; NDJSON: the exchange's line), its text naming the exchange.
 *
 * @example
 * ```ts
 * verifyResult('/repo/session.har', text, located, checked).errorCount;
 * ```
 */
export function verifyResult(filePath: string, text: string, located: readonly LocatedExchange[], checked: readonly CheckedExchange[]): LintResult {
  const pointers = located.flatMap((l) => (l.pointers ? [l.pointers.request, l.pointers.response, l.pointers.status] : []));
  const spans = pointers.length > 0 ? locatePointers(text, pointers) : new Map<string, { start: number; end: number }>();
  const lines = new LineIndex(text);
  const messages: LintMessage[] = [];
  checked.forEach((check, index) => {
    const place = located[index];
    for (const finding of check.findings) {
      let start = { line: place?.line ?? 1, column: 1 };
      let end = start;
      if (place?.pointers) {
        const pointer = finding.side === 'request' ? place.pointers.request : finding.code === 'response-status' ? place.pointers.status : place.pointers.response;
        const span = spans.get(pointer);
        if (span) {
          start = lines.at(span.start);
          end = lines.at(span.end);
        }
      }
      messages.push({
        ruleId: finding.code,
        severity: finding.severity === 'error' ? 2 : 1,
        message: findingLine(check.view.exchange, finding),
        line: start.line,
        column: start.column,
        endLine: end.line,
        endColumn: end.column,
        path: finding.path,
        ...(finding.recordIndex === undefined ? {} : { recordIndex: finding.recordIndex }),
      });
    }
  });
  return toLintResult(filePath, null, messages);
}
