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
  private readonly rules = new Map<string, Ignore | null>();
  private readonly roots = new Map<string, boolean>();

  /**
   * Whether `path` (absolute) is ignored; pass `directory: true` for a directory.
   *
   * @example
   * ```ts
   * new GitIgnores().isIgnored('/repo/node_modules', true);
   * ```
   */
  isIgnored(path: string, directory = false): boolean {
    let dir = dirname(path);
    for (;;) {
      const rules = this.rulesIn(dir);
      if (rules) {
        const rel = relative(dir, path).split(sep).join('/') + (directory ? '/' : '');
        if (rel !== '' && rules.ignores(rel)) return true;
      }
      const parent = dirname(dir);
      if (parent === dir || this.isRepositoryRoot(dir)) return false;
      dir = parent;
    }
  }

  private rulesIn(dir: string): Ignore | null {
    let rules = this.rules.get(dir);
    if (rules === undefined) {
      const file = join(dir, '.gitignore');
      rules = null;
      try {
        if (existsSync(file)) rules = createIgnore().add(readFileSync(file, 'utf8'));
      } catch {
        // An unreadable .gitignore ignores nothing, as git itself treats it.
      }
      this.rules.set(dir, rules);
    }
    return rules;
  }

  private isRepositoryRoot(dir: string): boolean {
    let root = this.roots.get(dir);
    if (root === undefined) {
      root = existsSync(join(dir, '.git'));
      this.roots.set(dir, root);
    }
    return root;
  }
}
