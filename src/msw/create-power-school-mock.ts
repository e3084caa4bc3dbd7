import { http, type HttpHandler } from 'msw';
import { endpointIds, endpoints } from '../endpoints.js';
import { createPowerSchoolMockCore, type MockState } from '../mock/power-school-mock-core.js';
import type { PowerSchoolMockOptions } from '../mock/mock-options.js';
import type { MockRoute } from '../mock/received-request.js';

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
export interface PowerSchoolMock extends MockState {
  /** The msw handlers: `POST /oauth/access_token` and the three attendance endpoints. */
  readonly handlers: HttpHandler[];
}

/**
 * Creates a mock of PowerSchool's attendance write API for msw: `POST /oauth/access_token` and the
 * three `POST /ws/attendance/*` endpoints, answering as the server would (see docs/msw.md). Works with
 * `setupServer` (Node) and `setupWorker` (browser), and with `getResponse` (no server). The handlers
 * are a thin layer over {@link createPowerSchoolMockCore}, which `ps-attendance serve` also runs.
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
  const core = createPowerSchoolMockCore(options);
  const url = (path: string): string => `${core.options.baseUrl ?? '*'}${path}`;
  const handler = (route: MockRoute, path: string): HttpHandler =>
    http.post(url(path), async ({ request }) => {
      const { status, headers, body } = await core.answer(route, request);
      return new Response(body, { status, headers });
    });
  return {
    handlers: [handler('access_token', '/oauth/access_token'), ...endpointIds.map((id) => handler(id, endpoints[id].path))],
    clientId: core.clientId,
    clientSecret: core.clientSecret,
    issueToken: (lifetime) => core.issueToken(lifetime),
    revokeTokens: () => core.revokeTokens(),
    records: () => core.records(),
    requests: () => core.requests(),
    nextResponse: (scenario) => core.nextResponse(scenario),
    reset: () => core.reset(),
  };
}
