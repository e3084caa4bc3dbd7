import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import type { ParseError } from 'jsonc-parser';
import { jsonc } from '../io/jsonc.js';
import { CliError } from '../cli-error.js';
import { LineIndex } from '../io/line-index.js';
import { toLintConfig, type LintConfig } from './lint-config.js';

/**
 * The config file name looked for in each directory, before package.json's `ps-attendance` key.
 *
 * @example
 * ```ts
 * existsSync(join(dir, configFileName)); // 'ps-attendance.config.json'
 * ```
 */
export const configFileName = 'ps-attendance.config.json';

/**
 * Finds the config that applies to a directory, like ESLint: the nearest `ps-attendance.config.json`
 * or package.json with a `ps-attendance` key, searching upward. Results are cached per directory.
 *
 * @example
 * ```ts
 * const configs = new ConfigResolver();
 * configs.forDirectory('/repo/examples/payloads')?.source; // '/repo/ps-attendance.config.json'
 * ```
 */
export class ConfigResolver {
  private readonly cache = new Map<string, LintConfig | undefined>();

  /**
   * The config for files in `directory` (absolute), or `undefined` when there is none up to the root.
   *
   * @example
   * ```ts
   * new ConfigResolver().forDirectory(process.cwd());
   * ```
   */
  forDirectory(directory: string): LintConfig | undefined {
    if (this.cache.has(directory)) return this.cache.get(directory);
    const parent = dirname(directory);
    const config = this.load(directory) ?? (parent === directory ? undefined : this.forDirectory(parent));
    this.cache.set(directory, config);
    return config;
  }

  /**
   * A path relative to the config's directory, `/`-separated, as its globs expect.
   *
   * @example
   * ```ts
   * ConfigResolver.relativeTo(config, '/repo/examples/a.json'); // 'examples/a.json'
   * ```
   */
  static relativeTo(config: LintConfig, path: string): string {
    // The common case (a normalised path below the config's directory), without path.relative's
    // resolving of both paths: it ran once per linted file.
    const directory = config.directory;
    const prefixLength = directory.endsWith(sep) ? directory.length : directory.length + 1;
    if (path.length > prefixLength && path.startsWith(directory) && path[prefixLength - 1] === sep) {
      const rest = path.slice(prefixLength);
      if (!notNormalised.test(rest)) return sep === '/' ? rest : rest.split(sep).join('/');
    }
    return relative(directory, path).split(sep).join('/');
  }

  private load(directory: string): LintConfig | undefined {
    const file = join(directory, configFileName);
    if (existsSync(file)) return toLintConfig(readJson(file), file, directory);
    const manifest = join(directory, 'package.json');
    if (!existsSync(manifest)) return undefined;
    const pkg = readJson(manifest);
    if (pkg === null || typeof pkg !== 'object' || !Object.hasOwn(pkg, 'ps-attendance')) return undefined;
    return toLintConfig((pkg as Record<string, unknown>)['ps-attendance'], `${manifest} ("ps-attendance" key)`, directory);
  }
}

// A `.` or `..` segment, an empty one, or a trailing separator: path.relative would normalise it.
const notNormalised = /(^|[\\/])\.{1,2}([\\/]|$)|[\\/]{2}|[\\/]$/;

function readJson(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    throw new CliError(`${file}: cannot read the config (${error instanceof Error ? error.message : String(error)}).`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    const errors: ParseError[] = [];
    const { parseTree, printParseErrorCode } = jsonc();
    parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
    const where = errors[0] ? new LineIndex(text).at(errors[0].offset) : { line: 1, column: 1 };
    const what = errors[0] ? printParseErrorCode(errors[0].error) : 'syntax error';
    throw new CliError(`${file}:${where.line}:${where.column}: the config is not valid JSON (${what}).`);
  }
}
