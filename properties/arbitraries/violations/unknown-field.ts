import * as fc from 'fast-check';
import { recordMembers, requestModels, tablesMembers } from '../../../generated/model.js';
import { endpointIds, endpoints, modeFields, type EndpointId } from '../../../src/endpoints.js';
import { escapePointerToken } from '../../../src/pointer.js';
import { basePayload, recordIndex, withAttendance, withRecord, type Obj, type Violation } from './violation.js';

type Level = 'payload' | 'record' | 'tables' | 'attendance';

// Typos, case slips, the other endpoint's columns, a prototype key, and names that need escaping.
const typos = ['student_id', 'STUDENTID', 'studentId', 'att-date', 'attendance_code_id', 'schoolID', 'att_mode', 'comment', '__proto__', 'constructor', 'a/b', '~1', 'tables/attendance'];
const otherModel: Record<EndpointId, readonly string[]> = {
  daily_time: ['ccid', 'periodid', 'att_interval', 'start_time', 'end_time'],
  batch_daily_time: ['ccid', 'periodid', 'att_interval', 'start_time', 'end_time'],
  meeting_interval: ['total_minutes', 'dcid'],
};
const outerSlips = ['records', 'Record', 'NAME', 'attendance', 'tables', 'table', '__proto__', 'x/y~z'];

function known(level: Level, endpoint: EndpointId): ReadonlySet<string> {
  if (level === 'payload') return new Set(requestModels.DailyTimeRequest.members);
  if (level === 'record') return new Set(recordMembers);
  if (level === 'tables') return new Set(tablesMembers);
  return new Set(endpoints[endpoint].modes.flatMap((mode) => modeFields(mode)));
}

// An own, enumerable member even for "__proto__" (plain assignment would set the prototype).
function withMember(object: Obj, name: string, value: unknown): Obj {
  const out: Obj = { ...object };
  Object.defineProperty(out, name, { value, enumerable: true, writable: true, configurable: true });
  return out;
}

/**
 * `unknown-field`: a member outside the endpoint's model added at one level (payload, record,
 * `tables` or the attendance table): typos, wrong case, the other endpoint's columns, `__proto__`,
 * names with `/` or `~` (escaped in the path), or any other unknown name; with any JSON value.
 *
 * @example
 * ```ts
 * fc.sample(unknownFieldViolation.build('daily_time'), 1); // path '/record/0/tables/attendance/student_id'
 * ```
 */
export const unknownFieldViolation: Violation = {
  endpoints: endpointIds,
  build(endpoint) {
    const levels: Level[] = ['attendance', 'payload', 'record', 'tables'];
    const named = fc.constantFrom(...levels).chain((level) => {
      const members = known(level, endpoint);
      const curated = (level === 'attendance' ? [...typos, ...otherModel[endpoint]] : outerSlips).filter((n) => !members.has(n));
      return fc.tuple(fc.constant(level), fc.oneof(fc.constantFrom(...curated), fc.string({ maxLength: 12 }).filter((n) => !members.has(n))));
    });
    return fc.tuple(basePayload(endpoint), named, fc.jsonValue({ maxDepth: 2 }), fc.nat()).map(([payload, [level, name], value, pick]) => {
      const j = recordIndex(pick, payload.record.length);
      const token = escapePointerToken(name);
      const expected = (path: string) => ({ code: 'unknown-field' as const, path });
      switch (level) {
        case 'payload':
          return { endpoint, payload: withMember(payload, name, value), expected: expected(`/${token}`) };
        case 'record':
          return { endpoint, payload: withRecord(payload, j, (r) => withMember(r, name, value)), expected: expected(`/record/${j}/${token}`) };
        case 'tables':
          return { endpoint, payload: withRecord(payload, j, (r) => ({ ...r, tables: withMember(r['tables'] as Obj, name, value) })), expected: expected(`/record/${j}/tables/${token}`) };
        case 'attendance':
          return { endpoint, payload: withAttendance(payload, j, (a) => withMember(a, name, value)), expected: expected(`/record/${j}/tables/attendance/${token}`) };
      }
    });
  },
};
