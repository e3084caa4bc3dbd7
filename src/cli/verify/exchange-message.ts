import type { Exchange } from '../../exchange/exchange.js';
import type { ExchangeFinding } from '../../exchange/exchange-finding.js';

/**
 * How reports name an exchange: its label, method, path and status, e.g.
 * `entry 3 POST /ws/attendance/daily_time → 200`.
 *
 * @example
 * ```ts
 * exchangeTitle(exchange); // 'entry 3 POST /ws/attendance/daily_time → 200'
 * ```
 */
export function exchangeTitle(exchange: Exchange): string {
  let path = exchange.request.url;
  try {
    path = new URL(exchange.request.url, 'http://localhost').pathname;
  } catch {
    // Keep the URL as recorded.
  }
  const status = exchange.response === undefined ? 'no response' : String(exchange.response.status);
  return `${exchange.label} ${exchange.request.method} ${path} → ${status}`;
}

/**
 * One line for a finding: the exchange, the side and JSON Pointer, and the message.
 *
 * @example
 * ```ts
 * findingLine(exchange, finding);
 * // 'entry 3 POST /ws/attendance/daily_time → 200: response /results/insert_count: insert_count 1 + …'
 * ```
 */
export function findingLine(exchange: Exchange, finding: ExchangeFinding): string {
  const where = finding.path === '' ? finding.side : `${finding.side} ${finding.path}`;
  return `${exchangeTitle(exchange)}: ${where}: ${finding.message}`;
}
