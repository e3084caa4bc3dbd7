import type { EndpointId } from '../endpoints.js';
import { validateParsedJson } from '../validate.js';
import { checkFieldAccess } from '../plugin-access/check-field-access.js';
import type { AttendanceStore } from './attendance-store.js';
import { deniedFields, forbiddenBody, serverErrorBody, unauthorizedBody, unsupportedMediaTypeBody, wwwAuthenticate, type TokenProblem } from './error-body.js';
import type { ResolvedMockOptions } from './mock-options.js';
import { attendanceTables } from '../plugin-access/attendance-tables.js';
import { duplicateMemberOutcomes, rejectRecords, writeRecords } from './record-outcomes.js';
import { findDuplicateMembers } from '../json-text/find-duplicate-members.js';
import { hasDuplicateMembers } from './has-duplicate-members.js';
import { scanJsonText } from '../json-text/scan-json-text.js';
import { countColons } from '../json-text/has-no-duplicate-members.js';
import { checkParsedJson } from '../plain-schema-check.js';

// Deep nesting makes JSON.parse slow (8 MB of brackets: seconds): large bodies are checked first.
// Small ones skip the scan (it would cost a tenth of a normal answer); their parse is quick anyway.
const maxDepth = 64;
const deepCheckFrom = 100_000;
import { resultsBody, resultsText } from './results-body.js';
import { exampleOf, scenarioFromPrefer, type MockScenario } from './scenario.js';
import type { MockAnswer } from './token-answer.js';
import type { TokenRegistry } from './token-registry.js';

/** What the attendance endpoints need of the mock's state. */
export interface AttendanceContext {
  readonly options: ResolvedMockOptions;
  readonly store: AttendanceStore;
  readonly tokens: TokenRegistry;
  /** The next one-shot scenario, taken from the queue (it wins over a Prefer header). */
  takeScenario(): MockScenario | undefined;
}

/**
 * Answers one POST to an attendance endpoint in the order a server checks: scenario, token (401),
 * content type (415), JSON and duplicate member names (400), field access (403), contract (400),
 * then writes (200).
 * A forced error status (401, 403, 415, 500) answers before any check; a forced 200 still needs a
 * valid token, a JSON content type and a JSON body.
 *
 * @example
 * ```ts
 * attendanceAnswer(request, await request.text(), 'daily_time', context).status; // 200, 400, 401, 403, 415 or 500
 * ```
 *
 * @param text - The body's text; `undefined` when its bytes are not valid UTF-8 (a 400).
 */
export function attendanceAnswer(request: Request, text: string | undefined, endpoint: EndpointId, context: AttendanceContext): MockAnswer {
  let body: unknown = text;
  const scenario = context.takeScenario() ?? scenarioFromPrefer(request.headers.get('prefer'));
  if (typeof scenario === 'string') return payloadError(400, 'PREFER_HEADER', scenario);
  const example = scenario === undefined ? undefined : exampleOf(scenario);
  if (example === 'expired-token') return unauthorized('expired');
  if (example === 'server-error') return { status: 500, body: serverErrorBody() };
  if (example === 'unsupported-media-type') return { status: 415, body: unsupportedMediaTypeBody(request.headers.get('content-type')) };
  const problem = example === 'forbidden' ? undefined : context.tokens.check(request.headers.get('authorization'));
  if (problem !== undefined) return unauthorized(problem);
  const contentType = request.headers.get('content-type');
  if (example !== 'forbidden' && !/^application\/json\s*(;|$)/i.test(contentType ?? '')) return { status: 415, body: unsupportedMediaTypeBody(contentType) };
  if (text === undefined) {
    if (example !== 'forbidden') return payloadError(400, 'PAYLOAD_SHAPE', 'The body is not valid UTF-8: send the JSON encoded as UTF-8.');
  } else if (text.length > deepCheckFrom && example !== 'forbidden' && scanJsonText(text, maxDepth, 0).tooDeep) {
    return payloadError(400, 'PAYLOAD_SHAPE', `The body nests objects or arrays deeper than ${maxDepth} levels: an attendance payload needs 4.`);
  } else {
    try {
      body = JSON.parse(text) as unknown;
    } catch (error) {
      if (example !== 'forbidden') return payloadError(400, 'PAYLOAD_SHAPE', `The body is not valid JSON (${error instanceof Error ? error.message.slice(0, 200) : 'parse error'}): send one JSON object.`);
    }
  }
  const origin = context.options.baseUrl ?? new URL(request.url).origin;
  // The schema check of the parsed body counts its members when it passes (or fails only on
  // attendance members): with the text's colons that proves it free of duplicates, as lint proves a
  // file, without another walk of the body. The check is the validation's below, not a second one.
  const checked = text === undefined || example === 'forbidden' ? undefined : checkParsedJson(body, endpoint);
  const proved = checked?.members !== undefined && countColons(text as string) === checked.members;
  const duplicates = text === undefined || example === 'forbidden' || proved || !hasDuplicateMembers(text, body) ? [] : findDuplicateMembers(text, 100);
  if (duplicates.length > 0) return { status: 400, body: undefined, json: resultsText(duplicateMemberOutcomes(body, duplicates, context.store), origin) };
  const grants = context.options.grants;
  const denied = grants === undefined ? [] : deniedFields(checkFieldAccess(body, grants));
  if (example === 'forbidden') return { status: 403, body: forbiddenBody(denied.length > 0 ? denied : writtenFields(body)) };
  if (denied.length > 0) return { status: 403, body: forbiddenBody(denied) };
  // body is what JSON.parse returned (or undefined): the quicker equivalent of validate().
  const { valid, diagnostics } = validateParsedJson(body, endpoint, checked);
  if (example === 'validation-error' || (!valid && scenario === undefined)) {
    return { status: 400, body: undefined, json: resultsText(rejectRecords(body, diagnostics, context.store), origin) };
  }
  const refuse = example === 'partial-failure' ? refusedRecords(body, scenario !== undefined && 'failRecords' in scenario ? scenario.failRecords : undefined) : new Set<number>();
  return { status: 200, body: undefined, json: resultsText(writeRecords(body, endpoint, diagnostics, context.store, refuse), origin) };
}

function unauthorized(problem: TokenProblem): MockAnswer {
  return { status: 401, body: unauthorizedBody(problem), headers: { 'WWW-Authenticate': wwwAuthenticate(problem) } };
}

function payloadError(status: number, code: string, description: string): MockAnswer {
  return { status, body: resultsBody([{ action: 'INSERT', errors: [{ field: '', error_code: code, error_description: description }] }], '') };
}

// The records a partial failure refuses: those asked for, else the odd indices (record 0 of a one-record payload).
function refusedRecords(body: unknown, asked: readonly number[] | undefined): Set<number> {
  if (asked !== undefined) return new Set(asked);
  const count = attendanceTables(body).length;
  if (count === 1) return new Set([0]);
  return new Set(Array.from({ length: Math.floor(count / 2) }, (_, i) => 2 * i + 1));
}

// The members a forced 403 lists when the grants do not deny any: every field the payload writes.
function writtenFields(body: unknown): string[] {
  const fields = attendanceTables(body).flatMap((attendance) => Object.keys(attendance ?? {}));
  return fields.length > 0 ? fields : ['att_comment'];
}
