// Types of scripts/pack-smoke-stage.mjs for the tests.
export declare const npm: string;
export declare function sh(file: string, args: readonly string[], cwd: string, env?: NodeJS.ProcessEnv): Promise<{ code: number; stdout: string; stderr: string }>;
export declare function stageAndPack(pkg: unknown, workDir: string): Promise<{ filename: string; files: { path: string }[] }>;
