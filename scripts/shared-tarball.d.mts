// Types of scripts/shared-tarball.mjs for the tests.
export declare function sharedTarball(pkg: unknown, fallbackDir?: string): Promise<{ tarball: string; info: { filename: string; files: { path: string }[] } }>;
