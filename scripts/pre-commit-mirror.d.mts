// Types of scripts/pre-commit-mirror.mjs for the tests.
export declare function writeHookMirror(tarball: string, dir: string, env?: NodeJS.ProcessEnv): Promise<string>;
