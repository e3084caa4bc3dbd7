// The schemas under schemas/ in one ajv instance, for the tests that check documented examples
// against the schema the document (or the generated type) names.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';

interface SchemaFile {
  readonly $id: string;
  readonly title: string;
  readonly type?: unknown;
  readonly $defs?: Record<string, unknown>;
}

const dir = join(import.meta.dirname, '..', '..', 'schemas');
/** Every schema under schemas/, parsed. */
export const schemaFiles: readonly SchemaFile[] = readdirSync(dir)
  .filter((f) => f.endsWith('.schema.json'))
  .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as SchemaFile);

// As in generate.mjs: the AttDate pattern checks the calendar, `format: date` is an annotation.
const ajv = new Ajv2020({ strict: false, allErrors: true, discriminator: true, formats: { date: true } });
for (const schema of schemaFiles) ajv.addSchema(schema);

/**
 * The validator of the definition titled `title` (a schema's root, or one of its $defs, which is
 * what an OpenAPI component or a generated type is named after); undefined when there is none.
 */
export function validatorFor(title: string): ValidateFunction | undefined {
  for (const schema of schemaFiles) {
    if (schema.title === title && schema.type !== undefined) return ajv.getSchema(schema.$id);
    if (schema.$defs && Object.hasOwn(schema.$defs, title)) return ajv.getSchema(`${schema.$id}#/$defs/${title}`);
  }
  return undefined;
}

/** `#/components/schemas/Name` -> `Name`. */
export function componentName(ref: string | undefined): string {
  return (ref ?? '').replace('#/components/schemas/', '');
}
