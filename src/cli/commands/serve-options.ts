import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { PowerSchoolMockOptions } from '../../mock/mock-options.js';
import { CliError } from '../cli-error.js';
import { parseFileSize } from '../lint/file-size.js';
import { parseCommandLine } from '../parse-command-line.js';
import { findServeConfig, type ServeConfig } from './serve-config.js';

/**
 * The checked options of `ps-attendance serve`: the mock's options, and the server's.
 *
 * @example
 * ```ts
 * const options: ServeOptions = parseServeOptions(['--port', '0', '--latency', '20'], process.env, process.cwd());
 * ```
 */
export interface ServeOptions {
  readonly help: boolean;
  readonly host: string;
  readonly port: number;
  readonly readyFile: string | undefined;
  /** `--log`: a file path, `-` for standard output, or undefined (no log). */
  readonly log: string | undefined;
  readonly control: boolean;
  readonly maxBodyBytes: number;
  /** The plugin.xml read for `mock.pluginXml` (for messages). */
  readonly pluginXmlPath: string | undefined;
  readonly headersTimeoutMs: number;
  readonly requestTimeoutMs: number;
  readonly mock: PowerSchoolMockOptions;
}

/**
 * The environment variables `serve` reads the client credentials from (flags win over them), so that
 * secrets stay out of shell history and process listings.
 *
 * @example
 * ```ts
 * serveEnvironment.clientSecret; // 'PS_ATTENDANCE_CLIENT_SECRET'
 * ```
 */
export const serveEnvironment = { clientId: 'PS_ATTENDANCE_CLIENT_ID', clientSecret: 'PS_ATTENDANCE_CLIENT_SECRET' } as const;

const flags = {
  host: { type: 'string' },
  port: { type: 'string', short: 'p' },
  'ready-file': { type: 'string' },
  log: { type: 'string' },
  'no-control': { type: 'boolean' },
  'max-body': { type: 'string' },
  'headers-timeout': { type: 'string' },
  'request-timeout': { type: 'string' },
  'base-url': { type: 'string' },
  'client-id': { type: 'string' },
  'client-secret': { type: 'string' },
  'token-lifetime': { type: 'string' },
  'plugin-xml': { type: 'string' },
  grants: { type: 'string' },
  latency: { type: 'string' },
  'first-id': { type: 'string' },
  'keep-requests': { type: 'string' },
  config: { type: 'string', short: 'c' },
  help: { type: 'boolean', short: 'h' },
} as const;

/**
 * Parses the flags of `ps-attendance serve` over the `serve` section of the config file (the nearest
 * `ps-attendance.config.json`, or `--config`) and the credential environment variables: flags win,
 * then the environment, then the config, then the defaults. Every mistake is a one-line CliError.
 *
 * @example
 * ```ts
 * parseServeOptions(['--port', '0', '--first-id', '5000'], {}, '/repo').mock.firstId; // 5000
 * ```
 */
export function parseServeOptions(args: readonly string[], env: Readonly<Record<string, string | undefined>>, cwd: string): ServeOptions {
  const { values, positionals } = parseCommandLine('serve', args, flags);
  if (positionals.length > 0) throw new CliError(`serve takes no file arguments, got "${positionals[0]}" (see ps-attendance serve --help).`);
  const config: ServeConfig = findServeConfig(values.config === undefined ? undefined : resolve(cwd, values.config), cwd);
  const pick = <T>(flag: string | undefined, fromConfig: T | undefined, parse: (text: string) => T): T | undefined => (flag === undefined ? fromConfig : parse(flag));
  const count = (flag: string, min: number, max = Number.MAX_SAFE_INTEGER) => (text: string): number => {
    const value = /^\d{1,15}$/.test(text.trim()) ? Number(text) : Number.NaN;
    if (!(value >= min && value <= max)) throw new CliError(`--${flag} must be a whole number from ${min} to ${max}, got "${text.slice(0, 40)}".`);
    return value;
  };
  const pluginXmlPath = values['plugin-xml'] === undefined ? config.pluginXml : resolve(cwd, values['plugin-xml']);
  const grants = pick(values.grants, config.grants, (text) => text.split(',').map((field) => field.trim()).filter((field) => field !== ''));
  if (pluginXmlPath !== undefined && grants !== undefined) throw new CliError('pass either --plugin-xml or --grants (or the config\'s "pluginXml" or "grants"), not both.');
  const maxBody = pick(values['max-body'], config.maxBodySize, (text) => parseFileSize(text) ?? fail(`--max-body must be a size such as "10MB", "512KB" or a number of bytes, got "${text.slice(0, 40)}"`));
  const baseUrl = pick(values['base-url'], config.baseUrl, (text) => text);
  if (baseUrl !== undefined && !/^https?:\/\/[^/]/i.test(baseUrl)) throw new CliError(`--base-url must be an absolute http(s) URL such as "https://district.powerschool.com", got "${baseUrl.slice(0, 80)}".`);
  const mock: PowerSchoolMockOptions = {
    ...defined('baseUrl', baseUrl),
    ...defined('clientId', values['client-id'] ?? nonEmpty(env[serveEnvironment.clientId]) ?? config.clientId),
    ...defined('clientSecret', values['client-secret'] ?? nonEmpty(env[serveEnvironment.clientSecret]) ?? config.clientSecret),
    ...defined('tokenLifetimeSeconds', pick(values['token-lifetime'], config.tokenLifetimeSeconds, count('token-lifetime', 0))),
    ...defined('grants', grants),
    ...defined('pluginXml', pluginXmlPath === undefined ? undefined : readText(pluginXmlPath)),
    ...defined('latencyMs', pick(values.latency, config.latencyMs, count('latency', 0, 600_000))),
    ...defined('firstId', pick(values['first-id'], config.firstId, count('first-id', 1))),
    maxLoggedRequests: pick(values['keep-requests'], config.keepRequests, count('keep-requests', 0)) ?? 1000,
  };
  return {
    help: values.help === true,
    host: pick(values.host, config.host, (text) => text) ?? '127.0.0.1',
    port: pick(values.port, config.port, count('port', 0, 65_535)) ?? 0,
    readyFile: values['ready-file'] === undefined ? undefined : resolve(cwd, values['ready-file']),
    log: values.log === undefined || values.log === '-' ? values.log : resolve(cwd, values.log),
    control: values['no-control'] === true ? false : (config.control ?? true),
    maxBodyBytes: maxBody ?? 10 * 1024 ** 2,
    pluginXmlPath,
    headersTimeoutMs: pick(values['headers-timeout'], undefined, count('headers-timeout', 1, 3_600_000)) ?? 10_000,
    requestTimeoutMs: pick(values['request-timeout'], undefined, count('request-timeout', 1, 3_600_000)) ?? 30_000,
    mock,
  };
}

function fail(message: string): never {
  throw new CliError(`${message}.`);
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value;
}

function defined<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(`${path}: cannot read the plugin.xml (${code === 'ENOENT' ? 'no such file' : code ?? String(error)}).`);
  }
}
