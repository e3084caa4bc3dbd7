/**
 * A resolver of module specifiers, as `require.resolve` (CommonJS) or `createRequire(url).resolve`
 * (ES modules) provide.
 *
 * @example
 * ```ts
 * const resolve: PeerResolver = createRequire(import.meta.url).resolve;
 * ```
 */
export type PeerResolver = (specifier: string) => string;

/**
 * Throws a one-line error naming the entry point, the missing optional peer dependency and the
 * command that installs it, when `resolve` cannot find `peer`. The export map's wrappers of
 * `/msw`, `/arbitraries`, `/vitest` and `/jest` call it before they load the entry point, so that a
 * missing peer is never a raw `ERR_MODULE_NOT_FOUND` from deep inside the package.
 *
 * @param entry - The entry point, e.g. `ps-attendance-contract/msw`.
 * @param peer - The package it needs, e.g. `msw`.
 * @param resolve - Resolves a specifier from the entry point's location.
 *
 * @example
 * ```ts
 * assertPeer('ps-attendance-contract/msw', 'msw', require.resolve);
 * // Error: ps-attendance-contract/msw needs msw, an optional peer dependency that is not installed: run `npm install --save-dev msw`.
 * ```
 */
export function assertPeer(entry: string, peer: string, resolve: PeerResolver): void {
  try {
    resolve(peer);
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    // Only a package that cannot be found is missing; a package that is found but refuses the
    // request (no matching export condition) is installed, and loading it reports the real problem.
    if (code !== 'MODULE_NOT_FOUND' && code !== 'ERR_MODULE_NOT_FOUND') return;
    const missing = new Error(`${entry} needs ${peer}, an optional peer dependency that is not installed: run \`npm install --save-dev ${peer}\`.`);
    // Not enumerable, so that Node.js prints the message alone; the stack would point into this
    // package, not at the user's code.
    Object.defineProperty(missing, 'code', { value: 'ERR_PS_ATTENDANCE_MISSING_PEER', enumerable: false });
    missing.stack = `Error: ${missing.message}`;
    throw missing;
  }
}
