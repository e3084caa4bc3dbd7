import { isRuleCode, ruleCodes } from '../rules/rule-code.js';
import { screamingSnake } from '../mock/results-body.js';
import { confirms, contradicts, isAttendance, responseJson, serverStatus, shortJson, type ModelledBehaviour } from './behaviour.js';
import type { ExchangeView } from './exchange-view.js';
import { resultList, uidIndex } from './response-consistency.js';

const ruleErrorCodes = new Set(ruleCodes.map(screamingSnake));

function envelope(view: ExchangeView): { readonly result: unknown } | undefined {
  const body = responseJson(view);
  const results = typeof body === 'object' && body !== null ? (body as { results?: unknown }).results : undefined;
  return typeof results === 'object' && results !== null && 'result' in results ? (results as { result: unknown }) : undefined;
}

function fieldErrors(view: ExchangeView): Record<string, unknown>[] {
  return resultList(responseJson(view)).flatMap((r) => {
    const error = (r['error_message'] as { error?: unknown } | undefined)?.error;
    const list: unknown[] = Array.isArray(error) ? error : error === undefined ? [] : [error];
    return list.filter((e): e is Record<string, unknown> => typeof e === 'object' && e !== null);
  });
}

/**
 * The modelled behaviours of the attendance endpoints' 200 and 400 bodies (see
 * {@link modelledBehaviours} for the whole list).
 *
 * @example
 * ```ts
 * resultBehaviours.map((b) => b.id); // ['results-envelope', 'result-object-or-array', …]
 * ```
 */
