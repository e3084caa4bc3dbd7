import type { EndpointId } from '../endpoints.js';

/**
 * A route of the mock: one of the three attendance endpoints, or `access_token` for
 * `POST /oauth/access_token`.
 *
 * @example
 * ```ts
 * const route: MockRoute = 'batch_daily_time';
 * ```
 */
export type MockRoute = EndpointId | 'access_token';

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
  readonly endpoint: MockRoute;
  readonly url: string;
  /** The request headers, names in lower case. */
  readonly headers: Readonly<Record<string, string>>;
  /** The parsed JSON body; the text when it is not JSON (the token request's form body, say). */
  readonly body: unknown;
  /** The status the mock answered with. */
  readonly status: number;
}

/**
 * The answer of the mock as plain data, for any HTTP layer: a status, headers (names in lower case,
 * `content-type` included) and the body's text (JSON).
 *
 * @example
 * ```ts
 * const { status, headers, body } = await core.handle(request) ?? notFound;
 * reply.writeHead(status, headers).end(body);
 * ```
 */
export interface MockResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}
