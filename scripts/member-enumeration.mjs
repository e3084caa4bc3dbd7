// ajv's `additionalProperties: false` lists the members of every object of the model with one for…in
// loop (`for(const keyN in dataM){`). For the plain-data validators this adds one step to each of
// those loops: a module counter of the members listed, read and reset by takeEnumeratedMembers().
// On a payload that passes, each object of the model (payload, records, tables, attendance) is an
// object whose members are all primitives or those objects, and each is listed by exactly one loop
// (test/generated/enumerated-members.test.ts holds this): the count is how many members the payload
// has, which the lint proof of no duplicate members compares with the colons of its text, and which
// a separate walk of the parsed value used to count (a sixth of lint's work above its floor).

const loop = /\bfor\(const (key\d+) in (data\d*)\)\{/g;

/**
 * @param {string} code ajv standalone code (an ES module)
 * @returns {string} the same code with each member loop counting, and `takeEnumeratedMembers` exported
 */
export function toEnumeratedMembers(code) {
  const loops = [...code.matchAll(/\bfor\s*\(\s*(?:const|let|var)\s+\w+\s+in\b/g)].length;
  let counted = 0;
  const rewritten = code.replace(loop, (match) => {
    counted++;
    return `${match}enumerated++;`;
  });
  if (counted === 0 || counted !== loops) throw new Error(`scripts/member-enumeration.mjs: ${loops} for…in loops, ${counted} in ajv's form \`for(const keyN in dataM){\``);
  return (
    rewritten +
    '\n// How many members the for…in loops above have listed since the last call (see scripts/member-enumeration.mjs).\n' +
    'let enumerated = 0;\n' +
    'export function takeEnumeratedMembers() {\n  const members = enumerated;\n  enumerated = 0;\n  return members;\n}\n'
  );
}
