import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EndpointId } from '../src/endpoints.js';
import { validate } from '../src/validate.js';
import { duplicateMemberDiagnostics } from '../src/json-text/duplicate-member-diagnostics.js';
import * as kit from './arbitraries/index.js';
import { fcParams, suiteSeed, walkLimit } from './fc-params.js';
import { verdict } from './verdict.js';
import { shrinkWalk } from './shrink-walk.js';

// The shared contract every exported arbitrary passes: the same seed gives the same values; every
// value keeps the arbitrary's promise, including every value visited while shrinking.

type Kit = typeof kit;
type ArbitraryName = { [K in keyof Kit]: Kit[K] extends (...args: never[]) => fc.Arbitrary<unknown> ? K : never }[keyof Kit];

interface Promise {
  /** The arbitrary with its default constraints. */
  readonly make: () => fc.Arbitrary<unknown>;
  /** Throws (an expect) when `value` breaks the promise. */
  readonly keeps: (value: any) => void;
}

const none = (payload: unknown, endpoint: EndpointId): void => {
  expect(validate(payload, endpoint).diagnostics.map((d) => `${d.code} ${d.path}`)).toEqual([]);
};
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const asRecord = (attendance: unknown) => ({ record: [{ tables: { attendance } }] });
const isSchoolDay = (date: string): boolean => {
  const time = Date.parse(`${date}T00:00:00Z`);
  const day = new Date(time).getUTCDay();
  const month = Number(date.slice(5, 7));
  return new Date(time).toISOString().slice(0, 10) === date && day !== 0 && day !== 6 && (month <= 6 || month >= 8);
};

// Typed over every exported arbitrary: a new export without a promise here does not compile.
const promises: { readonly [K in ArbitraryName]: Promise } = {
  idString: { make: () => kit.idString(), keeps: (v: string) => expect(v).toMatch(/^(0|[1-9][0-9]{0,9})$/) },
  attDate: { make: () => kit.attDate(), keeps: (v: string) => expect(isSchoolDay(v), v).toBe(true) },
  attComment: {
    make: () => kit.attComment(),
    keeps: (v: string) => {
      expect(loneSurrogate.test(v), JSON.stringify(v)).toBe(false);
      expect([...v].length).toBeLessThanOrEqual(40);
    },
  },
  bellSchedule: {
    make: () => kit.bellSchedule(),
    keeps: (v: kit.MeetingTimes[]) => {
      expect(v.length).toBeGreaterThanOrEqual(1);
      v.forEach((m, i) => {
        expect(m.start_time).toBeGreaterThanOrEqual(i === 0 ? 0 : v[i - 1]!.end_time);
        expect(m.end_time).toBeGreaterThan(m.start_time);
        expect(m.end_time).toBeLessThanOrEqual(86_400);
      });
    },
  },
  dailyAttendance: { make: () => kit.dailyAttendance(), keeps: (v) => none(asRecord(v), 'daily_time') },
  timeAttendance: { make: () => kit.timeAttendance(), keeps: (v) => none(asRecord(v), 'daily_time') },
  meetingAttendance: { make: () => kit.meetingAttendance(), keeps: (v) => none(asRecord(v), 'meeting_interval') },
  intervalAttendance: { make: () => kit.intervalAttendance(), keeps: (v) => none(asRecord(v), 'meeting_interval') },
  dailyTimeRecord: { make: () => kit.dailyTimeRecord(), keeps: (v) => none({ record: [v] }, 'batch_daily_time') },
  meetingIntervalRecord: { make: () => kit.meetingIntervalRecord(), keeps: (v) => none({ record: [v] }, 'meeting_interval') },
  dailyTimeRequest: { make: () => kit.dailyTimeRequest(), keeps: (v) => none(v, 'daily_time') },
  batchDailyTimeRequest: { make: () => kit.batchDailyTimeRequest(), keeps: (v) => none(v, 'batch_daily_time') },
  meetingIntervalRequest: { make: () => kit.meetingIntervalRequest(), keeps: (v) => none(v, 'meeting_interval') },
  validPayload: { make: () => kit.validPayload(), keeps: (v: kit.ValidPayload) => none(v.payload, v.endpoint) },
  invalidPayload: {
    make: () => kit.invalidPayload(),
    keeps: (v: kit.InvalidCase) => {
      const { errors, expected } = verdict(v);
      expect(errors).toEqual([expected]);
    },
  },
  invalidPayloadText: {
    make: () => kit.invalidPayloadText(),
    keeps: (v: kit.InvalidTextCase) => {
      // The text holds exactly the expected duplicate, and parses to a payload validate() accepts.
      expect(duplicateMemberDiagnostics(v.text).map((d) => `${d.code} ${d.path}`)).toEqual([`${v.expected.code} ${v.expected.path}`]);
      expect(JSON.parse(v.text)).toEqual(v.payload);
      expect(validate(v.payload, v.endpoint).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    },
  },
};

const names = Object.keys(promises) as ArbitraryName[];

describe('contract of every exported arbitrary', () => {
  it('covers every function the arbitraries entry point exports', () => {
    const exported = Object.entries(kit)
      .filter(([, value]) => typeof value === 'function')
      .map(([name]) => name);
    expect(exported.sort()).toEqual([...names].sort());
  });

  it.each(names)('%s: the same seed gives the same values, from a fresh arbitrary too', (name) => {
    const seed = suiteSeed();
    const first = fc.sample(promises[name].make(), { seed, numRuns: 5 });
    const again = fc.sample(promises[name].make(), { seed, numRuns: 5 });
    expect(again, `seed ${seed}`).toEqual(first);
  });

  it.each(names)('%s: every generated value keeps the promise', (name) => {
    fc.assert(
      fc.property(promises[name].make(), (value) => {
        promises[name].keeps(value);
      }),
      fcParams(40),
    );
  });

  it.each(names)('%s: every value visited while shrinking keeps the promise', (name) => {
    const seed = suiteSeed();
    for (const mode of ['deep', 'broad'] as const) {
      for (const [offset, value] of shrinkWalk(promises[name].make(), seed, mode, walkLimit()).entries()) {
        try {
          promises[name].keeps(value);
        } catch (error) {
          throw new Error(`${name}: shrink candidate ${offset} (${mode} walk, seed ${seed}, FC_SEED=${seed} reproduces) breaks the promise: ${JSON.stringify(value)}`, { cause: error });
        }
      }
    }
  });
});
