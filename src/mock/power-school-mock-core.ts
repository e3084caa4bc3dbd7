import { endpointIds, endpoints } from '../endpoints.js';
import { AttendanceStore, type StoredAttendance } from './attendance-store.js';
import { attendanceAnswer } from './attendance-answer.js';
import { resolveMockOptions, type PowerSchoolMockOptions, type ResolvedMockOptions } from './mock-options.js';
import type { MockResponse, MockRoute, ReceivedRequest } from './received-request.js';
import { RequestLog } from './request-log.js';
import type { MockScenario } from './scenario.js';
import { tokenAnswer, type MockAnswer } from './token-answer.js';
import { TokenRegistry } from './token-registry.js';

/**
 * The mock's state operations, shared by the msw handlers, `ps-attendance serve` and its control API.
 *
 * @example
 * ```ts
 * const state: MockState = createPowerSchoolMockCore();
 * state.nextResponse({ example: 'partial-failure' });
 * state.reset();
 * ```
 */
export interface MockState {
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
 * The platform-free mock of PowerSchool's attendance write API: a standard `Request` in, a
 * {@link MockResponse} (status, headers, JSON text) out, and the state operations. No msw, no
 * server: the msw handlers (`ps-attendance-contract/msw`) and `ps-attendance serve` are thin layers
 * over it, and it fits any other (a service worker, a fetch stub, a proxy).
 *
 * @example
 * ```ts
 * const core = createPowerSchoolMockCore({ clientId: 'id', clientSecret: 'secret' });
 * const response = await core.handle(new Request('http://mock.test/ws/attendance/daily_time', {
 *   method: 'POST',
 *   headers: { Authorization: `Bearer ${core.issueToken()}`, 'Content-Type': 'application/json' },
 *   body: JSON.stringify(payload),
 * }));
 * response?.status; // 200, or undefined for a request that is not one of the mock's routes
 * ```
 */
export interface PowerSchoolMockCore extends MockState {
  /** The options with their defaults applied. */
  readonly options: ResolvedMockOptions;
  /** The route a request is for: a POST to one of the four paths (on `baseUrl`, when it is set). */
  routeOf(request: Request): MockRoute | undefined;
  /** Answers a request to one of the routes; `undefined` when {@link routeOf} finds none. */
  handle(request: Request): Promise<MockResponse | undefined>;
  /** Answers a request as the given route, without matching its method or URL. */
  answer(route: MockRoute, request: Request): Promise<MockResponse>;
}

/**
 * Creates the platform-free mock (see {@link PowerSchoolMockCore}); the options are those of
 * `createPowerSchoolMock`, checked the same way (an unknown or invalid option throws a TypeError).
 *
 * @example
 * ```ts
 * import { createPowerSchoolMockCore } from 'ps-attendance-contract';
 *
 * const core = createPowerSchoolMockCore({ firstId: 5000 });
 * globalThis.fetch = async (input, init) => {
 *   const request = new Request(input, init);
 *   const answer = await core.handle(request);
 *   if (answer === undefined) throw new Error(`not mocked: ${request.url}`);
 *   return new Response(answer.body, answer);
 * };
 * ```
 */
export function createPowerSchoolMockCore(options: PowerSchoolMockOptions = {}): PowerSchoolMockCore {
  const resolved = resolveMockOptions(options);
  const store = new AttendanceStore(resolved.firstId);
  const tokens = new TokenRegistry(resolved.now);
  // The log keeps each body as text and parses it when read: holding thousands of parsed batches made
  // the garbage collector a tenth of the mock's time.
  // Headers are copied into plain objects when read, too.
  const received = new RequestLog<Omit<ReceivedRequest, 'body' | 'headers'> & { readonly headers: Headers; readonly text: string }>(resolved.maxLoggedRequests);
  const queue: MockScenario[] = [];
  const context = { options: resolved, store, tokens, takeScenario: () => queue.shift() };
  const routes = new Map<string, MockRoute>([['/oauth/access_token', 'access_token'], ...endpointIds.map((id) => [endpoints[id].path, id] as const)]);
  const origin = resolved.baseUrl === undefined ? undefined : new URL(resolved.baseUrl).origin;
  const basePath = resolved.baseUrl === undefined ? '' : new URL(resolved.baseUrl).pathname.replace(/\/+$/, '');

  const answer = async (route: MockRoute, request: Request): Promise<MockResponse> => {
    const bytes = new Uint8Array(await request.arrayBuffer());
    const text = route === 'access_token' ? new TextDecoder().decode(bytes) : strictUtf8(bytes);
    const reply: MockAnswer =
      route === 'access_token'
        ? tokenAnswer(request, text ?? '', resolved, tokens)
        : attendanceAnswer(request, text, route, context);
    received.push({ endpoint: route, url: request.url, headers: request.headers, text: text ?? new TextDecoder().decode(bytes), status: reply.status });
    if (resolved.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, resolved.latencyMs));
    return { status: reply.status, headers: { 'content-type': 'application/json', ...lowerCased(reply.headers) }, body: reply.json ?? JSON.stringify(reply.body) };
  };

  const routeOf = (request: Request): MockRoute | undefined => {
    if (request.method !== 'POST') return undefined;
    const url = new URL(request.url);
    if (origin !== undefined && url.origin !== origin) return undefined;
    if (!url.pathname.startsWith(basePath)) return undefined;
    return routes.get(url.pathname.slice(basePath.length));
  };

  return {
    options: resolved,
    clientId: resolved.clientId,
    clientSecret: resolved.clientSecret,
    routeOf,
    answer,
    handle: async (request) => {
      const route = routeOf(request);
      return route === undefined ? undefined : answer(route, request);
    },
    issueToken: ({ lifetimeSeconds = resolved.tokenLifetimeSeconds } = {}) => tokens.issue(lifetimeSeconds),
    revokeTokens: () => tokens.revokeAll(),
    records: () => store.rows(),
    requests: () => received.entries().map(({ text, headers, ...rest }) => ({ ...rest, headers: Object.fromEntries(headers), body: parseOrText(text) })),
    nextResponse: (scenario) => {
      queue.push(scenario);
    },
    reset: () => {
      store.clear();
      received.clear();
      queue.length = 0;
    },
  };
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function strictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return utf8.decode(bytes);
  } catch {
    return undefined;
  }
}

function lowerCased(headers: Readonly<Record<string, string>> | undefined): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) result[name.toLowerCase()] = value;
  return result;
}

function parseOrText(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
