import { pathToFileURL } from 'node:url';
import { displayPath } from './display-path.js';
import type { Formatter } from './formatter.js';
import { ruleDescriptions, type RuleDescription } from './rule-descriptions.js';

/**
 * SARIF 2.1.0, as GitHub code scanning uploads it (github/codeql-action/upload-sarif): one run of the
 * `ps-attendance` driver describing every rule (id, short and full description, help with a failing
 * and a passing example, default level), one result per message with its region, and file URIs
 * relative to `%SRCROOT%` (the working directory).
 *
 * @example
 * ```ts
 * const log = JSON.parse(sarif(results, context));
 * log.runs[0].tool.driver.rules.length; // every rule code, plus invalid-json
 * ```
 */
export const sarif: Formatter = (results, context) => {
  const rules = context.rules ?? ruleDescriptions();
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const sarifResults = results.flatMap((result) => {
    const artifactLocation = artifactLocationOf(result.filePath, context.cwd);
    return result.messages.map((m) => ({
      ruleId: m.ruleId,
      ruleIndex: ruleIndex.get(m.ruleId) ?? 0,
      level: m.severity === 2 ? 'error' : 'warning',
      message: { text: m.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation,
            region: { startLine: m.line, startColumn: m.column, endLine: m.endLine, endColumn: m.endColumn },
          },
          ...(m.path === '' ? {} : { logicalLocations: [{ fullyQualifiedName: m.path, kind: 'member' }] }),
        },
      ],
      properties: { jsonPointer: m.path, ...(result.endpoint ? { endpoint: result.endpoint } : {}) },
    }));
  });
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'ps-attendance',
            fullName: `ps-attendance ${context.command ?? 'lint'} (ps-attendance-contract)`,
            version: context.version,
            semanticVersion: context.version,
            informationUri: 'https://www.npmjs.com/package/ps-attendance-contract',
            rules: rules.map(describe),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(context.cwd.endsWith('/') ? context.cwd : `${context.cwd}/`).href } },
        results: sarifResults,
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};

function artifactLocationOf(filePath: string, cwd: string): { uri: string; uriBaseId?: string } {
  const shown = displayPath(filePath, cwd);
  if (shown.startsWith('/')) return { uri: pathToFileURL(shown).href };
  if (shown.startsWith('<')) return { uri: encodeURIComponent(shown) };
  return { uri: shown.split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

function describe(rule: RuleDescription): object {
  const examples = rule.invalid && rule.valid
    ? `\n\nFails (${rule.invalid.endpoint}, reported at ${rule.invalid.path || '/'}):\n${exampleText(rule.invalid)}\n\nPasses:\n${exampleText(rule.valid)}`
    : '';
  const markdownExamples = rule.invalid && rule.valid
    ? `\n\nFails (\`${rule.invalid.endpoint}\`, reported at \`${rule.invalid.path || '/'}\`):\n\n\`\`\`json\n${exampleText(rule.invalid)}\n\`\`\`\n\nPasses:\n\n\`\`\`json\n${exampleText(rule.valid)}\n\`\`\``
    : '';
  return {
    id: rule.id,
    name: rule.id.replace(/(^|-)([a-z])/g, (_all, _dash: string, letter: string) => letter.toUpperCase()),
    shortDescription: { text: rule.summary },
    fullDescription: { text: rule.rationale },
    help: { text: `${rule.summary} ${rule.rationale}${examples}`, markdown: `**${rule.summary}**\n\n${rule.rationale}${markdownExamples}` },
    defaultConfiguration: { level: rule.severity },
    properties: { tags: ['powerschool', 'attendance', 'contract'] },
  };
}

/** An example as text: its own text when the rule is about the text (duplicate members), else printed. */
function exampleText(example: { readonly payload: unknown; readonly text?: string }): string {
  return example.text?.replace(/\n$/, '') ?? JSON.stringify(example.payload, null, 2);
}
