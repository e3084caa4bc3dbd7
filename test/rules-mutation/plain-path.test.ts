import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validate } from '../../src/validate.js';
import { provesValidPlain } from '../../src/plain-schema-check.js';
import { isQuietDailyTime, dailyTimeRuleCodes } from '../../src/rules/quiet-daily-time.js';
import { semanticRules } from '../../src/rules/catalogue.js';
import { dailyAttendance, meetingAttendance, payloadOf } from '../../src/rules/examples.js';
import { invalidPayload, validPayload } from '../../properties/arbitraries/index.js';
import { fcParams } from '../../properties/fc-params.js';
import { notPlain, type Json } from './payload-views.js';

// validate() takes a fast path for plain data (schemas compiled without ajv's ownProperties, and no
// rule runner for a quiet Daily/Time batch). These tests hold that it is only a shortcut: whatever
// the data, the diagnostics are those of the own-member path, which is forced here by giving the
// payload a prototype of its own (an object that is not plain data).

const codesAndPaths = (payload: unknown, endpoint: Parameters<typeof validate>[1]): string[] => validate(payload, endpoint).diagnostics.map((d) => `${d.code} ${d.path}`);
const at = (field: string) => `/record/0/tables/attendance/${field}`;

describe('the plain-data fast path gives the own-member path\'s diagnostics', () => {
  it('for generated valid payloads and every kind of invalid one', () => {
    fc.assert(
      fc.property(fc.oneof(validPayload(), invalidPayload()), ({ endpoint, payload }) => {
        expect(validate(payload, endpoint)).toEqual(validate(notPlain(payload as Json), endpoint));
      }),
      fcParams(200),
    );
  });

  it('is taken for plain parsed JSON, null-prototype objects and own enumerable getters', () => {
    const body = payloadOf(dailyAttendance());
    expect(provesValidPlain(JSON.parse(JSON.stringify(body)), 'daily_time')).toBe(true);
    const bare = Object.assign(Object.create(null) as Json, { record: [Object.assign(Object.create(null) as Json, { tables: { attendance: dailyAttendance() } })] });
    expect(provesValidPlain(bare, 'daily_time')).toBe(true);
    const attendance = dailyAttendance();
    Object.defineProperty(attendance, 'studentid', { enumerable: true, get: () => '4242' });
    expect(provesValidPlain(payloadOf(attendance), 'daily_time')).toBe(true);
    expect(validate(payloadOf(attendance), 'daily_time')).toEqual({ valid: true, diagnostics: [] });
  });

  it('is not taken for an invalid payload, or for data with another prototype', () => {
    expect(provesValidPlain(payloadOf(dailyAttendance({ studentid: 42 })), 'daily_time')).toBe(false);
    expect(provesValidPlain(notPlain(payloadOf(dailyAttendance())), 'daily_time')).toBe(false);
    class Row {
      constructor(readonly tables: unknown) {}
    }
    expect(provesValidPlain({ record: [new Row({ attendance: dailyAttendance() })] }, 'daily_time')).toBe(false);
    expect(validate({ record: [new Row({ attendance: dailyAttendance() })] }, 'daily_time').valid).toBe(true);
  });

  it('an inherited member is missing, as JSON.stringify would send it', () => {
    const { studentid, ...rest } = dailyAttendance();
    const inherits = Object.assign(Object.create({ studentid }) as Json, rest);
    expect(provesValidPlain(payloadOf(inherits), 'daily_time')).toBe(false);
    expect(codesAndPaths(payloadOf(inherits), 'daily_time')).toEqual([`required-field ${at('studentid')}`]);
    // Also through an enumerable member put on a prototype chain's top, Object.prototype itself.
    const proto = Object.prototype as Json;
    proto['studentid'] = studentid;
    try {
      expect(codesAndPaths(payloadOf(rest), 'daily_time')).toEqual([`required-field ${at('studentid')}`]);
    } finally {
      delete proto['studentid'];
    }
  });

  it('a non-enumerable own member still counts, by the own-member path', () => {
    const attendance = dailyAttendance();
    Object.defineProperty(attendance, 'att_comment', { enumerable: false, value: 42 });
    expect(provesValidPlain(payloadOf(attendance), 'daily_time')).toBe(false);
    expect(codesAndPaths(payloadOf(attendance), 'daily_time')).toEqual([`field-type ${at('att_comment')}`]);
  });

  it('a Proxy whose get invents a member its ownKeys and descriptors deny: the member is missing', () => {
    const { studentid, ...rest } = dailyAttendance();
    const lying = new Proxy(rest, { get: (target, key) => (key === 'studentid' ? studentid : (target as Json)[key as string]) });
    expect(provesValidPlain(payloadOf(lying), 'daily_time')).toBe(false);
    expect(codesAndPaths(payloadOf(lying), 'daily_time')).toEqual([`required-field ${at('studentid')}`]);
  });

  it('a Proxy that hides a defined member from get but lists it is judged like the own-member path', () => {
    const hiding = new Proxy(dailyAttendance({ att_comment: 'x' }), { get: (target, key) => (key === 'att_comment' ? undefined : (target as Json)[key as string]) });
    expect(validate(payloadOf(hiding), 'daily_time')).toEqual(validate(notPlain(payloadOf(hiding)), 'daily_time'));
  });

  it('a transparent Proxy is plain data; a Proxy whose traps throw falls back and is reported, never thrown', () => {
    expect(provesValidPlain(payloadOf(new Proxy(dailyAttendance(), {})), 'daily_time')).toBe(true);
    const throwing = new Proxy(dailyAttendance(), { ownKeys: () => { throw new Error('no keys'); } });
    expect(provesValidPlain(payloadOf(throwing), 'daily_time')).toBe(false);
    expect(codesAndPaths(payloadOf(throwing), 'daily_time')).toEqual(['payload-shape ']);
  });

  it('`__proto__` as an own member (JSON.parse makes one) is an unknown field, not a prototype', () => {
    const parsed = JSON.parse('{"record":[{"tables":{"attendance":{"__proto__":{"x":1},"studentid":"4242","att_date":"2025-09-02","schoolid":"100","yearid":"35","att_mode_code":"ATT_ModeDaily","attendance_codeid":"12"}}}]}') as Json;
    expect(provesValidPlain(parsed, 'daily_time')).toBe(false);
    expect(codesAndPaths(parsed, 'daily_time')).toEqual([`unknown-field ${at('__proto__')}`]);
  });
});

