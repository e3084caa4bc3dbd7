import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { endpointIds, type EndpointId } from '../src/endpoints.js';
import { parsePointer } from '../src/pointer.js';
import { isRuleCode } from '../src/rules/rule-code.js';
import { validate } from '../src/validate.js';
import { invalidPayload, validPayload } from './arbitraries/index.js';
import { fcParams } from './fc-params.js';

// Any endpoint argument a JavaScript caller could pass, mostly the real ones.
const anyEndpoint = fc.oneof({ arbitrary: fc.constantFrom(...endpointIds), weight: 4 }, { arbitrary: fc.anything(), weight: 1 }) as fc.Arbitrary<EndpointId>;

/** What every result must be, whatever the input: well-formed, consistent, with pointers that parse. */
function expectWellFormed(result: ReturnType<typeof validate>, json = true): void {
  expect(result.valid).toBe(!result.diagnostics.some((d) => d.severity === 'error'));
  for (const d of result.diagnostics) {
    expect(isRuleCode(d.code), d.code).toBe(true);
    expect(['error', 'warning']).toContain(d.severity);
    expect(d.path === '' || d.path.startsWith('/'), d.path).toBe(true);
    expect(() => parsePointer(d.path)).not.toThrow();
    expect(typeof d.message === 'string' && d.message.length > 0).toBe(true);
    // A message built from a missing piece shows it: for JSON input, no "undefined", "NaN" or
    // "[object Object]" (JavaScript input may hold undefined, which messages rightly name).
    if (json) expect(d.message, d.message).not.toMatch(/\bundefined\b|\bNaN\b|\[object Object\]/);
    // The record index is there exactly when the path is inside a record, and it is that record.
    const inRecord = /^\/record\/(\d+)(\/|$)/.exec(d.path);
    expect(d.recordIndex, d.path).toBe(inRecord ? Number(inRecord[1]) : undefined);
    expect(Object.hasOwn(d, 'recordIndex'), d.path).toBe(inRecord !== null);
  }
  // Payload-level findings first, then record by record; one diagnostic per code and path.
  const order = result.diagnostics.map((d) => d.recordIndex ?? -1);
  expect(order).toEqual([...order].sort((a, b) => a - b));
  const keys = result.diagnostics.map((d) => `${d.code} ${d.path}`);
  expect(new Set(keys).size).toBe(keys.length);
}

describe('validate never throws', () => {
  it('on any JSON value, for any endpoint argument', () => {
    fc.assert(
      fc.property(fc.jsonValue(), anyEndpoint, (value, endpoint) => {
        expectWellFormed(validate(value, endpoint), typeof endpoint === 'string');
      }),
      fcParams(300),
    );
  });

  it('on anything: undefined, functions, symbols, BigInt, null prototypes, __proto__ keys, boxed values', () => {
    const anything = fc.anything({ withBigInt: true, withBoxedValues: true, withMap: true, withSet: true, withNullPrototype: true, withObjectString: true, withSparseArray: true, withTypedArray: true, withDate: true, key: fc.oneof(fc.string(), fc.constantFrom('__proto__', 'record', 'tables', 'attendance', 'constructor')) });
    fc.assert(
      fc.property(anything, anyEndpoint, (value, endpoint) => {
        expectWellFormed(validate(value, endpoint), false);
      }),
      fcParams(300),
    );
  });

  it('on payloads that are nearly right: any JSON value planted anywhere in a valid payload', () => {
    const planted = fc.tuple(validPayload(), fc.jsonValue({ maxDepth: 2 }), fc.nat(), fc.nat()).map(([{ endpoint, payload }, value, depth, pick]) => {
      const root = structuredClone(payload) as unknown as Record<string, unknown>;
      let node: Record<string, unknown> = root;
      for (let level = 0; level < depth % 4; level++) {
        const keys = Object.keys(node).filter((k) => node[k] !== null && typeof node[k] === 'object');
        const key = keys[pick % Math.max(1, keys.length)];
        if (key === undefined) break;
        node = node[key] as Record<string, unknown>;
      }
      const keys = Object.keys(node);
      node[keys[pick % Math.max(1, keys.length)] ?? 'x'] = value;
      return { endpoint, payload: root };
    });
    fc.assert(
      fc.property(planted, ({ endpoint, payload }) => {
        expectWellFormed(validate(payload, endpoint));
      }),
      fcParams(300),
    );
  });
});

describe('diagnostics are well-formed', () => {
  it('for every invalid payload: record index, order, one diagnostic per code and path', () => {
    fc.assert(
      fc.property(invalidPayload(), ({ endpoint, payload }) => {
        expectWellFormed(validate(payload, endpoint));
      }),
      fcParams(200),
    );
  });
});

describe('JSON round trips keep the verdict', () => {
  const verdict = (payload: unknown, endpoint: EndpointId) => {
    const { valid, diagnostics } = validate(payload, endpoint);
    return { valid, found: diagnostics.map((d) => `${d.severity} ${d.code} ${d.path}`) };
  };
  const roundTrip = (payload: unknown): unknown => JSON.parse(JSON.stringify(payload)) as unknown;

  it('for valid payloads', () => {
    fc.assert(
      fc.property(validPayload(), ({ endpoint, payload }) => {
        expect(verdict(roundTrip(payload), endpoint)).toEqual(verdict(payload, endpoint));
      }),
      fcParams(100),
    );
  });

  it('for invalid payloads of every rule', () => {
    fc.assert(
      fc.property(invalidPayload(), ({ endpoint, payload }) => {
        expect(verdict(roundTrip(payload), endpoint)).toEqual(verdict(payload, endpoint));
      }),
      fcParams(200),
    );
  });

  it('for any JSON value (pretty-printed or not)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(...endpointIds), fc.boolean(), (value, endpoint, pretty) => {
        const text = pretty ? JSON.stringify(value, null, 2) : JSON.stringify(value);
        expect(verdict(JSON.parse(text), endpoint)).toEqual(verdict(value, endpoint));
      }),
      fcParams(200),
    );
  });
});
