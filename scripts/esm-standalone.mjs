// ajv's standalone output keeps `require()` for its runtime helpers (ucs2length for maxLength, …)
// even with `code.esm`; an ES module cannot call require, so turn each into an import.

/** Rewrites `const f = require("mod").a.b;` into `import … from "mod.js"; const f = ….a.b;`. */
export function toEsmImports(code) {
  const imports = [];
  const body = code.replace(/const (\w+) = require\("([^"]+)"\)((?:\.\w+)*);/g, (_match, name, specifier, members) => {
    const local = `__runtime${imports.length}`;
    const path = specifier.startsWith('ajv/') && !specifier.endsWith('.js') ? `${specifier}.js` : specifier;
    imports.push(`import ${local} from ${JSON.stringify(path)};`);
    // Node hands a CommonJS module's exports object to a default import; bundlers and vitest may
    // hand its `default` export instead, so take `.default` only when it is there.
    const access = members.startsWith('.default') ? `(${local}.default ?? ${local})${members.slice('.default'.length)}` : `${local}${members}`;
    return `const ${name} = ${access};`;
  });
  if (/\brequire\(/.test(body)) throw new Error('ajv standalone code still calls require(): extend scripts/esm-standalone.mjs');
  return body.replace('"use strict";', `"use strict";${imports.join('')}`);
}
