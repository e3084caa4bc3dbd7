import { delay, http, HttpResponse, type HttpHandler, type JsonBodyType } from 'msw';
import { endpointIds, endpoints, type EndpointId } from '../endpoints.js';
import { AttendanceStore, type StoredAttendance } from './attendance-store.js';
import { attendanceAnswer } from './attendance-answer.js';
import { resolveMockOptions, type PowerSchoolMockOptions } from './mock-options.js';
import type { MockScenario } from './scenario.js';
import { tokenAnswer, type MockAnswer } from './token-answer.js';
import { TokenRegistry } from './token-registry.js';

/**
 * One request the mock received, and the status it answered.
 *
 * @example
 * ```ts
 * const [first] = mock.requests();
 * first?.endpoint; // 'access_token'
 * first?.status; // 200
 * ```
 */
export interface ReceivedRequest {
  /** The endpoint id, or `access_token` for `POST /oauth/access_token`. */
  readonly endpoint: EndpointId | 'access_token';
  readonly url: string;
  /** The request headers, names in lower case. */
  readonly headers: Readonly<Record<string, string>>;
  /** The parsed JSON body; the text when it is not JSON (the token request's form body, say). */
  readonly body: unknown;
  /** The status the mock answered with. */
  readonly status: number;
}

/**
 * What {@link createPowerSchoolMock} returns: the handlers and the mock's state.
 *
 * @example
 * ```ts
 * const mock: PowerSchoolMock = createPowerSchoolMock();
 * server.use(...mock.handlers);
 * mock.nextResponse({ example: 'partial-failure' });
 * afterEach(() => mock.reset());
 * ```
 */
export interface PowerSchoolMock {
  /** The msw handlers: `POST /oauth/access_token` and the three attendance endpoints. */
  readonly handlers: HttpHandler[];
  /** The credentials the token endpoint accepts. */
  readonly clientId: string;
  readonly clientSecret: string;
  /** A valid bearer token, without a round trip (`lifetimeSeconds: 0` gives an expired one). */
  issueToken(options?: { readonly lifetimeSeconds?: number }): string;
  /** Makes every issued token unknown (401). */
  revokeTokens(): void;
  /** The attendance rows written so far, in insertion order. */
  records(): StoredAttendance[];
  /** The requests received so far, oldest first. */
  requests(): ReceivedRequest[];
  /** Forces the answer of the next attendance request (calls queue up, one per request). */
  nextResponse(scenario: MockScenario): void;
  /** Forgets the rows, the requests and the queued scenarios (tokens stay valid). */
  reset(): void;
}

/**
 * Creates a mock of PowerSchool's attendance write API for msw: `POST /oauth/access_token` and the
 * three `POST /ws/attendance/*` endpoints, answering as the server would (see docs/msw.md). Works with
 * `setupServer` (Node) and `setupWorker` (browser), and with `getResponse` (no server).
 *
 * @example
 * ```ts
 * import { setupServer } from 'msw/node';
 * import { createPowerSchoolMock } from 'ps-attendance-contract/msw';
 *
 * const mock = createPowerSchoolMock({ baseUrl: 'https://district.powerschool.com' });
 * const server = setupServer(...mock.handlers);
 * server.listen();
 * const response = await fetch('https://district.powerschool.com/ws/attendance/daily_time', {
 *   method: 'POST',
 *   headers: { Authorization: `Bearer ${mock.issueToken()}`, 'Content-Type': 'application/json' },
 *   body: JSON.stringify(payload),
 * });
 * ```
 */
export function createPowerSchoolMock(options: PowerSchoolMockOptions = {}): PowerSchoolMock {
  const resolved = resolveMockOptions(options);
  const store = new AttendanceStore(resolved.firstId);
  const tokens = new TokenRegistry(resolved.now);
  // The log keeps each body as text and parses it when read: holding thousands of parsed batches made
  // the garbage collector a tenth of the mock's time.
  const received: (Omit<ReceivedRequest, 'body'> & { readonly text: string })[] = [];
  const queue: MockScenario[] = [];
  const url = (path: string): string => `${resolved.baseUrl ?? '*'}${path}`;
  const context = { options: resolved, store, tokens, takeScenario: () => queue.shift() };

  const respond = async (request: Request, endpoint: ReceivedRequest['endpoint'], answer: MockAnswer, text: string): Promise<Response> => {
    const headers: Record<string, string> = {};
    request.headers.forEach((value, name) => {
      headers[name] = value;
    });
    received.push({ endpoint, url: request.url, headers, text, status: answer.status });
    if (resolved.latencyMs > 0) await delay(resolved.latencyMs);
    return HttpResponse.json(answer.body as JsonBodyType, { status: answer.status, ...(answer.headers ? { headers: answer.headers } : {}) });
  };
  const tokenHandler = http.post(url('/oauth/access_token'), async ({ request }) => {
    const form = await request.text();
    return respond(request, 'access_token', tokenAnswer(request, form, resolved, tokens), form);
  });
  const attendanceHandlers = endpointIds.map((endpoint) =>
    http.post(url(endpoints[endpoint].path), async ({ request }) => {
      const text = await request.text();
      return respond(request, endpoint, attendanceAnswer(request, text, endpoint, context), text);
    }),
  );

  return {
    handlers: [tokenHandler, ...attendanceHandlers],
    clientId: resolved.clientId,
    clientSecret: resolved.clientSecret,
    issueToken: ({ lifetimeSeconds = resolved.tokenLifetimeSeconds } = {}) => tokens.issue(lifetimeSeconds),
    revokeTokens: () => tokens.revokeAll(),
    records: () => store.rows(),
    requests: () => received.map(({ text, ...rest }) => ({ ...rest, body: parseOrText(text) })),
    nextResponse: (scenario) => {
      queue.push(scenario);
    },
    reset: () => {
      store.clear();
      received.length = 0;
      queue.length = 0;
    },
  };
}

function parseOrText(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
