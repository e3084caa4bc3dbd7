import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validate } from '../../src/validate.js';
import { semanticRules } from '../../src/rules/catalogue.js';
import { isQuietMeetingInterval, meetingIntervalRuleCodes } from '../../src/rules/quiet-meeting-interval.js';
import { meetingAttendance, payloadOf } from '../../src/rules/examples.js';
import { meetingIntervalRequest } from '../../properties/arbitraries/index.js';
import { fcParams } from '../../properties/fc-params.js';
import { attendanceOf, notPlain, type Json } from './payload-views.js';

// validate() skips the rule runner for a valid plain meeting_interval payload that
// isQuietMeetingInterval clears. The shortcut must never hide a finding: on payloads built to make
// each meeting_interval rule speak, validate() must give what the rule runner gives, forced by a
// payload that is not plain data (another prototype: the own-member path, every rule run).


// One change to a valid payload that may (or, for a leading zero, may not) give a rule something to say.
const change = fc.oneof(
  fc.record({ kind: fc.constant('overlap' as const), i: fc.nat(), j: fc.nat(), by: fc.integer({ min: 1, max: 600 }) }),
  fc.record({ kind: fc.constant('same-slot' as const), i: fc.nat(), j: fc.nat() }),
  fc.record({ kind: fc.constant('unused-field' as const), i: fc.nat() }),
  fc.record({ kind: fc.constant('name' as const), i: fc.option(fc.nat()), value: fc.constantFrom('Attendance', 'ATTENDANCE', 'x') }),
  fc.record({ kind: fc.constant('comment' as const), i: fc.nat(), value: fc.constantFrom('ok', 'half \uD800', '\uDC00', 'pair \uD83D\uDE00') }),
  fc.record({ kind: fc.constant('student' as const), i: fc.nat(), value: fc.constantFrom('leading-zero', 'other') }),
  fc.record({ kind: fc.constant('date' as const), i: fc.nat() }),
  fc.record({ kind: fc.constant('swap-times' as const), i: fc.nat() }),
);
type Change = typeof change extends fc.Arbitrary<infer C> ? C : never;

function apply(payload: Json, c: Change): void {
  const records = payload['record'] as Json[];
  const n = records.length;
  const a = (i: number): Json => attendanceOf(payload, i % n);
  switch (c.kind) {
    case 'overlap': {
      const [x, y] = [a(c.i), a(c.j)];
      if (x['att_mode_code'] === 'ATT_ModeMeeting' && y['att_mode_code'] === 'ATT_ModeMeeting') {
        y['start_time'] = Math.max(0, (x['end_time'] as number) - c.by);
        y['end_time'] = (y['start_time'] as number) + 900;
      }
      break;
    }
    case 'same-slot': {
      const [x, y] = [a(c.i), a(c.j)];
      for (const field of ['ccid', 'periodid', 'att_interval']) if (x[field] !== undefined && y[field] !== undefined) y[field] = x[field];
      break;
    }
    case 'unused-field': {
      const x = a(c.i);
      if (x['att_mode_code'] === 'ATT_ModeMeeting') x['att_interval'] = '3';
      else x['start_time'] = 29400;
      break;
    }
    case 'name':
      if (c.i === null) payload['name'] = c.value;
      else (records[c.i % n] as Json)['name'] = c.value;
      break;
    case 'comment':
      a(c.i)['att_comment'] = c.value;
      break;
    case 'student':
      a(c.i)['studentid'] = c.value === 'leading-zero' ? `0${a(0)['studentid'] as string}` : '999999';
      break;
    case 'date':
      a(c.i)['att_date'] = '2024-01-02';
      break;
    case 'swap-times': {
      const x = a(c.i);
      if (x['att_mode_code'] === 'ATT_ModeMeeting') [x['start_time'], x['end_time']] = [x['end_time'], x['start_time']];
      break;
    }
  }
}

describe('the quiet meeting_interval shortcut', () => {
  it('answers for exactly the rules that run on meeting_interval', () => {
    const codes = semanticRules.filter((rule) => rule.endpoints === undefined || rule.endpoints.includes('meeting_interval')).map((rule) => rule.definition.code);
    expect([...codes].sort()).toEqual([...meetingIntervalRuleCodes].sort());
  });

  it('never hides a finding: validate() gives the rule runner\'s diagnostics after any changes', () => {
    fc.assert(
      fc.property(meetingIntervalRequest({ minRecords: 1, maxRecords: 12 }), fc.array(change, { maxLength: 3 }), (request, changes) => {
        const payload = JSON.parse(JSON.stringify(request)) as Json;
        for (const c of changes) apply(payload, c);
        expect(validate(payload, 'meeting_interval')).toEqual(validate(notPlain(payload), 'meeting_interval'));
      }),
      fcParams(600),
    );
  });

  it('clears a clean day, and not a day any rule would speak about', () => {
    const day = (...overrides: Json[]): Json => payloadOf(...overrides.map((o) => meetingAttendance(o)));
    const second = { ccid: '88121', periodid: '1502', start_time: 32700, end_time: 35700 };
    expect(isQuietMeetingInterval(day({}, second))).toBe(true);
    expect(isQuietMeetingInterval(day({}, { ...second, studentid: '04242' }))).toBe(true);
    expect(isQuietMeetingInterval(day({}, { ...second, start_time: 32000 }))).toBe(false); // overlap
    expect(isQuietMeetingInterval(day({}, { ...second, ccid: '88120', periodid: '1501' }))).toBe(false); // same slot
    expect(isQuietMeetingInterval(day({}, { ...second, studentid: '4243' }))).toBe(false);
    expect(isQuietMeetingInterval(day({}, { ...second, att_date: '2025-09-03' }))).toBe(false);
    expect(isQuietMeetingInterval(day({}, { ...second, att_interval: '2' }))).toBe(false);
    expect(isQuietMeetingInterval(day({}, { ...second, att_comment: 'a\uD800' }))).toBe(false);
    expect(isQuietMeetingInterval({ ...day({}, second), name: 'attendance' })).toBe(false);
  });

  it('sweeps meetings listed out of time order as well as in order', () => {
    const day = (...overrides: Json[]): Json => payloadOf(...overrides.map((o) => meetingAttendance(o)));
    const early = { ccid: '88119', periodid: '1500', start_time: 25000, end_time: 28000 };
    const late = { ccid: '88121', periodid: '1502', start_time: 32700, end_time: 35700 };
    // The first meeting (29400-32400 in the examples) listed between the others, or after them.
    expect(isQuietMeetingInterval(day(late, {}, early))).toBe(true);
    expect(isQuietMeetingInterval(day(late, early, {}))).toBe(true);
    // Out of order and overlapping an earlier-listed meeting that ends later.
    expect(isQuietMeetingInterval(day(late, {}, { ...early, end_time: 29500 }))).toBe(false);
    expect(isQuietMeetingInterval(day(late, early, { start_time: 27000, end_time: 28500 }))).toBe(false);
    // In order, the second starting before the first ends.
    expect(isQuietMeetingInterval(day({ start_time: 20000, end_time: 40000 }, { ...early, start_time: 21000, end_time: 22000 }, late))).toBe(false);
  });
});
