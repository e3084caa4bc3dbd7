import { dirname, resolve } from 'node:path';
import type { Diagnostic } from '../../diagnostic.js';
import { guessEndpoint } from '../../guess-endpoint.js';
import { endpointIds, type EndpointId } from '../../endpoints.js';
import { CliError } from '../cli-error.js';
import { ConfigResolver } from './config-resolver.js';
import { defaultMaxFileSize } from './lint-config.js';
import type { LintSourceOutcome } from './lint-source.js';
import { defaultMaxDepth, parseJsonText } from '../io/parse-json-text.js';
import { validateParsedJson } from '../../validate.js';
import { checkParsedJson, type ParsedJsonCheck } from '../../plain-schema-check.js';
import { toLintResult, type LintResult } from './lint-result.js';
import { inputOverLimit, readInput } from '../io/read-input.js';
import { readTextFile } from '../io/read-text-file.js';
import { decodeText, type InputEncoding } from '../io/text-decoder.js';

/**
 * What linting one target needs from the run.
 *
 * @example
 * ```ts
 * const result = await lintTarget('/repo/a.json', context); // context: LintTargetContext
 * ```
 */
export interface LintTargetContext {
  readonly cwd: string;
  readonly configs: ConfigResolver;
  readonly endpoint: EndpointId | undefined;
  readonly fix: boolean;
  /** Compute fixes but never write (`--fix-dry-run`, or `--fix` on standard input). */
  readonly dryRun: boolean;
  /** A directory listing showed the target as a regular file (see {@link readTextFile}). */
  readonly listedRegular: boolean;
  readonly extraChecks: ((payload: unknown) => readonly Diagnostic[]) | undefined;
  /** Standard input, read for `-`. */
  readonly stdin: AsyncIterable<unknown>;
  /** How bytes become text (`--encoding`). */
  readonly encoding: InputEncoding;
  readonly stdinFilename: string | undefined;
  /** How a path is named in messages. */
  readonly show: (path: string) => string;
  readonly debug: (line: string) => void;
}

/**
 * Lints one file (or `-`): resolves its config and endpoint, reads it within the size limit, refuses
 * over-deep nesting, lints, and writes the fix atomically when `--fix` changed it. Every problem that
 * stops the file from being checked is a {@link CliError} naming it.
 *
 * @example
 * ```ts
 * const result = await lintTarget('/repo/examples/payloads/daily.json', context);
 * ```
 */
export async function lintTarget(file: string, context: LintTargetContext): Promise<LintResult> {
  const stdin = file === '-';
  const filePath = stdin ? (context.stdinFilename === undefined ? '<stdin>' : resolve(context.cwd, context.stdinFilename)) : file;
  const name = stdin ? (context.stdinFilename ?? '<stdin>') : context.show(file);
  const config = context.configs.forDirectory(stdin && context.stdinFilename === undefined ? context.cwd : dirname(filePath));
  const maxBytes = config?.maxFileSize ?? defaultMaxFileSize;
  const limitHint = 'raise "maxFileSize" in ps-attendance.config.json if it is really a payload';
  // A file that will not be written back is read by the quick path when it can prove the text;
  // otherwise (and for --fix, which needs the bytes to detect a change on disk) the strict way.
  const writesBack = context.fix && !context.dryRun && !stdin;
  const quick = stdin || writesBack || context.encoding !== 'utf8' ? undefined : readTextFile(file, name, maxBytes, (size) => inputOverLimit({ name, maxBytes, limitHint }, size), context.listedRegular);
  const { bytes, snapshot } = quick === undefined ? await readInput(file, { name, maxBytes, stdin: context.stdin, limitHint }) : { bytes: undefined, snapshot: undefined };
  const source = quick ?? decodeText(bytes ?? Buffer.alloc(0), name, context.encoding, context.encoding === 'utf8' ? 're-save the file as UTF-8, or pass --encoding latin1 if it is Latin-1 text' : undefined);
  const mapped = config && filePath !== '<stdin>' ? config.endpointOf(ConfigResolver.relativeTo(config, filePath)) : undefined;
  const endpointFor = (payload: unknown): EndpointId | undefined => context.endpoint ?? mapped ?? guessEndpoint(payload);
  // Most files are clean: parse and validate here, and load the locating and fixing machinery
  // (lint-source and what it needs) only for a file with something to report.
  // The schema check of the parsed value counts its members when it passes, or fails only on
  // attendance members: with the text's colons that proves it free of duplicate members (and its
  // depth bounded) without another walk of the value. Its errors, when it fails, are the validation's.
  let detected: EndpointId | undefined;
  let checked: ParsedJsonCheck | undefined;
  const parsed = parseJsonText(source.text, {
    maxDepth: defaultMaxDepth,
    members: (value) => {
      detected = endpointFor(value);
      if (detected === undefined) return undefined;
      checked = checkParsedJson(value, detected);
      return checked?.members;
    },
  });
  const endpoint = parsed.kind === 'ok' ? detected : undefined;
  const findings = parsed.kind === 'ok' && endpoint !== undefined ? [...validateParsedJson(parsed.value, endpoint, checked).diagnostics, ...(context.extraChecks?.(parsed.value) ?? [])] : undefined;
  let outcome: LintSourceOutcome;
  if (parsed.kind === 'ok' && endpoint !== undefined && findings?.length === 0 && parsed.duplicates.length === 0) {
    outcome = { kind: 'linted', endpoint, messages: [] };
  } else {
    const { lintSource } = await import('./lint-source.js');
    outcome = lintSource(source.text, {
      endpointFor,
      fix: context.fix || context.dryRun,
      ...(context.extraChecks ? { extraChecks: context.extraChecks } : {}),
      ...(parsed.kind === 'ok' && endpoint !== undefined && findings !== undefined ? { firstPass: { parsed, endpoint, findings } } : {}),
    });
  }
  if (outcome.kind === 'too-deep') {
    throw new CliError(`${name}: the JSON nests deeper than ${outcome.limit} levels, which no attendance payload does: check that this is the file you meant.`);
  }
  if (outcome.kind === 'no-endpoint') {
    throw new CliError(`${name}: cannot tell which endpoint this payload is for: pass --endpoint <${endpointIds.join('|')}> or map the file under "files" in ps-attendance.config.json.`);
  }
  context.debug(`${name}: endpoint ${outcome.endpoint ?? '-'} (${context.endpoint ? '--endpoint' : mapped ? config?.source : 'detected'}), ${outcome.messages.length} message(s)`);
  if (outcome.output !== undefined && context.fix && !context.dryRun && !stdin) {
    const { replaceFile } = await import('../io/replace-file.js');
    replaceFile(file, (source.bom ? '\uFEFF' : '') + outcome.output, { name, expected: snapshot, encoding: context.encoding });
    context.debug(`${name}: fixed and written`);
  }
  const fixed = outcome.output === undefined ? undefined : { source: source.text, output: outcome.output };
  return toLintResult(filePath, outcome.endpoint, outcome.messages, fixed);
}
