import type { CliIo } from '../command.js';

/**
 * Whether the report may use colour: never under `NO_COLOR` (any non-empty value), then
 * `--color`/`--no-color`, then `FORCE_COLOR` (`0`/`false` off, anything else on), then only when
 * standard output is a terminal.
 *
 * @example
 * ```ts
 * useColour(undefined, { ...io, env: { NO_COLOR: '1' } }); // false
 * ```
 */
export function useColour(flag: boolean | undefined, io: Pick<CliIo, 'env' | 'stdout'>): boolean {
  if (io.env['NO_COLOR'] !== undefined && io.env['NO_COLOR'] !== '') return false;
  if (flag !== undefined) return flag;
  const force = io.env['FORCE_COLOR'];
  if (force !== undefined) return force !== '0' && force !== 'false';
  return io.stdout.isTTY === true;
}
