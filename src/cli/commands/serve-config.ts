import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { closestName } from '../../suggest.js';
import { CliError } from '../cli-error.js';
import { parseFileSize } from '../lint/file-size.js';
import { configFileName } from '../lint/config-resolver.js';

/**
 * The `serve` section of `ps-attendance.config.json` (or of package.json's `ps-attendance` key),
 * checked; `pluginXml` resolved against the config's directory.
 *
 * @example
 * ```ts
 * const config: ServeConfig = { port: 4010, latencyMs: 20, pluginXml: '/repo/plugin/plugin.xml' };
 * ```
 */
export interface ServeConfig {
  readonly host?: string;
  readonly port?: number;
  readonly baseUrl?: string;
  readonly clientId?: string;
  readonly clientSecret?: string;
  readonly tokenLifetimeSeconds?: number;
  readonly pluginXml?: string;
  readonly grants?: readonly string[];
  readonly latencyMs?: number;
  readonly firstId?: number;
  readonly keepRequests?: number;
  readonly maxBodySize?: number;
  readonly control?: boolean;
}

const kinds = {
  host: 'string',
  port: 'count',
  baseUrl: 'string',
  clientId: 'string',
  clientSecret: 'string',
  tokenLifetimeSeconds: 'count',
  pluginXml: 'string',
  grants: 'strings',
  latencyMs: 'count',
  firstId: 'count',
  keepRequests: 'count',
  maxBodySize: 'size',
  control: 'boolean',
} as const satisfies Record<keyof ServeConfig, string>;

/**
 * Reads the `serve` section from `explicit` (`--config`), else from the nearest
 * `ps-attendance.config.json` or package.json with a `ps-attendance` key above `cwd`; `{}` when there
 * is none. A mistake is a one-line CliError naming the file and the key.
 *
 * @example
 * ```ts
 * findServeConfig(undefined, '/repo/test').latencyMs; // from /repo/ps-attendance.config.json's "serve"
 * ```
 */
export function findServeConfig(explicit: string | undefined, cwd: string): ServeConfig {
  if (explicit !== undefined) return sectionOf(readJson(explicit), explicit);
  for (let directory = resolve(cwd); ; directory = dirname(directory)) {
    const file = join(directory, configFileName);
    if (existsSync(file)) return sectionOf(readJson(file), file);
    const manifest = join(directory, 'package.json');
    if (existsSync(manifest)) {
      const pkg = readJson(manifest);
      if (pkg !== null && typeof pkg === 'object' && Object.hasOwn(pkg, 'ps-attendance')) return sectionOf((pkg as Record<string, unknown>)['ps-attendance'], `${manifest} ("ps-attendance" key)`, dirname(manifest));
    }
    if (dirname(directory) === directory) return {};
  }
}

function sectionOf(config: unknown, source: string, directory = dirname(source)): ServeConfig {
  if (config === null || typeof config !== 'object' || Array.isArray(config)) throw new CliError(`${source}: the configuration must be a JSON object.`);
  const section = (config as Record<string, unknown>)['serve'];
  if (section === undefined) return {};
  if (section === null || typeof section !== 'object' || Array.isArray(section)) throw new CliError(`${source}: "serve" must be an object such as { "port": 4010, "latencyMs": 20 }.`);
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(section)) {
    const fail = (what: string): never => {
      throw new CliError(`${source}: "serve"."${key}" ${what}.`);
    };
    if (!Object.hasOwn(kinds, key)) {
      const near = closestName(key, Object.keys(kinds));
      fail(`is not a serve option${near === undefined ? '' : ` (did you mean "${near}"?)`}; the options are ${Object.keys(kinds).join(', ')}`);
    }
    const kind = kinds[key as keyof typeof kinds];
    if (kind === 'string' && (typeof value !== 'string' || value === '')) fail('must be a non-empty string');
    if (kind === 'count' && !(Number.isSafeInteger(value) && (value as number) >= 0)) fail(`must be a whole number of 0 or more, not ${JSON.stringify(value)}`);
    if (kind === 'boolean' && typeof value !== 'boolean') fail('must be true or false');
    if (kind === 'strings' && !(Array.isArray(value) && value.every((v) => typeof v === 'string' && v !== ''))) fail('must be an array of field names, e.g. ["studentid", "att_date"]');
    if (kind === 'size') result[key] = parseFileSize(value) ?? fail('must be a size such as "10MB", "512KB" or a number of bytes');
    else result[key] = key === 'pluginXml' ? resolve(directory, value as string) : value;
  }
  return result as ServeConfig;
}

function readJson(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    throw new CliError(`${file}: cannot read the config (${(error as NodeJS.ErrnoException).code ?? String(error)}).`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new CliError(`${file}: the config is not valid JSON (${error instanceof Error ? error.message.split('\n')[0] : 'syntax error'}).`);
  }
}
