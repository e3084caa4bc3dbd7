import { describe, expect, it } from 'vitest';
import { toEnumeratedMembers } from '../../scripts/member-enumeration.mjs';

// scripts/member-enumeration.mjs makes each member loop of the plain-data validators count what it
// lists, while generating them. It must count in every for…in loop, or refuse the code: a loop left
// uncounted would make lint's member count short, and a short count only costs time, but a loop in a
// form it does not know could be one that lists an object twice.
describe('toEnumeratedMembers', () => {
  it('counts in each of ajv’s member loops and exports the count, reset by each read', async () => {
    const code = 'export function check(data){\nfor(const key0 in data){\nif(key0 === "a"){}\n}\nconst data1 = data.b;\nfor(const key1 in data1){}\nreturn true;\n}\n';
    const out = toEnumeratedMembers(code);
    expect(out.match(/enumerated\+\+;/g)).toHaveLength(2);
    const module = (await import(`data:text/javascript,${encodeURIComponent(out)}`)) as { check: (data: unknown) => boolean; takeEnumeratedMembers: () => number };
    module.check({ a: 1, b: { c: 1, d: 2 }, e: 3 });
    expect(module.takeEnumeratedMembers()).toBe(5);
    expect(module.takeEnumeratedMembers()).toBe(0);
  });

  it('refuses code with no member loop, or a for…in loop not in ajv’s form', () => {
    expect(() => toEnumeratedMembers('export const x = 1;\n')).toThrow(/0 for…in loops, 0 in ajv's form/);
    expect(() => toEnumeratedMembers('for(const key0 in data){}\nfor (let k in data) {}\n')).toThrow(/2 for…in loops, 1 in ajv's form/);
  });
});
