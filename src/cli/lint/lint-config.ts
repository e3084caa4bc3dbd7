import { pathMatcher } from './path-matcher.js';
import { endpointIds, isEndpointId, type EndpointId } from '../../endpoints.js';
import { CliError } from '../cli-error.js';
import { parseFileSize } from './file-size.js';

/**
 * The default `maxFileSize`: 10 MB.
 *
 * @example
 * ```ts
 * defaultMaxFileSize; // 10485760
 * ```
 */
export const defaultMaxFileSize = 10 * 1024 ** 2;

/**
 * A validated `ps-attendance.config.json` (or `ps-attendance` key of package.json). Globs are
 * .gitignore-style patterns relative to the config's directory.
 *
 * @example
 * ```ts
 * const config: LintConfig = toLintConfig({ ignores: ['fixtures/**'] }, '/repo/ps-attendance.config.json', '/repo');
 * config.isIgnored('fixtures/a.json'); // true
 * ```
 */
export interface LintConfig {
  /** The file it came from (for error messages). */
  readonly source: string;
  /** The directory the globs are relative to. */
  readonly directory: string;
  /** The endpoint of the first `files` glob matching a path (relative, `/`-separated). */
  endpointOf(relativePath: string): EndpointId | undefined;
  /** Whether `ignores` matches a path (relative, `/`-separated; directories end with `/`). */
  isIgnored(relativePath: string): boolean;
  readonly maxFileSize: number;
}

// `serve` is read by `ps-attendance serve` (src/cli/commands/serve-config.ts); lint ignores it.
const knownKeys = ['files', 'ignores', 'maxFileSize', 'serve'];

/**
 * Validates a parsed config object; every mistake is a {@link CliError} naming `source` and the key.
 *
 * @example
 * ```ts
 * const config = toLintConfig({ files: { 'payloads/daily/**': 'daily_time' } }, '/repo/ps-attendance.config.json', '/repo');
 * config.endpointOf('payloads/daily/a.json'); // 'daily_time'
 * ```
 */
export function toLintConfig(raw: unknown, source: string, directory: string): LintConfig {
  const fail = (what: string): never => {
    throw new CliError(`${source}: ${what}.`);
  };
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) fail('the configuration must be a JSON object with "files", "ignores" and/or "maxFileSize"');
  const config = raw as Record<string, unknown>;
  for (const key of Object.keys(config)) {
    if (!knownKeys.includes(key)) fail(`unknown key "${key}": the known keys are ${knownKeys.join(', ')}`);
  }
  const files: { glob: string; endpoint: EndpointId }[] = [];
  if (config['files'] !== undefined) {
    const map = config['files'];
    if (map === null || typeof map !== 'object' || Array.isArray(map)) fail('"files" must map globs to endpoints, e.g. { "payloads/daily/**": "daily_time" }');
    for (const [glob, endpoint] of Object.entries(map as Record<string, unknown>)) {
      if (!isEndpointId(endpoint)) fail(`"files"."${glob}" is ${JSON.stringify(endpoint)}: use one of ${endpointIds.join(', ')}`);
      if (glob.trim() === '' || glob.startsWith('!')) fail(`"files"."${glob}": a glob must be non-empty and not negated`);
      files.push({ glob, endpoint: endpoint as EndpointId });
    }
  }
  const ignoreGlobs: string[] = [];
  if (config['ignores'] !== undefined) {
    const list = config['ignores'];
    if (!Array.isArray(list)) fail('"ignores" must be an array of globs, e.g. ["fixtures/**"]');
    (list as unknown[]).forEach((glob, i) => {
      if (typeof glob !== 'string' || glob.trim() === '') fail(`"ignores"[${i}] must be a non-empty glob string`);
      ignoreGlobs.push(glob as string);
    });
  }
  let maxFileSize = defaultMaxFileSize;
  if (config['maxFileSize'] !== undefined) {
    maxFileSize = parseFileSize(config['maxFileSize']) ?? fail(`"maxFileSize" is ${JSON.stringify(config['maxFileSize'])}: use a size such as "10MB", "512KB" or a number of bytes`);
  }
  // Each glob's matcher compares path starts for `dir/**` globs and loads `ignore` only for others.
  const fileMatchers = files.map(({ glob, endpoint }) => ({ matches: pathMatcher(glob), endpoint }));
  const ignored = ignoreGlobs.length === 0 ? () => false : pathMatcher(ignoreGlobs);
  return {
    source,
    directory,
    maxFileSize,
    endpointOf: (path) => fileMatchers.find((entry) => entry.matches(path))?.endpoint,
    isIgnored: (path) => ignored(path),
  };
}
