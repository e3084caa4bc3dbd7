// A small PowerSchool attendance client, as a district integration would write it: it gets a token
// with the plugin's credentials, posts attendance, retries when the server fails (500), refreshes an
// expired token once, and - the part most clients forget - reads every record's status, because a 200
// can still carry records in status ERROR.
import type { AccessTokenResponse, AttendanceResultsResponse, EndpointId, FieldError } from 'ps-attendance-contract';

/** How to reach the server and how patient to be. */
export interface AttendanceClientOptions {
  /** e.g. `https://district.powerschool.com` */
  readonly baseUrl: string;
  readonly clientId: string;
  readonly clientSecret: string;
  /** How many times to send a request the server failed with 5xx. Default 3. */
  readonly maxAttempts?: number;
  /** The wait before the first retry, doubled each time, in milliseconds. Default 200. */
  readonly retryDelayMs?: number;
  /** The fetch to use. Default the global one. */
  readonly fetch?: typeof fetch;
}

/** What happened to each record of a post: the written ones and the refused ones. */
export interface PostOutcome {
  /** True when every record was written. */
  readonly ok: boolean;
  readonly written: { readonly index: number; readonly id: number | string; readonly action: 'INSERT' | 'UPDATE' }[];
  readonly failed: { readonly index: number; readonly errors: FieldError[] }[];
}

/** A request the server refused as a whole (400, 401, 403, 415, or 5xx after the last retry). */
export class AttendanceRequestError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
  ) {
    super(`PowerSchool answered ${status}: ${JSON.stringify(body).slice(0, 300)}`);
    this.name = 'AttendanceRequestError';
  }
}

/** Creates a client; one token is fetched lazily and reused until it expires or is refused. */
export function createAttendanceClient(options: AttendanceClientOptions) {
  const send = options.fetch ?? fetch;
  const maxAttempts = options.maxAttempts ?? 3;
  const retryDelayMs = options.retryDelayMs ?? 200;
  let token: { value: string; expiresAt: number } | undefined;

  async function accessToken(): Promise<string> {
    if (token && Date.now() < token.expiresAt) return token.value;
    const response = await send(`${options.baseUrl}/oauth/access_token`, {
      method: 'POST',
      headers: {
        Authorization: `Basic ${btoa(`${options.clientId}:${options.clientSecret}`)}`,
        'Content-Type': 'application/x-www-form-urlencoded;charset=UTF-8',
      },
      body: 'grant_type=client_credentials',
    });
    const body = (await response.json()) as AccessTokenResponse;
    if (response.status !== 200) throw new AttendanceRequestError(response.status, body);
    // expires_in is a string of seconds; renew a minute early.
    token = { value: body.access_token, expiresAt: Date.now() + (Number(body.expires_in) - 60) * 1000 };
    return token.value;
  }

  async function post(endpoint: EndpointId, payload: unknown): Promise<PostOutcome> {
    let refreshed = false;
    for (let attempt = 1; ; attempt++) {
      const response = await send(`${options.baseUrl}/ws/attendance/${endpoint}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${await accessToken()}`, 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify(payload),
      });
      const body: unknown = await response.json().catch(() => undefined);
      if (response.status === 200) return outcomeOf(body as AttendanceResultsResponse);
      if (response.status === 401 && !refreshed) {
        refreshed = true;
        token = undefined;
        attempt--;
        continue;
      }
      if (response.status >= 500 && attempt < maxAttempts) {
        await new Promise((resolve) => setTimeout(resolve, retryDelayMs * 2 ** (attempt - 1)));
        continue;
      }
      throw new AttendanceRequestError(response.status, body);
    }
  }

  return { post };
}

function outcomeOf(body: AttendanceResultsResponse): PostOutcome {
  const { result } = body.results;
  const results = Array.isArray(result) ? result : [result];
  const written: PostOutcome['written'] = [];
  const failed: PostOutcome['failed'] = [];
  results.forEach((r, position) => {
    const index = typeof r.client_uid === 'number' ? r.client_uid : position;
    if (r.status === 'SUCCESS') written.push({ index, id: r.success_message?.id ?? '', action: r.action });
    else failed.push({ index, errors: Array.isArray(r.error_message.error) ? r.error_message.error : [r.error_message.error] });
  });
  return { ok: failed.length === 0, written, failed };
}
