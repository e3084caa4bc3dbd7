import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CliIo, Command } from './command.js';
import { lintCommand } from './commands/lint.js';
import { packageVersion } from './package-version.js';

/**
 * The subcommands of the `ps-attendance` bin; `lint` is also the default when the first argument is
 * not a subcommand.
 *
 * @example
 * ```ts
 * Object.keys(subcommands); // ['lint', 'split', 'serve', 'verify', 'proxy']
 * ```
 */
export const subcommands: Readonly<Record<string, () => Promise<Command>>> = {
  lint: async () => lintCommand,
  // Loaded on demand: a lint run does not pay for the batch builder.
  split: async () => (await import('./commands/split.js')).splitCommand,
  serve: async () => (await import('./commands/serve.js')).serveCommand,
  verify: async () => (await import('./commands/verify.js')).verifyCommand,
  proxy: async () => (await import('./commands/proxy.js')).proxyCommand,
};

function help(commands: readonly Command[]): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return `Usage: ps-attendance <command> [options]

Commands:
${commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n')}

Without a command, ps-attendance runs lint: \`ps-attendance examples/\` = \`ps-attendance lint examples/\`.
Run \`ps-attendance <command> --help\` for a command's options.

Options:
  -h, --help     show this help
  -v, --version  show the version
`;
}

/**
 * The subcommand `word` looks like a misspelling of (`lnit` → `lint`), when it is not an option, a
 * glob or a path that exists: then the run stops instead of linting the rest and failing on `lnit`.
 *
 * @example
 * ```ts
 * await misspeltSubcommand('lnit', process.cwd()); // 'lint' (unless ./lnit exists)
 * await misspeltSubcommand('payloads/', process.cwd()); // undefined
 * ```
 */
export async function misspeltSubcommand(word: string, cwd: string): Promise<string | undefined> {
  if (word.startsWith('-') || /[*?[{/\\.]/.test(word) || existsSync(resolve(cwd, word))) return undefined;
  // Loaded only here: the common run names a subcommand or an existing path.
  const { closestName } = await import('../suggest.js');
  return closestName(word, Object.keys(subcommands));
}

/**
 * Runs the `ps-attendance` command line: dispatches to a subcommand (default `lint`) and resolves to
 * the process exit code. The bin is a thin wrapper around this.
 *
 * @example
 * ```ts
 * process.exitCode = await runCli(process.argv.slice(2), {
 *   stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env,
 * });
 * ```
 */
export async function runCli(args: readonly string[], io: CliIo): Promise<number> {
  const [first, ...rest] = args;
  if (first === '--version' || first === '-v') {
    io.stdout.write(`${packageVersion()}\n`);
    return 0;
  }
  if (first === '--help' || first === '-h' || first === 'help' || first === undefined) {
    const commands = await Promise.all(Object.values(subcommands).map((load) => load()));
    (first === undefined ? io.stderr : io.stdout).write(help(commands));
    return first === undefined ? 2 : 0;
  }
  const load = Object.hasOwn(subcommands, first) ? subcommands[first] : undefined;
  if (load) return (await load()).run(rest, io);
  const misspelt = await misspeltSubcommand(first, io.cwd);
  if (misspelt !== undefined) {
    io.stderr.write(`ps-attendance: ${first}: unknown command. Did you mean ${misspelt}? (Commands: ${Object.keys(subcommands).join(', ')}; to lint a file of that name, write ./${first}.)\n`);
    return 2;
  }
  return lintCommand.run(args, io);
}
