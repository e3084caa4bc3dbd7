import type { CheckedExchange } from '../../exchange/check-exchange.js';
import { exchangeTitle } from '../verify/exchange-message.js';

/**
 * The proxy's one line for an exchange: who answered, then `ok`, `not covered by the contract`, or
 * the findings (code, side and JSON Pointer, message; the first three, then how many more),
 * separated by ` | `.
 *
 * @example
 * ```ts
 * exchangeReport(checkExchange(exchange), undefined);
 * // '#3 POST /ws/attendance/batch_daily_time → 200: 1 error: result-count at response /results/result: 2 results for 3 records …'
 * ```
 */
export function exchangeReport(checked: CheckedExchange, proxyMessage: string | undefined): string {
  const { exchange, target } = checked.view;
  const by = exchange.answeredBy === 'blocked' ? ' (blocked: answered by the proxy, not sent upstream)' : exchange.answeredBy === 'upstream-error' ? ' (answered by the proxy)' : '';
  const head = `${exchangeTitle(exchange)}${by}`;
  if (exchange.answeredBy === 'upstream-error') {
    let message = proxyMessage ?? '';
    try {
      message = (JSON.parse(message) as { message?: string }).message ?? message;
    } catch {
      // Keep the text.
    }
    return `${head}: ${message.replace(/^ps-attendance proxy: /, '')}`;
  }
  if (target === undefined) return `${head}: not covered by the contract (not checked)`;
  const findings = checked.findings;
  if (findings.length === 0) return `${head}: ok`;
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  const counts = [errors > 0 ? `${errors} error${errors === 1 ? '' : 's'}` : '', warnings > 0 ? `${warnings} warning${warnings === 1 ? '' : 's'}` : ''].filter(Boolean).join(', ');
  const details = findings.map((f) => `${f.code}${f.severity === 'warning' ? ' (warning)' : ''} at ${f.side}${f.path === '' ? '' : ` ${f.path}`}: ${f.message.replace(/[\r\n]+/g, ' ')}`);
  // One line stays readable: the first three findings, then how many more (verify lists them all).
  const shown = details.length > 3 ? [...details.slice(0, 3), `and ${details.length - 3} more (ps-attendance verify lists them all)`] : details;
  return `${head}: ${counts}: ${shown.join(' | ')}`;
}
