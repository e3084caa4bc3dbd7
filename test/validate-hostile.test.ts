import { describe, expect, it } from 'vitest';
import { validate } from '../src/validate.js';
import { endpointIds, type EndpointId } from '../src/endpoints.js';
import { dailyAttendance, meetingAttendance, payloadOf } from '../src/rules/examples.js';

const codesAndPaths = (payload: unknown, endpoint: EndpointId): string[] =>
  validate(payload, endpoint).diagnostics.map((d) => `${d.code} ${d.path}`);

describe('validate on hostile input', () => {
  it.each([
    ['undefined', undefined],
    ['null', null],
    ['a number', 42],
    ['a string', 'record'],
    ['a BigInt', 10n ** 30n],
    ['a function', () => ({ record: [] })],
    ['a symbol', Symbol('x')],
    ['an array', [payloadOf(dailyAttendance())]],
  ])('reports %s as payload-shape at the root without throwing', (_name, payload) => {
    for (const endpoint of endpointIds) expect(codesAndPaths(payload, endpoint)).toEqual(['payload-shape ']);
  });

  it('reports values JSON cannot hold (undefined, functions, BigInt, NaN) inside a record by their rule', () => {
    const payload = payloadOf(
      meetingAttendance({ att_comment: () => 'x', studentid: 4242n, start_time: Number.NaN, end_time: Number.POSITIVE_INFINITY, ccid: undefined }),
    );
    expect(codesAndPaths(payload, 'meeting_interval')).toEqual([
      'field-type /record/0/tables/attendance/studentid',
      'field-type /record/0/tables/attendance/att_comment',
      'time-range /record/0/tables/attendance/start_time',
      'time-range /record/0/tables/attendance/end_time',
    ]);
  });

  it('does not follow cycles', () => {
    const payload: Record<string, unknown> = payloadOf(dailyAttendance());
    const attendance = (payload['record'] as { tables: { attendance: Record<string, unknown> } }[])[0]!.tables.attendance;
    attendance['att_comment'] = payload;
    payload['self'] = payload;
    expect(codesAndPaths(payload, 'daily_time')).toEqual(['unknown-field /self', 'field-type /record/0/tables/attendance/att_comment']);
  });

  it('handles 10,000 levels of nesting in any member', () => {
    let deep: unknown = 'bottom';
    for (let i = 0; i < 10_000; i++) deep = { d: deep };
    const payload = { ...payloadOf(dailyAttendance({ att_comment: deep })), extra: deep };
    expect(codesAndPaths(payload, 'daily_time')).toEqual(['unknown-field /extra', 'field-type /record/0/tables/attendance/att_comment']);
    const parsed = JSON.parse(`${'['.repeat(10_000)}${']'.repeat(10_000)}`) as unknown;
    expect(codesAndPaths(parsed, 'batch_daily_time')).toEqual(['payload-shape ']);
  });

  it('handles multi-megabyte strings in values and member names, keeping messages short', () => {
    const huge = 'x'.repeat(5_000_000);
    const payload = payloadOf({ ...dailyAttendance({ studentid: huge, att_comment: huge }), [huge]: '1' });
    const result = validate(payload, 'daily_time');
    expect(result.diagnostics.map((d) => d.code).sort()).toEqual(['id-format', 'unknown-field']);
    for (const d of result.diagnostics) expect(d.message.length).toBeLessThan(400);
  });

  it('never pollutes Object.prototype through __proto__ or constructor members', () => {
    const text = JSON.stringify(payloadOf(dailyAttendance())).replace('"studentid"', '"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},"studentid"');
    const payload = JSON.parse(`{"__proto__":{"polluted":1},${text.slice(1)}`) as unknown;
    expect(codesAndPaths(payload, 'daily_time')).toEqual([
      'unknown-field /__proto__',
      'unknown-field /record/0/tables/attendance/__proto__',
      'unknown-field /record/0/tables/attendance/constructor',
    ]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('reads own members only: inherited columns do not count as present', () => {
    const inherited = Object.create(dailyAttendance()) as Record<string, unknown>;
    expect(validate(payloadOf(inherited), 'daily_time').valid).toBe(false);
  });

  it('turns a throwing getter or Proxy into a payload-shape diagnostic', () => {
    const trap = new Proxy({}, { ownKeys() { throw new Error('trap'); }, get() { throw new Error('trap'); } });
    const withGetter = payloadOf(dailyAttendance());
    Object.defineProperty(withGetter, 'name', { enumerable: true, get() { throw new Error('getter'); } });
    for (const payload of [trap, withGetter]) {
      const result = validate(payload, 'daily_time');
      expect(result.valid).toBe(false);
      expect(result.diagnostics.map((d) => `${d.code} ${d.path}`)).toEqual(['payload-shape ']);
    }
  });

  it('reports an unknown endpoint id instead of throwing', () => {
    for (const endpoint of ['daily', '', undefined, 7, null]) {
      expect(codesAndPaths(payloadOf(dailyAttendance()), endpoint as EndpointId)).toEqual(['unknown-endpoint ']);
    }
  });

  it('validates sparse arrays and holes as missing records', () => {
    const records = new Array<unknown>(3);
    records[1] = { tables: { attendance: dailyAttendance({ studentid: '1' }) } };
    expect(codesAndPaths({ record: records }, 'batch_daily_time')).toEqual(['payload-shape /record/0', 'payload-shape /record/2']);
  });
});
