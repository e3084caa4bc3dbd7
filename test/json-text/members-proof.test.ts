import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseJsonText } from '../../src/cli/io/parse-json-text.js';
import { checkParsedJson, plainMembers } from '../../src/plain-schema-check.js';
import type { EndpointId } from '../../src/endpoints.js';
import { invalidPayloadText, validPayload } from '../../properties/arbitraries/index.js';
import { fcParams } from '../../properties/fc-params.js';

// lint proves a text free of duplicate members with the member count the schema check of the parsed
// payload already made (checkParsedJson; plainMembers for any plain data), instead of walking the value again. Whatever the count, the
// answer must be what parseJsonText gives without it: a count from the proof, a wrong one, none.

const parsedCount = (value: unknown, endpoint: EndpointId): number | undefined => checkParsedJson(value, endpoint)?.members;

describe('parseJsonText with a member count from the caller', () => {
  it('answers as without it, for valid payloads (any layout) and texts with a duplicate member', () => {
    const texts = fc.oneof(
      validPayload().chain(({ endpoint, payload }) => fc.constantFrom(JSON.stringify(payload), JSON.stringify(payload, null, 2)).map((text) => ({ endpoint, text }))),
      invalidPayloadText().map(({ endpoint, text }) => ({ endpoint, text })),
    );
    fc.assert(
      fc.property(texts, fc.integer({ min: -3, max: 0 }), ({ endpoint, text }, off) => {
        const plain = parseJsonText(text);
        expect(parseJsonText(text, { members: (value) => plainMembers(value, endpoint) })).toEqual(plain);
        expect(parseJsonText(text, { members: (value) => parsedCount(value, endpoint) })).toEqual(plain);
        // The two counts agree on what JSON.parse returns.
        expect(parsedCount(JSON.parse(text), endpoint)).toBe(plainMembers(JSON.parse(text), endpoint));
        // A count short of the truth, or none at all, changes nothing either: only an exact one skips the walk.
        // (One above the truth is outside the contract: it could hide a duplicate, as the next test shows.)
        expect(parseJsonText(text, { members: (value) => (plainMembers(value, endpoint) ?? 0) + off })).toEqual(plain);
        expect(parseJsonText(text, { members: () => undefined })).toEqual(plain);
      }),
      fcParams(300),
    );
  });

  it('counts, for a valid payload, exactly the members a walk of the value finds, whatever was checked before it', () => {
    // The count comes from the schema check's own for…in loops (generated/plain-validators.js): every
    // object member of the payload, once, and nothing left over from an earlier check.
    const walk = (value: unknown): number => {
      if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + walk(item), 0);
      if (value === null || typeof value !== 'object') return 0;
      return Object.values(value).reduce((sum: number, member) => sum + 1 + walk(member), 0);
    };
    fc.assert(
      fc.property(validPayload(), invalidPayloadText(), fc.boolean(), ({ endpoint, payload }, before, checkBefore) => {
        // An invalid payload's check stops nowhere in particular: its loops' count must not carry over.
        if (checkBefore) {
          try {
            checkParsedJson(JSON.parse(before.text), before.endpoint);
          } catch {
            // A text that is not JSON: nothing was checked.
          }
        }
        const value = JSON.parse(JSON.stringify(payload)) as unknown;
        expect(checkParsedJson(value, endpoint)).toEqual({ valid: true, members: walk(value) });
      }),
      fcParams(300),
    );
  });

  it('counts every member of a parsed valid payload, so a duplicate leaves one colon over', () => {
    const attendance = '"studentid":"1","att_date":"2025-09-02","schoolid":"1","yearid":"35","att_mode_code":"ATT_ModeDaily","attendance_codeid":"3"';
    const text = `{"record":[{"tables":{"attendance":{${attendance}}}}]}`;
    expect(plainMembers(JSON.parse(text), 'daily_time')).toBe(9);
    const duplicated = text.replace('"studentid":"1"', '"studentid":"1","studentid":"2"');
    expect(plainMembers(JSON.parse(duplicated), 'daily_time')).toBe(9);
    expect(parsedCount(JSON.parse(duplicated), 'daily_time')).toBe(9);
    expect(parseJsonText(duplicated, { members: (value) => plainMembers(value, 'daily_time') })).toMatchObject({ kind: 'ok', duplicates: [{ pointer: '/record/0/tables/attendance/studentid' }] });
    // Why the count must never exceed the value's members: one too many matches the duplicate's colon.
    expect(parseJsonText(duplicated, { members: () => 10 })).toMatchObject({ kind: 'ok', duplicates: [] });
  });

  it('answers as without it for payloads with mistakes on attendance members, duplicates and nested values among them', () => {
    const bad = fc.constantFrom<unknown>('09/02/2025', 'x', 7, null, true, [], ['1'], {}, { a: '1' }, { a: { b: ['c'] } }, [[[[1]]]]);
    const cases = fc.tuple(validPayload(), fc.nat(), fc.constantFrom('studentid', 'att_date', 'schoolid', 'att_comment', 'ccid', 'start_time'), bad, fc.boolean(), fc.boolean());
    fc.assert(
      fc.property(cases, ([{ endpoint, payload }, pick, member, value, duplicate, indented]) => {
        const copy = JSON.parse(JSON.stringify(payload)) as { record: { tables: { attendance: Record<string, unknown> } }[] };
        const attendance = (copy.record[pick % copy.record.length] as (typeof copy.record)[number]).tables.attendance;
        attendance[member] = value;
        let text = JSON.stringify(copy, null, indented ? 2 : undefined);
        // A duplicate of the first yearid, written before it: the value keeps the second.
        if (duplicate) text = text.replace(/"yearid":/, '"yearid": "99", "yearid":');
        const plain = parseJsonText(text);
        expect(parseJsonText(text, { members: (parsed) => parsedCount(parsed, endpoint) })).toEqual(plain);
        if (duplicate) expect(plain).toMatchObject({ kind: 'ok', duplicates: [{ pointer: expect.stringMatching(/\/yearid$/) as unknown }] });
      }),
      fcParams(300),
    );
  });

  it('still refuses a value nested too deep when the count does not prove the text', () => {
    // Nested arrays add no colon: only a count that knows the value is no deeper than the model may skip the depth check.
    const attendance = '"att_date":"2025-09-02","schoolid":"1","yearid":"35","att_mode_code":"ATT_ModeDaily","attendance_codeid":"3"';
    const deepLeaf = `{"record":[{"tables":{"attendance":{${attendance},"studentid":${'['.repeat(100)}${']'.repeat(100)}}}}]}`;
    expect(checkParsedJson(JSON.parse(deepLeaf), 'daily_time')).toMatchObject({ valid: false, shaped: true, members: undefined });
    expect(parseJsonText(deepLeaf, { maxDepth: 64, members: (value) => parsedCount(value, 'daily_time') })).toEqual({ kind: 'too-deep', limit: 64 });
    const deep = `{"record":${'['.repeat(100)}${']'.repeat(100)}}`;
    expect(parseJsonText(deep, { maxDepth: 64, members: (value) => plainMembers(value, 'daily_time') })).toEqual({ kind: 'too-deep', limit: 64 });
    expect(parseJsonText(deep, { maxDepth: 64, members: (value) => parsedCount(value, 'daily_time') })).toEqual({ kind: 'too-deep', limit: 64 });
  });
});
