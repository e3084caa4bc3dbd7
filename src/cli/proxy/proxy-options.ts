import { resolve } from 'node:path';
import { CliError } from '../cli-error.js';
import { parseFileSize } from '../lint/file-size.js';
import { defaultMaxResponseBytes } from './forward-request.js';
import { parseCommandLine } from '../parse-command-line.js';

/**
 * The checked options of `ps-attendance proxy`.
 *
 * @example
 * ```ts
 * const options: ProxyOptions = parseProxyOptions(['--upstream', 'https://ps-test.example', '--block'], '/repo');
 * ```
 */
export interface ProxyOptions {
  readonly help: boolean;
  readonly upstream: URL;
  readonly block: boolean;
  /** `--record`: the HAR file (absolute), or undefined. */
  readonly record: string | undefined;
  readonly host: string;
  readonly port: number;
  readonly readyFile: string | undefined;
  readonly log: string | undefined;
  readonly upstreamTimeoutMs: number;
  readonly maxBodyBytes: number;
  /** `--max-response`: the largest upstream answer the proxy reads (default 100 MB). */
  readonly maxResponseBytes: number;
  readonly headersTimeoutMs: number;
  readonly requestTimeoutMs: number;
}

const flags = {
  upstream: { type: 'string', short: 'u' },
  block: { type: 'boolean' },
  record: { type: 'string', short: 'r' },
  host: { type: 'string' },
  port: { type: 'string', short: 'p' },
  'ready-file': { type: 'string' },
  log: { type: 'string' },
  'upstream-timeout': { type: 'string' },
  'max-body': { type: 'string' },
  'max-response': { type: 'string' },
  'headers-timeout': { type: 'string' },
  'request-timeout': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

function count(flag: string, text: string | undefined, fallback: number, min: number, max: number): number {
  if (text === undefined) return fallback;
  const value = /^\d{1,15}$/.test(text.trim()) ? Number(text) : Number.NaN;
  if (!(value >= min && value <= max)) throw new CliError(`--${flag} must be a whole number from ${min} to ${max}, got "${text.slice(0, 40)}".`);
  return value;
}

/**
 * Parses `ps-attendance proxy`'s flags; every mistake is a one-line CliError. `--upstream` is
 * required (an `http:` or `https:` URL; a path becomes a prefix of every forwarded path).
 *
 * @example
 * ```ts
 * parseProxyOptions(['-u', 'http://127.0.0.1:4010', '--port', '0'], process.cwd()).upstream.origin; // 'http://127.0.0.1:4010'
 * ```
 */
export function parseProxyOptions(args: readonly string[], cwd: string): ProxyOptions {
  const { values, positionals } = parseCommandLine('proxy', args, flags);
  if (positionals.length > 0) throw new CliError(`proxy takes no file arguments, got "${positionals[0]}" (see ps-attendance proxy --help).`);
  const help = values.help === true;
  let upstream: URL | undefined;
  if (values.upstream !== undefined) {
    try {
      upstream = new URL(values.upstream);
    } catch {
      throw new CliError(`--upstream "${values.upstream.slice(0, 100)}" is not a URL: give the server's address, e.g. https://ps-test.district.org.`);
    }
    if (upstream.protocol !== 'http:' && upstream.protocol !== 'https:') throw new CliError(`--upstream must be an http: or https: URL, got "${upstream.protocol}".`);
    if (upstream.username !== '' || upstream.password !== '') throw new CliError('--upstream must not carry credentials: the client sends its own.');
  } else if (!help) {
    throw new CliError('--upstream <URL> is required: the PowerSchool (test) server to check, e.g. --upstream https://ps-test.district.org.');
  }
  const maxBody = values['max-body'] === undefined ? 10 * 1024 ** 2 : parseFileSize(values['max-body']);
  if (maxBody === undefined) throw new CliError(`--max-body must be a size such as "10MB" or a number of bytes, got "${values['max-body']}".`);
  const maxResponse = values['max-response'] === undefined ? defaultMaxResponseBytes : parseFileSize(values['max-response']);
  if (maxResponse === undefined) throw new CliError(`--max-response must be a size such as "100MB" or a number of bytes, got "${values['max-response']}".`);
  return {
    help,
    upstream: upstream ?? new URL('http://127.0.0.1'),
    block: values.block === true,
    record: values.record === undefined ? undefined : resolve(cwd, values.record),
    host: values.host ?? '127.0.0.1',
    port: count('port', values.port, 0, 0, 65535),
    readyFile: values['ready-file'] === undefined ? undefined : resolve(cwd, values['ready-file']),
    log: values.log === undefined || values.log === '-' ? values.log : resolve(cwd, values.log),
    upstreamTimeoutMs: count('upstream-timeout', values['upstream-timeout'], 30_000, 1, 3_600_000),
    maxBodyBytes: maxBody,
    maxResponseBytes: maxResponse,
    headersTimeoutMs: count('headers-timeout', values['headers-timeout'], 10_000, 1, 3_600_000),
    requestTimeoutMs: count('request-timeout', values['request-timeout'], 60_000, 1, 3_600_000),
  };
}
