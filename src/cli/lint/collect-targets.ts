import { readdirSync, statSync, type Dirent } from 'node:fs';
import { basename, dirname, resolve, sep } from 'node:path';
import { CliError } from '../cli-error.js';
import { ConfigResolver } from './config-resolver.js';
import { GitIgnores } from './git-ignores.js';
import { ioReason } from '../io/io-reason.js';

/**
 * The files a lint run checks, in argument order, plus `-` for standard input.
 *
 * @example
 * ```ts
 * const { files, errors } = await collectTargets(['examples/'], process.cwd(), new ConfigResolver());
 * ```
 */
export interface Targets {
  /** Absolute paths, each once; `-` stands for standard input. */
  readonly files: readonly string[];
  /** One line per argument that gave nothing to lint (missing path, empty directory, …). */
  readonly errors: readonly CliError[];
  /** Explicitly named files skipped because a config ignores them (shown under `--debug`). */
  readonly ignored: readonly string[];
  /** The files a directory listing showed as regular files (not symbolic links): they need no `stat` before they are read. */
  readonly listedRegular: ReadonlySet<string>;
}

const alwaysSkipped = new Set(['node_modules', '.git']);
// JSON files that are never payloads: directory walks and globs pass over them (name them to lint them).
const neverPayloads = new Set(['ps-attendance.config.json', 'package.json', 'package-lock.json']);

/**
 * Expands the `lint` arguments: files as given (unless a config's `ignores` matches them), every
 * `*.json` below a directory (honouring `.gitignore` files and config `ignores`, always skipping
 * node_modules and .git, and package.json, package-lock.json and ps-attendance.config.json, which are
 * never payloads), and globs (tinyglobby, relative to `cwd`, with the same ignores).
 *
 * @example
 * ```ts
 * const { files, errors } = await collectTargets(['examples/', '-'], '/repo', new ConfigResolver());
 * ```
 */
export async function collectTargets(args: readonly string[], cwd: string, configs: ConfigResolver, show: (path: string) => string = (p) => p): Promise<Targets> {
  const files: string[] = [];
  const seen = new Set<string>();
  const errors: CliError[] = [];
  const ignored: string[] = [];
  const listedRegular = new Set<string>();
  const git = new GitIgnores();
  const add = (file: string): void => {
    if (!seen.has(file)) {
      seen.add(file);
      files.push(file);
    }
  };
  const configIgnores = (path: string, directory = false): boolean => {
    const config = configs.forDirectory(directory ? path : dirname(path));
    return config !== undefined && config.isIgnored(ConfigResolver.relativeTo(config, path) + (directory ? '/' : ''));
  };
  const skipped = (path: string, directory = false): boolean => git.isIgnored(path, directory) || configIgnores(path, directory);
  // The same test for the files of one directory, its config and .gitignore rules looked up once.
  const filesSkippedIn = (dir: string): ((path: string) => boolean) => {
    const config = configs.forDirectory(dir);
    const gitIgnored = git.hasRulesFor(dir);
    return (path) => (gitIgnored && git.isIgnored(path)) || (config !== undefined && config.isIgnored(ConfigResolver.relativeTo(config, path)));
  };

  for (const arg of args) {
    if (arg === '-') {
      add('-');
      continue;
    }
    const path = resolve(cwd, arg);
    let kind: 'file' | 'directory' | 'missing';
    try {
      kind = statSync(path).isDirectory() ? 'directory' : 'file';
    } catch (error) {
      if ((error as { code?: unknown }).code !== 'ENOENT' || !isGlob(arg)) {
        errors.push(new CliError(`${arg}: ${ioReason(error)}: check the path (files, directories, globs or - for stdin).`));
        continue;
      }
      kind = 'missing';
    }
    if (kind === 'file') {
      if (configIgnores(path)) ignored.push(path);
      else add(path);
    } else if (kind === 'directory') {
      const found: string[] = [];
      let ignoredCount = 0;
      walk(path, found, { skipped, filesSkippedIn, listedRegular }, errors, show, () => ignoredCount++);
      if (found.length === 0) {
        errors.push(new CliError(ignoredCount > 0
          ? `${arg}: every JSON file in this directory is ignored (.gitignore or "ignores" in the config): nothing to lint.`
          : `${arg}: no JSON files in this directory: pass a directory holding *.json payloads.`));
      }
      found.sort().forEach(add);
    } else {
      // Loaded only when a glob is given: most runs name files and directories.
      const { glob } = await import('tinyglobby');
      const matches = await glob(arg, { cwd, absolute: true, onlyFiles: true, dot: false, ignore: ['**/node_modules/**', '**/.git/**'] });
      const kept = matches.map((m) => resolve(m)).filter((m) => !neverPayloads.has(basename(m)) && !skipped(m)).sort();
      if (kept.length === 0) errors.push(new CliError(`${arg}: no files match this pattern (quote globs so the shell does not expand them).`));
      kept.forEach(add);
    }
  }
  return { files, errors, ignored, listedRegular };
}

// Glob syntax tinyglobby understands: * ? [..] {..} and extglobs (!(..), @(..), +(..)).
function isGlob(arg: string): boolean {
  return /[*?[\]{}]|[!@+]\(/.test(arg);
}

interface WalkSkips {
  readonly skipped: (path: string, directory?: boolean) => boolean;
  readonly filesSkippedIn: (dir: string) => (path: string) => boolean;
  readonly listedRegular: Set<string>;
}

function walk(dir: string, found: string[], skips: WalkSkips, errors: CliError[], show: (path: string) => string, countIgnored: () => void): void {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    errors.push(new CliError(`${show(dir)}: cannot list the directory (${ioReason(error)}).`));
    return;
  }
  // `dir` is absolute and normalised, and an entry's name holds no separator: joined by hand, as
  // path.join would (it normalises again, once per file).
  const prefix = dir.endsWith(sep) ? dir : dir + sep;
  let fileSkipped: ((path: string) => boolean) | undefined;
  for (const entry of entries) {
    const path = prefix + entry.name;
    if (entry.isDirectory()) {
      if (alwaysSkipped.has(entry.name)) continue;
      if (skips.skipped(path, true)) countIgnored();
      else walk(path, found, skips, errors, show, countIgnored);
    } else if ((entry.isFile() || entry.isSymbolicLink()) && entry.name.toLowerCase().endsWith('.json') && !neverPayloads.has(entry.name)) {
      fileSkipped ??= skips.filesSkippedIn(dir);
      if (fileSkipped(path)) countIgnored();
      else {
        found.push(path);
        if (entry.isFile()) skips.listedRegular.add(path);
      }
    }
  }
}
