// Loads every schema under schemas/ and bundles them into one document whose $defs hold each file's
// root (named by its title) and its $defs, with every $ref rewritten to a local "#/$defs/Name".
// json-schema-to-typescript and the OpenAPI document are built from this bundle, so that every
// definition is emitted exactly once under its own name.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** @returns {{ file: string, schema: any }[]} the schemas in stable (file name) order. */
export function loadSchemas(dir) {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.schema.json'))
    .sort()
    .map((file) => ({ file, schema: JSON.parse(readFileSync(join(dir, file), 'utf8')) }));
}

export function bundleSchemas(schemas) {
  const rootName = new Map(schemas.map(({ file, schema }) => [file, schema.title]));
  const defs = {};
  const add = (name, value, file) => {
    if (name in defs) throw new Error(`schemas/${file}: definition "${name}" is defined twice`);
    defs[name] = value;
  };
  for (const { file, schema } of schemas) {
    const rewrite = (node) => {
      if (Array.isArray(node)) return node.map(rewrite);
      if (node === null || typeof node !== 'object') return node;
      const out = {};
      for (const [k, v] of Object.entries(node)) {
        if (k === '$ref' && typeof v === 'string') out[k] = localRef(v, file, rootName);
        else if (k !== '$id' && k !== '$schema' && k !== '$defs') out[k] = rewrite(v);
      }
      return out;
    };
    for (const [name, def] of Object.entries(schema.$defs ?? {})) add(name, rewrite(def), file);
    if (schema.type !== undefined) add(schema.title, rewrite(schema), file);
  }
  return { $schema: 'https://json-schema.org/draft/2020-12/schema', $defs: defs };
}

function localRef(ref, file, rootName) {
  const [target, fragment = ''] = ref.split('#');
  const match = /^\/\$defs\/([^/]+)$/.exec(fragment);
  if (match) return `#/$defs/${match[1]}`;
  if (fragment === '' && target && rootName.has(target)) return `#/$defs/${rootName.get(target)}`;
  throw new Error(`schemas/${file}: cannot bundle $ref "${ref}"`);
}
