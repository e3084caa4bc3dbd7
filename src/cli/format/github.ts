import { displayPath } from './display-path.js';
import type { Formatter } from './formatter.js';

/**
 * GitHub Actions workflow commands: one `::error` or `::warning` annotation per message, with the
 * file (relative to the working directory, i.e. the workspace), line, column and end.
 *
 * @example
 * ```ts
 * github(results, context);
 * // ::error file=payloads/a.json,line=4,col=7,endLine=4,endColumn=24,title=id-format::studentid must be …
 * ```
 */
export const github: Formatter = (results, context) => {
  let out = '';
  for (const result of results) {
    const file = displayPath(result.filePath, context.cwd);
    for (const m of result.messages) {
      const properties = [
        `file=${escapeProperty(file)}`,
        `line=${m.line}`,
        `col=${m.column}`,
        `endLine=${m.endLine}`,
        `endColumn=${m.endColumn}`,
        `title=${escapeProperty(`ps-attendance ${m.ruleId}`)}`,
      ];
      out += `::${m.severity === 2 ? 'error' : 'warning'} ${properties.join(',')}::${escapeData(`${m.message} (${m.ruleId} at ${m.path || '/'})`)}\n`;
    }
  }
  return out;
};

// The escaping of @actions/core's command.ts.
function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
