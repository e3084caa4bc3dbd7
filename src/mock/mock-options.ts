import type { FieldGrants } from '../plugin-access/field-grants.js';
import { fullAccessTo } from '../plugin-access/field-grants.js';
import { parsePluginXml } from '../plugin-access/parse-plugin-xml.js';
import { closestName } from '../suggest.js';

/**
 * The options of `createPowerSchoolMock` and `createPowerSchoolMockCore`; every one has a documented default.
 *
 * @example
 * ```ts
 * const options: PowerSchoolMockOptions = {
 *   baseUrl: 'https://district.powerschool.com',
 *   clientId: 'my-plugin-id',
 *   clientSecret: 'my-plugin-secret',
 *   pluginXml: readFileSync('plugin/plugin.xml', 'utf8'),
 * };
 * ```
 */
export interface PowerSchoolMockOptions {
  /** The server the handlers answer for, e.g. `https://district.powerschool.com`. Default: any origin. */
  readonly baseUrl?: string;
  /** The client id the token endpoint accepts. Default `ps-attendance-mock-client`. */
  readonly clientId?: string;
  /** The client secret the token endpoint accepts. Default `ps-attendance-mock-secret`. */
  readonly clientSecret?: string;
  /** How long an issued token stays valid, in seconds. Default 1814400 (21 days). */
  readonly tokenLifetimeSeconds?: number;
  /**
   * The plugin's field grants: a list of ATTENDANCE fields with FullAccess (`['studentid', …]`) or
   * grants as {@link parsePluginXml} returns them. A write to any other field gets a 403.
   * Default: FullAccess to every field (no 403 unless asked for).
   */
  readonly grants?: FieldGrants | readonly string[];
  /** The text of the plugin's plugin.xml, read for its `<access_request>` (instead of `grants`). */
  readonly pluginXml?: string;
  /** A delay before every answer, in milliseconds. Default 0. */
  readonly latencyMs?: number;
  /** The clock, in milliseconds since the epoch, for token expiry. Default `Date.now`. */
  readonly now?: () => number;
  /** The id of the first attendance row the mock inserts. Default 100001. */
  readonly firstId?: number;
  /** How many requests `requests()` keeps, the oldest dropped first (bounds a long-running server's memory). Default: all. */
  readonly maxLoggedRequests?: number;
}

/**
 * The options of the mock with their defaults applied and checked (`grants` from `pluginXml` too).
 *
 * @example
 * ```ts
 * createPowerSchoolMockCore({ latencyMs: 20 }).options.latencyMs; // 20
 * ```
 */
export interface ResolvedMockOptions {
  readonly baseUrl: string | undefined;
  readonly clientId: string;
  readonly clientSecret: string;
  readonly tokenLifetimeSeconds: number;
  readonly grants: FieldGrants | undefined;
  readonly latencyMs: number;
  readonly now: () => number;
  readonly firstId: number;
  readonly maxLoggedRequests: number;
}

/**
 * The documented defaults of {@link PowerSchoolMockOptions}.
 *
 * @example
 * ```ts
 * const token = await getToken(mockDefaults.clientId, mockDefaults.clientSecret);
 * ```
 */
export const mockDefaults = {
  clientId: 'ps-attendance-mock-client',
  clientSecret: 'ps-attendance-mock-secret',
  tokenLifetimeSeconds: 1_814_400,
  latencyMs: 0,
  firstId: 100_001,
} as const;

/** The names of {@link PowerSchoolMockOptions}. */
const optionNames: readonly (keyof PowerSchoolMockOptions)[] = ['baseUrl', 'clientId', 'clientSecret', 'tokenLifetimeSeconds', 'grants', 'pluginXml', 'latencyMs', 'now', 'firstId', 'maxLoggedRequests'];

/** Applies the defaults; throws a TypeError naming the option and what to pass on a bad or unknown one. */
export function resolveMockOptions(options: PowerSchoolMockOptions): ResolvedMockOptions {
  const fail = (message: string): never => {
    throw new TypeError(`createPowerSchoolMock: ${message}`);
  };
  if (options === null || typeof options !== 'object') fail(`the options must be an object such as { clientId: '…' }, not ${String(options)}.`);
  for (const name of Object.keys(options)) {
    if ((optionNames as readonly string[]).includes(name)) continue;
    const near = closestName(name, optionNames);
    fail(`unknown option \`${name.slice(0, 60)}\`${near === undefined ? '' : ` (did you mean \`${near}\`?)`}; the options are ${optionNames.join(', ')}.`);
  }
  if (options.grants !== undefined && options.pluginXml !== undefined) fail('pass either `grants` or `pluginXml`, not both.');
  const count = (name: string, value: number | undefined, fallback: number): number => {
    if (value === undefined) return fallback;
    return Number.isSafeInteger(value) && value >= 0 ? value : fail(`\`${name}\` must be a whole number of 0 or more, not ${String(value)}.`);
  };
  let baseUrl: string | undefined;
  if (options.baseUrl !== undefined) {
    if (!URL.canParse(options.baseUrl)) fail(`\`baseUrl\` must be an absolute URL such as "https://district.powerschool.com", not ${JSON.stringify(options.baseUrl)}.`);
    baseUrl = options.baseUrl.replace(/\/+$/, '');
  }
  const list = options.grants;
  const grants = options.pluginXml !== undefined ? parsePluginXml(options.pluginXml) : list?.every((g) => typeof g === 'string') ? fullAccessTo(list as readonly string[]) : (list as FieldGrants | undefined);
  return {
    baseUrl,
    clientId: options.clientId ?? mockDefaults.clientId,
    clientSecret: options.clientSecret ?? mockDefaults.clientSecret,
    tokenLifetimeSeconds: count('tokenLifetimeSeconds', options.tokenLifetimeSeconds, mockDefaults.tokenLifetimeSeconds),
    grants,
    latencyMs: count('latencyMs', options.latencyMs, mockDefaults.latencyMs),
    now: options.now ?? Date.now,
    firstId: count('firstId', options.firstId, mockDefaults.firstId),
    maxLoggedRequests: count('maxLoggedRequests', options.maxLoggedRequests, Number.MAX_SAFE_INTEGER),
  };
}
