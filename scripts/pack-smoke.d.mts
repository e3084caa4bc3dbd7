// Types of scripts/pack-smoke.mjs for test/package.

/** What each step of the package check found; every problem list is empty for a good package. */
export interface PackSmokeReport {
  readonly tarball: string;
  /** The packed files, relative to the package root. */
  readonly files: readonly string[];
  readonly publint: readonly string[];
  readonly attw: readonly string[];
  /** The specifiers imported in the consumer project, every export-map subpath expanded. */
  readonly imports: readonly string[];
  readonly importProblems: readonly string[];
  readonly typecheck: readonly string[];
  /** Each bin's `--version` output. */
  readonly bins: Readonly<Record<string, string>>;
  readonly binProblems: readonly string[];
  /** Source-map sources that the package does not ship. */
  readonly sourceMapProblems: readonly string[];
  /** Each consumer project's `npm test`: exit code, output, milliseconds. */
  readonly projects: Readonly<Record<string, { readonly code: number; readonly output: string; readonly ms: number }>>;
  /** Milliseconds per step. */
  readonly timings: Readonly<Record<string, number>>;
  readonly workDir: string;
}
export declare function packSmoke(options?: { readonly keep?: boolean }): Promise<PackSmokeReport>;
