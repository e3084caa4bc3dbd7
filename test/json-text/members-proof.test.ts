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

const parsedCount = (value: unknown, endpoint: EndpointId): number | undefined => {
  const check = checkParsedJson(value, endpoint);
  return check?.valid === true ? check.members : undefined;
};

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

  it('still refuses a value nested too deep when the count does not prove the text', () => {
    const deep = `{"record":${'['.repeat(100)}${']'.repeat(100)}}`;
    expect(parseJsonText(deep, { maxDepth: 64, members: (value) => plainMembers(value, 'daily_time') })).toEqual({ kind: 'too-deep', limit: 64 });
    expect(parseJsonText(deep, { maxDepth: 64, members: (value) => parsedCount(value, 'daily_time') })).toEqual({ kind: 'too-deep', limit: 64 });
  });
});
