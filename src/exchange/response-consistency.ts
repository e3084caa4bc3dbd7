import type { ExchangeFinding } from './exchange-finding.js';

/**
 * The `result` entries of a results envelope as a list (`result` is an object for one record).
 *
 * @example
 * ```ts
 * resultList({ results: { result: { status: 'SUCCESS' } } }); // [{ status: 'SUCCESS' }]
 * ```
 */
export function resultList(body: unknown): Record<string, unknown>[] {
  const results = member(body, 'results');
  const result = member(results, 'result');
  const list: unknown[] = Array.isArray(result) ? result : result === undefined ? [] : [result];
  return list.filter((r): r is Record<string, unknown> => typeof r === 'object' && r !== null && !Array.isArray(r));
}

/**
 * A record index from a `client_uid` (a number, or a string of digits), else undefined.
 *
 * @example
 * ```ts
 * uidIndex('3'); // 3
 * ```
 */
export function uidIndex(uid: unknown): number | undefined {
  if (typeof uid === 'number' && Number.isInteger(uid) && uid >= 0) return uid;
  if (typeof uid === 'string' && /^[0-9]{1,9}$/.test(uid)) return Number(uid);
  return undefined;
}

/**
 * Checks a schema-valid results envelope against its request: on a 200, one result per record
 * (`result-count`, naming the records without one when `client_uid`s are record indices) in request
 * order (`result-order`); on any status, `insert_count` + `update_count` equal to the SUCCESS
 * results and `insert_count` to the SUCCESS INSERTs (`result-counts`; skipped after a `result-count`,
 * which throws the counts off too). One finding per root cause.
 *
 * @example
 * ```ts
 * resultConsistency(body, 200, 3); // [{ code: 'result-count', … }] when a record has no result
 * ```
 */
export function resultConsistency(body: unknown, status: number, records: number | undefined): ExchangeFinding[] {
  const findings: ExchangeFinding[] = [];
  const list = resultList(body);
  const uids = list.map((r) => uidIndex(r['client_uid']));
  const indexed = uids.every((u) => u !== undefined);
  if (records !== undefined && (status === 200 ? list.length !== records : list.length > records + 1)) {
    const missing = indexed && status === 200 ? [...Array(records).keys()].filter((i) => !uids.includes(i)) : [];
    const which = missing.length > 0 ? `: ${plural(missing.length, 'record')} ${missing.join(', ')} ${missing.length === 1 ? 'has' : 'have'} none` : '';
    findings.push({
      code: 'result-count',
      severity: 'error',
      side: 'response',
      path: '/results/result',
      message: `${list.length} ${plural(list.length, 'result')} for ${records} ${plural(records, 'record')}${which}. ${status === 200 ? 'A 200 answers every record once: a record without a result was silently dropped.' : 'A 400 cannot report more results than records.'}`,
    });
  } else if (status === 200 && indexed && records !== undefined) {
    const outOfOrder = uids.findIndex((u, i) => u !== i);
    if (outOfOrder !== -1 && new Set(uids).size === records && uids.every((u) => (u ?? records) < records)) {
      findings.push({ code: 'result-order', severity: 'error', side: 'response', path: `/results/result/${outOfOrder}/client_uid`, message: `Result ${outOfOrder} is for record ${uids[outOfOrder]}: results must come in the order of the request's records.` });
    }
  }
  // A missing or extra result also throws the counts off: one root cause, one finding.
  if (findings.some((f) => f.code === 'result-count')) return findings;
  const results = member(body, 'results');
  const inserts = member(results, 'insert_count');
  const updates = member(results, 'update_count');
  const successes = list.filter((r) => r['status'] === 'SUCCESS');
  const successInserts = successes.filter((r) => r['action'] === 'INSERT').length;
  if (typeof inserts === 'number' && typeof updates === 'number') {
    if (inserts + updates !== successes.length) {
      findings.push({ code: 'result-counts', severity: 'error', side: 'response', path: '/results/insert_count', message: `insert_count ${inserts} + update_count ${updates} = ${inserts + updates}, but ${successes.length} ${plural(successes.length, 'result is', 'results are')} SUCCESS.` });
    } else if (inserts !== successInserts) {
      findings.push({ code: 'result-counts', severity: 'error', side: 'response', path: '/results/insert_count', message: `insert_count is ${inserts}, but ${successInserts} SUCCESS ${plural(successInserts, 'result is an', 'results are')} INSERT.` });
    }
  }
  return findings;
}

function member(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;
}

function plural(count: number, one: string, many = `${one}s`): string {
  return count === 1 ? one : many;
}
