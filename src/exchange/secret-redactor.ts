import { base64Decode, base64Encode } from './base64.js';
import { headerValue, type Exchange, type RecordedHeader } from './exchange.js';

/**
 * What replaces a secret in a recording.
 *
 * @example
 * ```ts
 * redacted; // '[REDACTED]'
 * ```
 */
export const redacted = '[REDACTED]';

const credentialHeaders = new Set(['authorization', 'proxy-authorization', 'cookie', 'set-cookie']);
const secretFormFields = ['client_secret', 'password', 'access_token', 'refresh_token'];
const secretJsonMembers = ['access_token', 'refresh_token', 'client_secret', 'id_token'];
// Shorter values are redacted where they stand (headers, form fields, token members) but not
// searched for everywhere else: replacing every "ab" would mangle the recording.
const minSearchLength = 6;

/**
 * Removes credentials from exchanges before they are written: the `Authorization` (Basic and
 * Bearer), `Proxy-Authorization`, `Cookie` and `Set-Cookie` headers, the client secret (from the
 * Basic header and from a form body), and every access token (in token replies and wherever it
 * appears later). It learns each secret from the exchanges it sees, then replaces every occurrence
 * (as is, JSON-escaped, URL-encoded and base64) in URLs, headers and bodies of every exchange, so an
 * exchange recorded before a secret was learned is cleaned too when redacted again.
 *
 * @example
 * ```ts
 * const redactor = new SecretRedactor();
 * redactor.learn(tokenExchange);
 * redactor.redact(laterExchange).request.headers; // Authorization: 'Bearer [REDACTED]'
 * ```
 */
export class SecretRedactor {
  // The state lives in a WeakMap, not in #private fields: a class with private members is nominal in
  // TypeScript, so the ES module and CommonJS copies of the package's types would not be assignable
  // to each other (docs/openapi.md, "CommonJS and ESM"; the ts-node16 consumer project checks it).
  constructor() {
    states.set(this, { secrets: new Set(), version: 0 });
  }

  /**
   * Grows by one each time a new secret is learned: an exchange redacted at an older version may
   * still hold a secret and must be redacted again.
   *
   * @example
   * ```ts
   * if (cached.version !== redactor.version) cached = { version: redactor.version, text: JSON.stringify(redactor.redact(exchange)) };
   * ```
   */
  get version(): number {
    return stateOf(this).version;
  }

  /**
   * Adds a secret known in advance (the client secret the proxy was told about, say).
   *
   * @example
   * ```ts
   * redactor.add(process.env.PS_CLIENT_SECRET ?? '');
   * ```
   */
  add(secret: string): void {
    const state = stateOf(this);
    if (secret.length < minSearchLength || state.secrets.has(secret)) return;
    state.secrets.add(secret);
    state.version++;
  }

  /**
   * Learns the secrets an exchange carries.
   *
   * @example
   * ```ts
   * redactor.learn(exchange);
   * ```
   */
  learn(exchange: Exchange): void {
    for (const headers of [exchange.request.headers, exchange.response?.headers ?? []]) {
      for (const { name, value } of headers) if (credentialHeaders.has(name.toLowerCase())) learnCredential(this, value);
    }
    for (const body of [exchange.request.body, exchange.response?.body]) {
      if (body === undefined) continue;
      for (const value of formSecrets(body)) this.add(value);
      for (const value of jsonSecrets(body)) this.add(value);
    }
  }

  /**
   * A copy of the exchange with every credential header and every learned secret replaced.
   *
   * @example
   * ```ts
   * JSON.stringify(redactor.redact(exchange)).includes(secret); // false
   * ```
   */
  redact(exchange: Exchange): Exchange {
    const text = (value: string): string => scrub(stateOf(this).secrets, value);
    const headers = (list: readonly RecordedHeader[]): RecordedHeader[] =>
      list.map(({ name, value }) => ({ name, value: credentialHeaders.has(name.toLowerCase()) ? redactCredential(value) : text(value) }));
    const body = (value: string | undefined, form: boolean): string | undefined => {
      if (value === undefined) return undefined;
      return text(form ? redactForm(value) : redactJson(value));
    };
    const form = /x-www-form-urlencoded/i.test(headerValue(exchange.request.headers, 'content-type') ?? '') || exchange.request.url.includes('/oauth/');
    return {
      ...exchange,
      request: { ...exchange.request, url: text(exchange.request.url), headers: headers(exchange.request.headers), body: body(exchange.request.body, form) },
      response: exchange.response === undefined ? undefined : { ...exchange.response, headers: headers(exchange.response.headers), body: body(exchange.response.body, false) },
    };
  }
}

interface RedactorState {
  readonly secrets: Set<string>;
  version: number;
}

const states = new WeakMap<SecretRedactor, RedactorState>();

function stateOf(redactor: SecretRedactor): RedactorState {
  const state = states.get(redactor);
  if (state === undefined) throw new TypeError('SecretRedactor: call its methods on an instance made with new SecretRedactor().');
  return state;
}

function learnCredential(redactor: SecretRedactor, value: string): void {
  const match = /^(\S+)\s+(.+)$/.exec(value.trim());
  const credential = match?.[2] ?? value.trim();
  redactor.add(credential);
  if (match?.[1]?.toLowerCase() === 'basic') {
    let decoded = '';
    try {
      decoded = new TextDecoder().decode(base64Decode(credential));
    } catch {
      return;
    }
    const colon = decoded.indexOf(':');
    if (colon !== -1) redactor.add(decoded.slice(colon + 1));
  }
}

function scrub(secrets: ReadonlySet<string>, value: string): string {
  let out = value;
  for (const secret of secrets) {
    for (const form of [secret, JSON.stringify(secret).slice(1, -1), encodeURIComponent(secret), new URLSearchParams({ s: secret }).toString().slice(2), base64Encode(secret)]) {
      if (form.length >= minSearchLength) out = out.split(form).join(redacted);
    }
  }
  return out;
}

function redactCredential(value: string): string {
  const scheme = /^(Basic|Bearer|Digest|Negotiate)\s/i.exec(value.trim())?.[1];
  return scheme === undefined ? redacted : `${scheme} ${redacted}`;
}

function formSecrets(body: string): string[] {
  if (!body.includes('=')) return [];
  const params = new URLSearchParams(body);
  return secretFormFields.flatMap((field) => params.getAll(field));
}

function redactForm(body: string): string {
  if (!body.includes('=') || body.trimStart().startsWith('{')) return body;
  const params = new URLSearchParams(body);
  let changed = false;
  for (const field of secretFormFields) {
    if (params.has(field)) {
      params.set(field, redacted);
      changed = true;
    }
  }
  return changed ? params.toString() : body;
}

function jsonSecrets(body: string): string[] {
  const value = parseObject(body);
  if (value === undefined) return [];
  return secretJsonMembers.map((m) => value[m]).filter((v): v is string => typeof v === 'string');
}

function redactJson(body: string): string {
  const value = parseObject(body);
  if (value === undefined || !secretJsonMembers.some((m) => typeof value[m] === 'string')) return body;
  for (const m of secretJsonMembers) if (typeof value[m] === 'string') value[m] = redacted;
  return JSON.stringify(value);
}

function parseObject(body: string): Record<string, unknown> | undefined {
  if (!body.trimStart().startsWith('{')) return undefined;
  try {
    const value = JSON.parse(body) as unknown;
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
