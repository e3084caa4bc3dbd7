import { readFileSync } from 'node:fs';
import type { Diagnostic } from '../../diagnostic.js';
import { CliError } from '../cli-error.js';
import { ioReason } from '../io/io-reason.js';

/**
 * The `--plugin-xml` check: reads and parses the plugin.xml at `path` (named `name` in messages)
 * and returns the check that every field a payload writes is granted FullAccess. A file that
 * cannot be read or parsed is a {@link CliError}.
 *
 * @example
 * ```ts
 * const extraChecks = await pluginChecks('/repo/plugin.xml', 'plugin.xml');
 * extraChecks(payload); // field-access diagnostics
 * ```
 */
export async function pluginChecks(path: string, name: string): Promise<(payload: unknown) => readonly Diagnostic[]> {
  let xml: string;
  try {
    xml = readFileSync(path, 'utf8');
  } catch (error) {
    throw new CliError(`--plugin-xml ${name}: ${ioReason(error)}.`);
  }
  const [{ parsePluginXml }, { checkFieldAccess }] = await Promise.all([
    import('../../plugin-access/parse-plugin-xml.js'),
    import('../../plugin-access/check-field-access.js'),
  ]);
  let grants: ReturnType<typeof parsePluginXml>;
  try {
    grants = parsePluginXml(xml);
  } catch (error) {
    throw new CliError(`--plugin-xml ${name}: ${error instanceof Error ? error.message : String(error)}`);
  }
  return (payload) => checkFieldAccess(payload, grants);
}
