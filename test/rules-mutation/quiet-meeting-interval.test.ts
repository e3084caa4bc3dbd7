import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validate } from '../../src/validate.js';
import { semanticRules } from '../../src/rules/catalogue.js';
import { isQuietMeetingInterval, meetingIntervalRuleCodes } from '../../src/rules/quiet-meeting-interval.js';
import { meetingAttendance, payloadOf } from '../../src/rules/examples.js';
import { meetingIntervalRequest } from '../../properties/arbitraries/index.js';
import { fcParams } from '../../properties/fc-params.js';
import { applyChange, notPlain, payloadChange, type Json } from './payload-views.js';

// validate() skips the rule runner for a valid plain meeting_interval payload that
// isQuietMeetingInterval clears. The shortcut must never hide a finding: on payloads built to make
// each meeting_interval rule speak, validate() must give what the rule runner gives, forced by a
// payload that is not plain data (another prototype: the own-member path, every rule run).


describe('the quiet meeting_interval shortcut', () => {
  it('answers for exactly the rules that run on meeting_interval', () => {
    const codes = semanticRules.filter((rule) => rule.endpoints === undefined || rule.endpoints.includes('meeting_interval')).map((rule) => rule.definition.code);
    expect([...codes].sort()).toEqual([...meetingIntervalRuleCodes].sort());
  });

  it('never hides a finding: validate() gives the rule runner\'s diagnostics after any changes', () => {
    fc.assert(
      fc.property(meetingIntervalRequest({ minRecords: 1, maxRecords: 12 }), fc.array(payloadChange({ mistakes: false }), { maxLength: 3 }), (request, changes) => {
        const payload = JSON.parse(JSON.stringify(request)) as Json;
        for (const c of changes) applyChange(payload, c);
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
