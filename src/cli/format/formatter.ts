import type { LintResult } from '../lint/lint-result.js';
import type { RuleDescription } from './rule-descriptions.js';

/**
 * What every formatter gets besides the results.
 *
 * @example
 * ```ts
 * const context: FormatContext = { cwd: process.cwd(), colour: false, version: '0.1.0' };
 * ```
 */
export interface FormatContext {
  /** The working directory: paths in the report are relative to it where a format wants that. */
  readonly cwd: string;
  /** Whether to use ANSI colours (only `stylish` does). */
  readonly colour: boolean;
  /** The package version, for SARIF's tool description. */
  readonly version: string;
  /** The rules a SARIF log describes (default: the linter's rules). */
  readonly rules?: readonly RuleDescription[];
  /** The command named in SARIF's tool description (default `lint`). */
  readonly command?: string;
}

/**
 * Turns lint results into the text of a report. Formatters are pure.
 *
 * @example
 * ```ts
 * const jsonFormatter: Formatter = (results) => JSON.stringify(results);
 * ```
 */
export type Formatter = (results: readonly LintResult[], context: FormatContext) => string;

/**
 * The report formats `--format` accepts.
 *
 * @example
 * ```ts
 * formatNames.includes('sarif'); // true
 * ```
 */
export const formatNames = ['stylish', 'json', 'sarif', 'github'] as const;

/**
 * A report format name.
 *
 * @example
 * ```ts
 * const name: FormatName = 'sarif';
 * ```
 */
export type FormatName = (typeof formatNames)[number];

/**
 * Whether `value` names a report format.
 *
 * @example
 * ```ts
 * isFormatName('junit'); // false
 * ```
 */
export function isFormatName(value: string): value is FormatName {
  return (formatNames as readonly string[]).includes(value);
}

// A Record over FormatName: a new format without a module does not compile. Loaded lazily so a run
// pays only for the formatter it prints.
const loaders: { readonly [F in FormatName]: () => Promise<Formatter> } = {
  stylish: async () => (await import('./stylish.js')).stylish,
  json: async () => (await import('./json.js')).json,
  sarif: async () => (await import('./sarif.js')).sarif,
  github: async () => (await import('./github.js')).github,
};

/**
 * Loads the formatter for a format name.
 *
 * @example
 * ```ts
 * const format = await loadFormatter('json');
 * process.stdout.write(format(results, { cwd: process.cwd(), colour: false, version: '0.1.0' }));
 * ```
 */
export function loadFormatter(name: FormatName): Promise<Formatter> {
  return loaders[name]();
}
