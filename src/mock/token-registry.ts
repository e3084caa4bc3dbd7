import type { TokenProblem } from './error-body.js';

/**
 * The bearer tokens the mock has issued and when each expires.
 *
 * @example
 * ```ts
 * const tokens = new TokenRegistry(Date.now);
 * const token = tokens.issue(3600);
 * tokens.check(`Bearer ${token}`); // undefined: valid
 * tokens.check(null); // 'missing'
 * ```
 */
export class TokenRegistry {
  readonly #expiry = new Map<string, number>();
  readonly #now: () => number;

  constructor(now: () => number) {
    this.#now = now;
  }

  /** Issues a token valid for `lifetimeSeconds` (0: already expired). */
  issue(lifetimeSeconds: number): string {
    const token = crypto.randomUUID();
    this.#expiry.set(token, this.#now() + lifetimeSeconds * 1000);
    return token;
  }

  /** What is wrong with an `Authorization` header, or `undefined` when it carries a valid token. */
  check(authorization: string | null): TokenProblem | undefined {
    const token = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '')?.[1];
    if (token === undefined) return 'missing';
    const expiry = this.#expiry.get(token);
    if (expiry === undefined) return 'unknown';
    return this.#now() >= expiry ? 'expired' : undefined;
  }

  /** Forgets every token: each is then unknown (401). */
  revokeAll(): void {
    this.#expiry.clear();
  }
}