export const resultBehaviours: readonly ModelledBehaviour[] = [
  {
    id: 'results-envelope',
    source: 'inferred',
    statement: 'The attendance endpoints answer 200 and 400 with PowerSchool\'s `results` envelope (`insert_count`, `update_count`, `delete_count`, `result`).',
    detect(view) {
      const status = serverStatus(view);
      if (!isAttendance(view) || (status !== 200 && status !== 400) || view.response.kind !== 'json') return undefined;
      const body = view.response.value;
      const results = typeof body === 'object' && body !== null ? (body as { results?: unknown }).results : undefined;
      return typeof results === 'object' && results !== null && !Array.isArray(results) ? confirms : contradicts(`a ${status} body ${shortJson(body)}`);
    },
  },
  {
    id: 'result-object-or-array',
    source: 'captured',
    statement: '`result` is an object for one record and an array for several.',
    detect(view) {
      const result = envelope(view)?.result;
      if (!isAttendance(view) || result === undefined) return undefined;
      if (Array.isArray(result)) return result.length === 1 ? contradicts('`result` is an array of one') : confirms;
      return view.recordCount === 1 || serverStatus(view) === 400 ? confirms : contradicts(`\`result\` is one object for ${view.recordCount ?? 'several'} records`);
    },
  },
  {
    id: 'ids-are-numbers',
    source: 'captured',
    statement: 'Ids come back as numbers (`client_uid`, `success_message.id`), even when sent as strings.',
    detect(view) {
      if (!isAttendance(view)) return undefined;
      const ids = resultList(responseJson(view)).flatMap((r) => [r['client_uid'], (r['success_message'] as { id?: unknown } | undefined)?.id]).filter((id) => id !== undefined);
      if (ids.length === 0) return undefined;
      const text = ids.find((id) => typeof id !== 'number');
      return text === undefined ? confirms : contradicts(`an id is ${shortJson(text)}`);
    },
  },
  {
    id: 'success-ref-uri',
    source: 'modelled',
    statement: '`success_message.ref` is `<server>/ws/v1/attendance/<id>`.',
    detect(view) {
      if (!isAttendance(view)) return undefined;
      const messages = resultList(responseJson(view)).map((r) => r['success_message'] as { id?: unknown; ref?: unknown } | undefined).filter((m) => m?.ref !== undefined);
      if (messages.length === 0) return undefined;
      const odd = messages.find((m) => typeof m?.ref !== 'string' || !m.ref.endsWith(`/ws/v1/attendance/${String(m.id)}`));
      return odd === undefined ? confirms : contradicts(`ref ${shortJson(odd?.ref)} for id ${shortJson(odd?.id)}`);
    },
  },
  {
    id: 'client-uid-is-index',
    source: 'modelled',
    statement: '`client_uid` in a 200 is the record\'s index in the request (0, 1, 2, …).',
    detect(view) {
      if (!isAttendance(view) || serverStatus(view) !== 200) return undefined;
      const uids = resultList(responseJson(view)).map((r) => r['client_uid']);
      if (uids.length === 0) return undefined;
      return uids.every((u, i) => uidIndex(u) === i) ? confirms : contradicts(`client_uid values ${shortJson(uids)}`);
    },
  },
  {
    id: 'partial-failure-in-200',
    source: 'captured',
    statement: 'A record the server refuses can come back with HTTP 200 and `status: "ERROR"`: clients must read every result\'s status.',
    detect(view) {
      if (!isAttendance(view) || serverStatus(view) !== 200) return undefined;
      return resultList(responseJson(view)).some((r) => r['status'] === 'ERROR') ? confirms : undefined;
    },
  },
  {
    id: 'invalid-payload-400',
    source: 'modelled',
    statement: 'A payload with an error `validate()` reports is refused with 400, and nothing is written.',
    detect(view) {
      const status = serverStatus(view);
      if (!isAttendance(view) || view.validation?.valid !== false || (status !== 200 && status !== 400)) return undefined;
      const first = view.validation.diagnostics.find((d) => d.severity === 'error');
      return status === 400 ? confirms : contradicts(`a payload with \`${first?.code ?? 'an error'}\` at \`${first?.path ?? ''}\` was answered 200`);
    },
  },
  {
    id: 'valid-payload-accepted',
    source: 'modelled',
    statement: 'A payload `validate()` accepts is not refused with 400 (the contract knows every rule the server applies).',
    detect(view) {
      const status = serverStatus(view);
      if (!isAttendance(view) || view.validation?.valid !== true || (status !== 200 && status !== 400)) return undefined;
      if (status === 200) return confirms;
      const codes = fieldErrors(view).map((e) => `${String(e['error_code'])} on ${shortJson(e['field'])}`);
      return contradicts(`a valid payload was refused with 400: ${codes.join(', ') || 'no error listed'}`);
    },
  },
  {
    id: 'client-uid-in-400',
    source: 'modelled',
    statement: 'A 400 names each rejected record with `client_uid` (its index in the request).',
    detect(view) {
      if (!isAttendance(view) || serverStatus(view) !== 400 || view.validation === undefined) return undefined;
      const rejected = new Set(view.validation.diagnostics.filter((d) => d.severity === 'error' && d.recordIndex !== undefined).map((d) => d.recordIndex));
      if (rejected.size === 0 || !envelope(view)) return undefined;
      const named = new Set(resultList(responseJson(view)).map((r) => uidIndex(r['client_uid'])));
      const missing = [...rejected].filter((i) => !named.has(i));
      return missing.length === 0 ? confirms : contradicts(`record ${missing.join(', ')} rejected, but no result has that client_uid`);
    },
  },
  {
    id: 'error-codes-rule-codes',
    source: 'modelled',
    statement: 'A 400\'s `error_code`s are the rule codes in SCREAMING_SNAKE (`MODE_REQUIRED_FIELD`).',
    detect(view) {
      if (!isAttendance(view) || serverStatus(view) !== 400) return undefined;
      const codes = fieldErrors(view).map((e) => e['error_code']);
      if (codes.length === 0) return undefined;
      const other = codes.find((c) => typeof c !== 'string' || !(ruleErrorCodes.has(c) || isRuleCode(c)));
      return other === undefined ? confirms : contradicts(`error_code ${shortJson(other)}`);
    },
  },
  {
    id: 'error-field-paths',
    source: 'modelled',
    statement: 'A 400\'s `field` names the member as `attendance/<column>` (`""` for the whole payload).',
    detect(view) {
      if (!isAttendance(view) || serverStatus(view) !== 400) return undefined;
      const fields = fieldErrors(view).map((e) => e['field']);
      if (fields.length === 0) return undefined;
      const other = fields.find((f) => typeof f !== 'string' || !/^(attendance\/[a-z_]+|record|name|)$/.test(f));
      return other === undefined ? confirms : contradicts(`field ${shortJson(other)}`);
    },
  },
];
