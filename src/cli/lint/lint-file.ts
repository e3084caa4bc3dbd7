import { resolve } from 'node:path';
import type { EndpointId } from '../../endpoints.js';
import { CliError } from '../cli-error.js';
import { displayPath } from '../format/display-path.js';
import type { InputEncoding } from '../io/text-decoder.js';
import { ConfigResolver } from './config-resolver.js';
import type { LintResult } from './lint-result.js';
import { lintTarget, type LintTargetContext } from './lint-target.js';

/**
 * What every file of a lint run is linted with, as plain data: the command line's choices.
 *
 * @example
 * ```ts
 * const setup: LintSetup = { cwd: '/repo', endpoint: undefined, fix: false, encoding: 'utf8', stdinFilename: undefined, pluginXml: undefined };
 * ```
 */
export interface LintSetup {
  readonly cwd: string;
  readonly endpoint: EndpointId | undefined;
  readonly fix: boolean;
  readonly encoding: InputEncoding;
  readonly stdinFilename: string | undefined;
  /** `--plugin-xml`, as given. */
  readonly pluginXml: string | undefined;
}

/**
 * One file to lint: its place in the run (outcomes are reported in that order), its path (or `-`),
 * whether `--fix` may only show its fixes, and whether a directory listing showed it as a regular file.
 *
 * @example
 * ```ts
 * const job: LintJob = { index: 0, file: '/repo/a.json', dryRun: false, listedRegular: true };
 * ```
 */
export interface LintJob {
  readonly index: number;
  readonly file: string;
  readonly dryRun: boolean;
  readonly listedRegular: boolean;
}

/**
 * How linting one file ended, as plain data: its result, the one-line problem that stopped it, or an
 * internal error (a bug), with the `--debug` lines it wrote.
 *
 * @example
 * ```ts
 * const outcome: FileOutcome = { debug: [], problem: 'a.json: is a directory.' };
 * ```
 */
export type FileOutcome = { readonly debug: readonly string[] } & (
  | { readonly result: LintResult; readonly problem?: undefined; readonly internal?: undefined }
  | { readonly problem: string; readonly result?: undefined; readonly internal?: undefined }
  | { readonly internal: { readonly message: string; readonly stack: string | undefined }; readonly result?: undefined; readonly problem?: undefined }
);

/**
 * The context every file is linted in, built once from the {@link LintSetup}. `--plugin-xml` is read
 * here: a bad file is a {@link CliError}.
 *
 * @example
 * ```ts
 * const context = await lintContext(setup, process.stdin);
 * ```
 */
export async function lintContext(setup: LintSetup, stdin: AsyncIterable<unknown>, configs = new ConfigResolver()): Promise<LintTargetContext> {
  // Loaded only for --plugin-xml.
  const extraChecks = setup.pluginXml === undefined ? undefined : await (await import('./plugin-checks.js')).pluginChecks(resolve(setup.cwd, setup.pluginXml), setup.pluginXml);
  return {
    cwd: setup.cwd,
    configs,
    endpoint: setup.endpoint,
    fix: setup.fix,
    dryRun: false,
    listedRegular: false,
    extraChecks,
    stdin,
    encoding: setup.encoding,
    stdinFilename: setup.stdinFilename,
    show: (path) => displayPath(path, setup.cwd),
    debug: () => {},
  };
}

/**
 * Lints one file (see {@link lintTarget}) and returns how it ended; never throws.
 *
 * @example
 * ```ts
 * const outcome = await lintFile({ index: 0, file: '/repo/a.json', dryRun: false, listedRegular: false }, context);
 * ```
 */
export async function lintFile(job: LintJob, context: LintTargetContext): Promise<FileOutcome> {
  const debug: string[] = [];
  try {
    const result = await lintTarget(job.file, { ...context, dryRun: job.dryRun, listedRegular: job.listedRegular, debug: (line) => debug.push(line) });
    return { debug, result };
  } catch (error) {
    if (error instanceof CliError) return { debug, problem: error.message };
    return { debug, internal: { message: error instanceof Error ? error.message : String(error), stack: error instanceof Error ? error.stack : undefined } };
  }
}
