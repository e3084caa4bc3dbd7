import { checkExchange } from '../../exchange/check-exchange.js';
import { exchangeTarget, type Exchange, type RecordedRequest } from '../../exchange/exchange.js';
import { viewExchange } from '../../exchange/exchange-view.js';
import type { PowerSchoolMockCore } from '../../mock/power-school-mock-core.js';
import type { HttpHandlerFn } from '../http/start-http-server.js';
import type { HttpReply } from '../http/http-reply.js';
import { forwardRequest, upstreamUrl } from './forward-request.js';
import type { HarRecorder } from './har-recorder.js';
import { exchangeReport } from './exchange-report.js';

/**
 * What the proxy handler needs: where to forward, whether to block invalid payloads, and where
 * reports and recordings go.
 *
 * @example
 * ```ts
 * const options: ProxyHandlerOptions = { upstream: new URL('https://ps-test.example'), block: true, timeoutMs: 30_000, report: console.error };
 * ```
 */
export interface ProxyHandlerOptions {
  readonly upstream: URL;
  readonly block: boolean;
  readonly timeoutMs: number;
  /** The largest upstream answer read (default 100 MB): a larger one becomes a 502. */
  readonly maxResponseBytes?: number;
  /** Gets one line per exchange. */
  readonly report: (line: string) => void;
  /** Counts of exchanges, findings and blocks, for the summary at the end. */
  readonly tally?: ProxyTally;
  readonly recorder?: HarRecorder;
  /** The mock core whose 400 a blocked request gets (created on first need when absent). */
  readonly core?: () => Promise<PowerSchoolMockCore>;
}

/**
 * Running counts of a proxy session.
 *
 * @example
 * ```ts
 * const tally: ProxyTally = { exchanges: 0, withErrors: 0, blocked: 0, upstreamErrors: 0 };
 * ```
 */
export interface ProxyTally {
  exchanges: number;
  withErrors: number;
  blocked: number;
  upstreamErrors: number;
}

/**
 * The proxy's request handler: reads the request, checks it when it goes to one of the three
 * attendance endpoints or the token endpoint, and either answers a payload `validate()` rejects with
 * the mock's own 400 (`block`: never sent upstream) or forwards it; checks the answer, reports one
 * line, records the exchange, and hands the server's answer back unchanged. The answer of any other
 * route is streamed to the client as it arrives (not held, not size-limited) and recorded without
 * its body.
 *
 * @example
 * ```ts
 * const server = await startHttpServer({ handler: proxyHandler({ upstream, block: false, timeoutMs: 30_000, report }) });
 * ```
 */
export function proxyHandler(options: ProxyHandlerOptions): HttpHandlerFn {
  let sequence = 0;
  let core: Promise<PowerSchoolMockCore> | undefined;
  const mockCore = (): Promise<PowerSchoolMockCore> =>
    (core ??= options.core?.() ?? import('../../mock/power-school-mock-core.js').then((m) => m.createPowerSchoolMockCore()));
  return async (request) => {
    const started = new Date();
    const label = `#${++sequence}`;
    const local = new URL(request.url);
    const url = upstreamUrl(options.upstream, `${local.pathname}${local.search}`);
    const bytes = request.method === 'GET' || request.method === 'HEAD' ? undefined : new Uint8Array(await request.arrayBuffer());
    const headers: { name: string; value: string }[] = [];
    request.headers.forEach((value, name) => headers.push({ name, value }));
    const recorded: RecordedRequest = { method: request.method, url, headers, body: bytes === undefined ? undefined : new TextDecoder().decode(bytes) };

    let exchange: Exchange;
    let reply: HttpReply | Response;
    const target = exchangeTarget(request.method, url);
    if (options.block && target !== undefined && target !== 'access_token' && refused({ request: recorded, response: undefined, label })) {
      const mock = await mockCore();
      const answer = await mock.answer(target, new Request(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${mock.issueToken()}` }, body: recorded.body ?? '' }));
      mock.reset();
      reply = { status: answer.status, headers: { ...answer.headers, 'x-ps-attendance-proxy': 'blocked' }, body: answer.body };
      exchange = { request: recorded, response: { status: answer.status, headers: Object.entries(reply.headers ?? {}).map(([name, value]) => ({ name, value })), body: answer.body }, label, answeredBy: 'blocked' };
    } else {
      // A route the contract does not cover is not checked: its answer is streamed, never held.
      const outcome = await forwardRequest(request, bytes, url, options.timeoutMs, options.maxResponseBytes, { stream: target === undefined });
      reply = outcome.reply;
      exchange = { request: recorded, response: outcome.response, label, ...(outcome.ok ? {} : { answeredBy: 'upstream-error' as const }) };
    }
    const checked = checkExchange(exchange);
    const tally = options.tally;
    if (tally) {
      tally.exchanges++;
      if (checked.findings.some((f) => f.severity === 'error')) tally.withErrors++;
      if (exchange.answeredBy === 'blocked') tally.blocked++;
      if (exchange.answeredBy === 'upstream-error') tally.upstreamErrors++;
    }
    options.report(exchangeReport(checked, !(reply instanceof Response) && typeof reply.body === 'string' ? reply.body : undefined));
    options.recorder?.add(exchange, { startedDateTime: started.toISOString(), timeMs: Date.now() - started.getTime() });
    return reply;
  };
}

// Whether validate() (or the JSON parse) rejects the request: the payloads --block keeps from the server.
function refused(exchange: Exchange): boolean {
  const view = viewExchange(exchange);
  return view.request.kind === 'text' || view.validation?.valid === false;
}
