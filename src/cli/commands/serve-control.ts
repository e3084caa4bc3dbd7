import type { PowerSchoolMockCore } from '../../mock/power-school-mock-core.js';
import { mockExamples, mockStatuses, type MockScenario, type MockStatus } from '../../mock/scenario.js';
import { jsonMessage, type HttpReply } from '../http/http-reply.js';
import { controlOpenApi } from './serve-control-openapi.js';

/**
 * The reserved path prefix of the control API of `ps-attendance serve`.
 *
 * @example
 * ```ts
 * await fetch(`${url}${controlPrefix}/reset`, { method: 'POST' });
 * ```
 */
export const controlPrefix = '/_mock';

const json = (status: number, value: unknown): HttpReply => ({ status, headers: { 'content-type': 'application/json' }, body: JSON.stringify(value) });
const noContent: HttpReply = { status: 204 };

/**
 * Answers a request under {@link controlPrefix}: what `mock.reset()`, `records()`, `requests()`,
 * `nextResponse()`, `issueToken()` and `revokeTokens()` do in JavaScript, over HTTP (described by
 * {@link controlOpenApi}, served at `/_mock/openapi.json`).
 *
 * @example
 * ```ts
 * await controlAnswer(new Request(`${url}/_mock/reset`, { method: 'POST' }), '/reset', core); // { status: 204 }
 * ```
 *
 * @param path - The path after the prefix, e.g. `/reset`.
 */
export async function controlAnswer(request: Request, path: string, state: PowerSchoolMockCore): Promise<HttpReply> {
  const route = `${request.method} ${path}`;
  switch (route) {
    case 'GET /health':
      return json(200, { status: 'ok' });
    case 'GET /openapi.json':
      return json(200, controlOpenApi);
    case 'GET /records':
      return json(200, { records: state.records() });
    case 'GET /requests':
      return json(200, { requests: state.requests() });
    case 'POST /reset':
      state.reset();
      return noContent;
    case 'DELETE /tokens':
      state.revokeTokens();
      return noContent;
    case 'POST /tokens': {
      const body = await jsonBody(request);
      if (typeof body === 'string') return jsonMessage(400, body);
      const lifetime = body === undefined ? undefined : (body as Record<string, unknown>)['lifetimeSeconds'];
      const unknown = body === undefined ? [] : Object.keys(body as object).filter((key) => key !== 'lifetimeSeconds');
      if (unknown.length > 0 || (lifetime !== undefined && !(Number.isSafeInteger(lifetime) && (lifetime as number) >= 0))) {
        return jsonMessage(400, 'Send {} or { "lifetimeSeconds": <whole number of 0 or more> } (0 gives an expired token).');
      }
      const lifetimeSeconds = (lifetime as number | undefined) ?? state.options.tokenLifetimeSeconds;
      return json(200, { access_token: state.issueToken({ lifetimeSeconds }), token_type: 'Bearer', expires_in: String(lifetimeSeconds) });
    }
    case 'POST /next-response': {
      const body = await jsonBody(request);
      if (typeof body === 'string') return jsonMessage(400, body);
      const scenario = toScenario(body);
      if (typeof scenario === 'string') return jsonMessage(400, scenario);
      state.nextResponse(scenario);
      return noContent;
    }
    default: {
      const known = ['/health', '/openapi.json', '/records', '/requests', '/reset', '/tokens', '/next-response'];
      return known.includes(path)
        ? jsonMessage(405, `${request.method} is not allowed on ${controlPrefix}${path}: see ${controlPrefix}/openapi.json.`)
        : jsonMessage(404, `No control route ${controlPrefix}${path.slice(0, 100)}: see ${controlPrefix}/openapi.json.`);
    }
  }
}

// The JSON body of a control request: undefined when empty, a string saying what is wrong when not an object.
async function jsonBody(request: Request): Promise<Record<string, unknown> | undefined | string> {
  const text = await request.text();
  if (text.trim() === '') return undefined;
  try {
    const value = JSON.parse(text) as unknown;
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // Answered below.
  }
  return 'The body must be one JSON object (Content-Type: application/json).';
}

/**
 * Checks a scenario sent to `POST /_mock/next-response`: `{ "code": 500 }` or
 * `{ "example": "partial-failure", "failRecords": [0, 2] }`; a string says what is wrong.
 *
 * @example
 * ```ts
 * toScenario({ code: 500 }); // { code: 500 }
 * toScenario({ code: 418 }); // 'code must be one of 200, 400, …'
 * ```
 */
export function toScenario(body: Record<string, unknown> | undefined): MockScenario | string {
  const examples = Object.keys(mockExamples);
  const usage = `Send { "code": ${mockStatuses.join(' | ')} } or { "example": "${examples.join('" | "')}", "failRecords"?: [indices] }.`;
  if (body === undefined) return usage;
  const keys = Object.keys(body).sort().join(',');
  if (keys === 'code') {
    const code = body['code'];
    return (mockStatuses as readonly unknown[]).includes(code) ? { code: code as MockStatus } : `"code" must be one of ${mockStatuses.join(', ')}. ${usage}`;
  }
  if (keys !== 'example' && keys !== 'example,failRecords') return usage;
  const example = body['example'];
  if (typeof example !== 'string' || !Object.hasOwn(mockExamples, example)) return `"example" must be one of ${examples.join(', ')}. ${usage}`;
  const fail = body['failRecords'];
  if (fail === undefined) return { example: example as keyof typeof mockExamples };
  if (!Array.isArray(fail) || !fail.every((i) => Number.isSafeInteger(i) && (i as number) >= 0)) return `"failRecords" must be an array of record indices (whole numbers from 0). ${usage}`;
  return { example: example as keyof typeof mockExamples, failRecords: fail as number[] };
}