describe('the quiet Daily/Time shortcut', () => {
  it('answers for exactly the rules that run on the Daily/Time endpoints', () => {
    const codes = semanticRules.filter((rule) => rule.endpoints === undefined || rule.endpoints.includes('batch_daily_time')).map((rule) => rule.definition.code);
    expect([...codes].sort()).toEqual([...dailyTimeRuleCodes].sort());
  });

  it('is quiet only when the rules have nothing to report', () => {
    expect(isQuietDailyTime(payloadOf(dailyAttendance(), dailyAttendance({ studentid: '4243' })))).toBe(true);
    expect(isQuietDailyTime(payloadOf(dailyAttendance(), dailyAttendance({ studentid: '04242', att_date: '2025-09-03' })))).toBe(false);
    expect(isQuietDailyTime(payloadOf(dailyAttendance({ total_minutes: '5' })))).toBe(false);
    expect(isQuietDailyTime({ name: 'Attendance', ...payloadOf(dailyAttendance()) })).toBe(false);
    expect(isQuietDailyTime({ record: [{ name: 'x', tables: { attendance: dailyAttendance() } }] })).toBe(false);
  });

  it('a batch the shortcut does not clear still gets every warning', () => {
    const body = { name: 'ATTENDANCE', record: [{ tables: { attendance: dailyAttendance({ total_minutes: '5' }) } }, { tables: { attendance: dailyAttendance({ studentid: '04242' }) } }] };
    expect(codesAndPaths(body, 'batch_daily_time')).toEqual([`mode-unused-field ${at('total_minutes')}`, 'duplicate-record /record/1']);
    expect(validate(body, 'batch_daily_time')).toEqual(validate(notPlain(body), 'batch_daily_time'));
  });

  it('meeting payloads run every rule', () => {
    expect(codesAndPaths(payloadOf(meetingAttendance(), meetingAttendance({ start_time: 29000 })), 'meeting_interval')).toEqual(['duplicate-record /record/1']);
  });
});
