import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';

const dir = join(import.meta.dirname, '..', 'schemas');
const schemas = readdirSync(dir)
  .filter((f) => f.endsWith('.schema.json'))
  .map((file) => ({ file, schema: JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, unknown> }));
const requestSchemas = schemas.filter(({ file }) => file.endsWith('.request.schema.json'));

// The keywords whose failures translate-schema-errors.ts maps to rule codes, and the ones that never
// fail on their own (annotations, structure, and oneOf/const, which the discriminator replaces).
const translated = new Set(['type', 'required', 'additionalProperties', 'minItems', 'maxItems', 'pattern', 'minimum', 'maximum', 'discriminator']);
const silent = new Set(['$schema', '$id', '$defs', '$ref', 'title', 'description', 'examples', 'properties', 'items', 'oneOf', 'const', 'format']);

function keywordsOf(node: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(node)) for (const item of node) keywordsOf(item, out);
  else if (node !== null && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      out.add(key);
      if (key === 'properties' || key === '$defs') for (const sub of Object.values(value as object)) keywordsOf(sub, out);
      else if (key !== 'examples' && key !== 'const' && key !== 'discriminator' && key !== 'required') keywordsOf(value, out);
    }
  }
  return out;
}

describe('schemas', () => {
  it('compile under ajv strict mode with no warning', () => {
    const warnings: string[] = [];
    const ajv = new Ajv2020({ strict: true, discriminator: true, formats: { date: true }, allErrors: true, logger: { log() {}, warn: (m: string) => warnings.push(m), error: (m: string) => warnings.push(m) } });
    for (const { schema } of schemas) ajv.addSchema(schema);
    for (const { schema } of schemas) expect(() => ajv.getSchema(String(schema['$id']))).not.toThrow();
    expect(warnings).toEqual([]);
  });

  it('each have $id, title and description, and draft 2020-12', () => {
    for (const { file, schema } of schemas) {
      expect(schema['$schema'], file).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(schema['$id'], file).toBe(`https://unpkg.com/ps-attendance-contract/schemas/${file}`);
      expect(typeof schema['title'], file).toBe('string');
      expect(typeof schema['description'], file).toBe('string');
    }
  });

  it('use only keywords the error translator maps to rule codes', () => {
    const used = new Set<string>();
    for (const { schema } of [...requestSchemas, ...schemas.filter(({ file }) => file === 'definitions.schema.json')]) keywordsOf(schema, used);
    const unmapped = [...used].filter((k) => !translated.has(k) && !silent.has(k));
    expect(unmapped).toEqual([]);
    for (const keyword of translated) expect(used.has(keyword), `${keyword} is mapped but unused`).toBe(true);
  });

  it('forbid members outside the model at every object level', () => {
    const objects: Record<string, unknown>[] = [];
    const walk = (node: unknown): void => {
      if (node === null || typeof node !== 'object') return;
      if (!Array.isArray(node) && (node as Record<string, unknown>)['type'] === 'object') objects.push(node as Record<string, unknown>);
      for (const value of Object.values(node)) walk(value);
    };
    for (const { schema } of schemas.filter(({ file }) => file.endsWith('.request.schema.json') || file === 'definitions.schema.json')) walk(schema);
    for (const object of objects) {
      const closed = object['additionalProperties'] === false || Array.isArray(object['oneOf']);
      expect(closed, String(object['title'])).toBe(true);
    }
  });
});
