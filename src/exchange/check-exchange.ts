import { checkRequest } from './check-request.js';
import { checkResponse } from './check-response.js';
import type { Exchange } from './exchange.js';
import type { ExchangeFinding } from './exchange-finding.js';
import { viewExchange, type ExchangeView } from './exchange-view.js';

/**
 * An exchange, its view and what the checks found (request findings first).
 *
 * @example
 * ```ts
 * const checked: CheckedExchange = checkExchange(exchange);
 * checked.findings.filter((f) => f.severity === 'error').length;
 * ```
 */
export interface CheckedExchange {
  readonly view: ExchangeView;
  readonly findings: readonly ExchangeFinding[];
}

/**
 * Runs the request and the response checks on one exchange. Pure: the proxy and `verify` both use it.
 *
 * @example
 * ```ts
 * checkExchange({ request, response, label: '#1' }).findings; // [] for clean traffic
 * ```
 */
export function checkExchange(exchange: Exchange): CheckedExchange {
  const view = viewExchange(exchange);
  return { view, findings: [...checkRequest(view), ...checkResponse(view)] };
}
