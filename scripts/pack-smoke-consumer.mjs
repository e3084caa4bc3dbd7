// The files scripts/pack-smoke.mjs writes into the temporary consumer project.

/**
 * An ES module that imports each specifier (JSON ones with `with { type: 'json' }`) and requires it
 * (CommonJS), fails naming the first that does not load or exports nothing, and prints the list of
 * loaded specifiers as JSON.
 * @param {{ specifier: string, json: boolean }[]} specifiers
 */
export function importSubpathsSource(specifiers) {
  return `import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const specifiers = ${JSON.stringify(specifiers, null, 2)};
const imported = [];
for (const { specifier, json } of specifiers) {
  let namespace;
  let required;
  try {
    namespace = json ? await import(specifier, { with: { type: 'json' } }) : await import(specifier);
  } catch (error) {
    console.error(\`import \${specifier} failed: \${error.message}\`);
    process.exit(1);
  }
  try {
    required = require(specifier);
  } catch (error) {
    console.error(\`require \${specifier} failed: \${error.message}\`);
    process.exit(1);
  }
  const empty = json ? typeof namespace.default !== 'object' || namespace.default === null : Object.keys(namespace).length === 0;
  if (empty) {
    console.error(\`import \${specifier} loaded but exports nothing\`);
    process.exit(1);
  }
  if (typeof required !== 'object' || required === null || Object.keys(required).length === 0) {
    console.error(\`require \${specifier} loaded but exports nothing\`);
    process.exit(1);
  }
  const names = json ? [] : Object.keys(namespace).filter((name) => name !== 'default' && name !== 'module.exports').sort();
  const requiredNames = json ? [] : Object.keys(required).filter((name) => name !== '__esModule').sort();
  if (JSON.stringify(names) !== JSON.stringify(requiredNames)) {
    console.error(\`\${specifier}: import gives \${names.join(',')} but require gives \${requiredNames.join(',')}\`);
    process.exit(1);
  }
  imported.push(specifier);
}
console.log(JSON.stringify(imported));
`;
}

/**
 * A strict TypeScript consumer of the shipped types: real use of the main entry (with
 * @ts-expect-error lines that fail if the types degrade to any) and a namespace import of every
 * other typed subpath.
 * @param {string} name - the package name.
 * @param {string[]} typedSpecifiers - import specifiers of the subpaths that ship types.
 */
export function consumerSource(name, typedSpecifiers) {
  const others = typedSpecifiers.filter((s) => s !== name);
  return `import { validate, endpoints, ruleCatalogue, type DailyTimeRequest, type Diagnostic, type RuleCode } from '${name}';
${others.map((s, i) => `import * as subpath${i} from '${s}';`).join('\n')}

const body: DailyTimeRequest = {
  record: [{ tables: { attendance: { studentid: '4242', att_date: '2025-09-02', schoolid: '100', yearid: '35', att_mode_code: 'ATT_ModeDaily', attendance_codeid: '12' } } }],
};
const result = validate(body, 'daily_time');
const first: Diagnostic | undefined = result.diagnostics[0];
const code: RuleCode | undefined = first?.code;
const max: number | null = endpoints.batch_daily_time.maxRecords;
// @ts-expect-error 'daily' is not an endpoint id
validate(body, 'daily');
// @ts-expect-error a daily_time record cannot be in ATT_ModeMeeting
const wrong: DailyTimeRequest = { record: [{ tables: { attendance: { studentid: '4242', att_date: '2025-09-02', schoolid: '100', yearid: '35', att_mode_code: 'ATT_ModeMeeting', attendance_codeid: '12' } } }] };

export const used = [result.valid, code, max, ruleCatalogue['time-order'].severity, wrong${others.map((_, i) => `, Object.keys(subpath${i})`).join('')}];
`;
}
