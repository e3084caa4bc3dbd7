import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { modelExamples } from '../../scripts/openapi-examples.mjs';

// The @example of each generated type (generated/types.ts) comes from scripts/openapi-examples.mjs;
// each must be a value of its schema, so the API docs never show an example the contract rejects.

const dir = join(import.meta.dirname, '..', '..', 'schemas');
const schemas = readdirSync(dir)
  .filter((f) => f.endsWith('.schema.json'))
  .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as { $id: string; title: string; type?: unknown; $defs?: Record<string, unknown> });
const ajv = new Ajv2020({ strict: false, allErrors: true, discriminator: true });
for (const schema of schemas) ajv.addSchema(schema);

/** The $id (with fragment) of the definition titled `name`: a schema's root or one of its $defs. */
function refOf(name: string): string | undefined {
  for (const schema of schemas) {
    if (schema.title === name && schema.type !== undefined) return schema.$id;
    if (schema.$defs && Object.hasOwn(schema.$defs, name)) return `${schema.$id}#/$defs/${name}`;
  }
  return undefined;
}

describe('model examples (the @example of each generated type)', () => {
  it.each(Object.entries(modelExamples))('%s example conforms to its schema definition', (name, example) => {
    const ref = refOf(name);
    expect(ref, `no schema definition is titled ${name}`).toBeDefined();
    const check = ajv.getSchema(ref ?? '');
    expect(check?.(example), JSON.stringify(check?.errors)).toBe(true);
  });
});
