import * as fc from 'fast-check';
import { endpointIds, type EndpointId } from '../../src/endpoints.js';
import { toPointer } from '../../src/pointer.js';
import { choices } from './check-constraints.js';
import type { TextRuleCode } from './invalid-case.js';
import { basePayload } from './violations/violation.js';

/**
 * A payload TEXT that breaks a rule only the text shows, with what it parses to and the one error
 * expected: `{ endpoint, text, payload, expected: { code: 'duplicate-member', path } }`. `payload` is
 * `JSON.parse(text)`: a valid payload, since the later occurrence of the duplicated member carries
 * the valid value (the earlier one a decoy), so `validate()` of the parsed value finds nothing.
 *
 * @example
 * ```ts
 * const c: InvalidTextCase = {
 *   endpoint: 'daily_time',
 *   text: '{"record":[{"tables":{"attendance":{"studentid":"1","studentid":"4242", …}}}]}',
 *   payload: { record: [{ tables: { attendance: { studentid: '4242', … } } }] },
 *   expected: { code: 'duplicate-member', path: '/record/0/tables/attendance/studentid' },
 * };
 * ```
 */
export interface InvalidTextCase {
  readonly endpoint: EndpointId;
  /** The JSON text, with one member name written twice in one object. */
  readonly text: string;
  /** What `JSON.parse(text)` gives: a valid payload for `endpoint`. */
  readonly payload: unknown;
  /** The diagnostic a text-aware check must report: at the later occurrence. */
  readonly expected: { readonly code: TextRuleCode; readonly path: string };
}

/**
 * Constraints of {@link invalidPayloadText}.
 *
 * @example
 * ```ts
 * invalidPayloadText({ endpoints: ['meeting_interval'] });
 * ```
 */
export interface InvalidPayloadTextConstraints {
  /** The endpoints to send to (default all three). */
  readonly endpoints?: readonly EndpointId[];
}

/**
 * Payload texts with a duplicate member name at any level (the root's `record`, a record's `tables`,
 * an attendance field), compact or indented, for testing what reads request bodies as text: a
 * linter, a proxy, a server's parser. Built in a `map` from a valid payload and a choice of member,
 * so every shrink keeps the duplicate.
 *
 * @param constraints - Which endpoints; see {@link InvalidPayloadTextConstraints}.
 * @returns An arbitrary of {@link InvalidTextCase}.
 * @example
 * ```ts
 * import * as fc from 'fast-check';
 * import { invalidPayloadText } from 'ps-attendance-contract/arbitraries';
 *
 * // Your server must refuse a body with a duplicate member, not pick one of the values.
 * fc.assert(fc.property(invalidPayloadText(), ({ text }) => myServer.post(text).status === 400));
 * ```
 */
export function invalidPayloadText(constraints: InvalidPayloadTextConstraints = {}): fc.Arbitrary<InvalidTextCase> {
  const wanted = choices('invalidPayloadText', 'endpoints', constraints.endpoints, endpointIds);
  const decoy = fc.oneof(fc.string({ maxLength: 6 }), fc.integer(), fc.constant(null), fc.constant({}));
  const perEndpoint = wanted.map((endpoint) =>
    fc.tuple(basePayload(endpoint), fc.nat(), decoy, fc.boolean()).map(([payload, pick, value, indented]): InvalidTextCase => {
      const places = memberPaths(payload, []);
      const place = places[pick % places.length] ?? ['record'];
      const text = print(payload, [], place, value, indented ? '\n' : '');
      return { endpoint, text, payload, expected: { code: 'duplicate-member', path: toPointer(place) } };
    }),
  );
  const [first, ...rest] = perEndpoint;
  return first === undefined || rest.length === 0 ? (first as fc.Arbitrary<InvalidTextCase>) : fc.oneof(first, ...rest);
}

/** Every member of every object in the value, as pointer tokens. */
function memberPaths(value: unknown, at: string[]): string[][] {
  if (Array.isArray(value)) return value.flatMap((item, i) => memberPaths(item, [...at, String(i)]));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([name, member]) => [[...at, name], ...memberPaths(member, [...at, name])]);
}

/** JSON text of `value`, with `"name": decoy` written just before the member at `target`. */
function print(value: unknown, at: string[], target: string[], decoy: unknown, newline: string): string {
  if (Array.isArray(value)) return `[${value.map((item, i) => print(item, [...at, String(i)], target, decoy, newline)).join(`,${newline}`)}]`;
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const members: string[] = [];
  const here = at.length === target.length - 1 && at.every((token, i) => token === target[i]);
  for (const [name, member] of Object.entries(value)) {
    if (here && name === target[target.length - 1]) members.push(`${JSON.stringify(name)}: ${JSON.stringify(decoy)}`);
    members.push(`${JSON.stringify(name)}: ${print(member, [...at, name], target, decoy, newline)}`);
  }
  return `{${newline}${members.join(`,${newline}`)}${newline}}`;
}
