// ajv's `additionalProperties: false` asks, for each member of an object, whether the schema names
// it. For up to 8 named members it writes `key === "a" || key === "b" …`; for more (the attendance
// tables have 11 and 14) it writes `hasOwnProperty.call(schemaN.properties, key)`, a lookup keyed by
// a different string at every member, which cost a sixth of a valid batch's check. This rewrites
// those lookups into ajv's own comparison form, with the names read from the schema constant the
// lookup names. The answer is the same for every key (for…in keys are strings).

const lookup = /\b(func\d+)\.call\((schema\d+)\.properties, (key\d+)\)/g;

/**
 * @param {string} code ajv standalone code
 * @returns {string} the same code with each named-member lookup written as comparisons
 */
export function toMemberComparisons(code) {
  const hasOwn = new Set([...code.matchAll(/^const (func\d+) = Object\.prototype\.hasOwnProperty;$/gm)].map((m) => m[1]));
  return code.replace(lookup, (match, func, schema, key) => {
    if (!hasOwn.has(func)) throw new Error(`scripts/member-tests.mjs: ${func} in "${match}" is not Object.prototype.hasOwnProperty`);
    const declaration = new RegExp(`^const ${schema} = (\\{.*\\});$`, 'm').exec(code);
    if (declaration === null) throw new Error(`scripts/member-tests.mjs: no one-line declaration of ${schema} for "${match}"`);
    const properties = JSON.parse(declaration[1]).properties;
    const names = Object.keys(properties ?? {});
    if (names.length === 0) throw new Error(`scripts/member-tests.mjs: ${schema} names no properties`);
    return `(${names.map((name) => `${key} === ${JSON.stringify(name)}`).join(' || ')})`;
  });
}
