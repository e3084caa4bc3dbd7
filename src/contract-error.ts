import type { Diagnostic } from './diagnostic.js';
import type { EndpointId } from './endpoints.js';

/** Marks an AttendanceContractError of any copy of the package (Symbol.for is shared by all). */
const contractErrorBrand = Symbol.for('ps-attendance-contract.AttendanceContractError');

/**
 * Thrown by {@link assertValid}: the message lists every error diagnostic with code and path, and
 * `diagnostics` holds them all as data.
 *
 * @example
 * ```ts
 * try { assertValid(body, 'daily_time'); }
 * catch (e) { if (e instanceof AttendanceContractError) console.log(e.diagnostics); }
 * ```
 */
export class AttendanceContractError extends Error {
  /**
   * `instanceof` holds across the package's ES module and CommonJS copies (a process can load both:
   * docs/openapi.md, "CommonJS and ESM"): it checks a registry-wide symbol, not the class identity.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[contractErrorBrand] === true;
  }

  override readonly name = 'AttendanceContractError';
  /** The endpoint the payload was checked for. */
  readonly endpoint: EndpointId;
  /** Every diagnostic, warnings included. */
  readonly diagnostics: readonly Diagnostic[];

  constructor(endpoint: EndpointId, diagnostics: readonly Diagnostic[]) {
    const errors = diagnostics.filter((d) => d.severity === 'error');
    const lines = errors.map((d) => `  ${d.code} at ${d.path === '' ? '(root)' : d.path}: ${d.message}`);
    super(`The payload breaks the ${endpoint} contract (${errors.length} error${errors.length === 1 ? '' : 's'}):\n${lines.join('\n')}`);
    this.endpoint = endpoint;
    this.diagnostics = diagnostics;
    Object.defineProperty(this, contractErrorBrand, { value: true });
  }
}
