import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import type { Ignore } from 'ignore';
import { createIgnore } from './create-ignore.js';

/**
 * Answers whether a path is ignored by the `.gitignore` files that apply to it: those in its
 * directory and every ancestor up to the repository root (the directory holding `.git`), or up to
 * the file-system root outside a repository. Files are read once.
 *
 * @example
 * ```ts
 * const ignores = new GitIgnores();
 * ignores.isIgnored('/repo/dist/out.json'); // true when /repo/.gitignore lists dist/
 * ```
 */
export class GitIgnores {
  // Per directory: the .gitignore rules that apply to paths in it, nearest first (often none).
  private readonly chains = new Map<string, readonly (readonly [string, Ignore])[]>();

  /**
   * Whether `path` (absolute) is ignored; pass `directory: true` for a directory.
   *
   * @example
   * ```ts
   * new GitIgnores().isIgnored('/repo/node_modules', true);
   * ```
   */
  isIgnored(path: string, directory = false): boolean {
    for (const [dir, rules] of this.chainFor(dirname(path))) {
      const rel = relative(dir, path).split(sep).join('/') + (directory ? '/' : '');
      if (rel !== '' && rules.ignores(rel)) return true;
    }
    return false;
  }

  /**
   * Whether any .gitignore applies to paths in `dir` (absolute): when none does, nothing in it is
   * ignored and {@link isIgnored} need not be asked file by file.
   *
   * @example
   * ```ts
   * new GitIgnores().hasRulesFor('/repo/payloads');
   * ```
   */
  hasRulesFor(dir: string): boolean {
    return this.chainFor(dir).length > 0;
  }

  private chainFor(dir: string): readonly (readonly [string, Ignore])[] {
    let chain = this.chains.get(dir);
    if (chain === undefined) {
      const parent = dirname(dir);
      // The walk stops at the repository root (the directory holding .git) or the file-system root.
      const inherited = parent === dir || existsSync(join(dir, '.git')) ? [] : this.chainFor(parent);
      const rules = readRules(dir);
      chain = rules ? [[dir, rules] as const, ...inherited] : inherited;
      this.chains.set(dir, chain);
    }
    return chain;
  }
}

function readRules(dir: string): Ignore | undefined {
  const file = join(dir, '.gitignore');
  try {
    if (existsSync(file)) return createIgnore().add(readFileSync(file, 'utf8'));
  } catch {
    // An unreadable .gitignore ignores nothing, as git itself treats it.
  }
  return undefined;
}
