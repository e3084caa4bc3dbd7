import { spawn, spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
/** The real bin, as npm links it. */
export const binPath = join(repoRoot, 'bin/ps-attendance.cjs');

/** What a run of the bin produced. */
export interface BinRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Options for {@link runBin}. */
export interface RunOptions {
  readonly cwd?: string;
  readonly input?: string | Buffer;
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly uid?: number;
  readonly gid?: number;
  /** A command the bin runs under (e.g. `setpriv …`), as `[command, ...args]`. */
  readonly prefix?: readonly string[];
}

// A clean environment: no colour settings leak in from the developer's shell or CI.
function environment(extra: RunOptions['env']): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { PATH: process.env['PATH'], HOME: process.env['HOME'] };
  for (const [key, value] of Object.entries(extra ?? {})) if (value !== undefined) env[key] = value;
  return env;
}

/**
 * Spawns `node bin/ps-attendance.cjs ...args` and waits for it.
 *
 * @example
 * ```ts
 * const { code, stdout } = runBin(['lint', 'examples/'], { cwd: repoRoot });
 * ```
 */
export function runBin(args: readonly string[], options: RunOptions = {}): BinRun {
  const spawnOptions: SpawnSyncOptions = {
    cwd: options.cwd ?? repoRoot,
    env: environment(options.env),
    encoding: 'utf8',
    input: options.input ?? '',
    timeout: 20_000,
    ...(options.uid === undefined ? {} : { uid: options.uid, gid: options.gid ?? options.uid }),
  };
  const [command, ...prefixArgs] = [...(options.prefix ?? []), process.execPath, binPath, ...args];
  const result = spawnSync(command ?? process.execPath, prefixArgs, spawnOptions);
  if (result.error) throw result.error;
  return { code: result.status, stdout: String(result.stdout), stderr: String(result.stderr) };
}

/**
 * Like {@link runBin} but asynchronous, so a test can run several at once.
 *
 * @example
 * ```ts
 * const runs = await Promise.all([runBinAsync(['--version']), runBinAsync(['--help'])]);
 * ```
 */
export function runBinAsync(args: readonly string[], options: RunOptions = {}): Promise<BinRun> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [binPath, ...args], { cwd: options.cwd ?? repoRoot, env: environment(options.env) });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/**
 * Makes sure `dist/` holds a build of the current sources: builds once (under a lock, so parallel test
 * files do not build together) when the compiled CLI is missing or older than `src/`. `npm test`
 * builds before vitest, so in CI this finds a fresh build and returns at once.
 *
 * @example
 * ```ts
 * beforeAll(() => ensureBuilt());
 * ```
 */
export function ensureBuilt(): void {
  const compiled = join(repoRoot, 'dist/cli/main.cjs');
  const fresh = (): boolean => existsSync(compiled) && statSync(compiled).mtimeMs >= newestMtime(join(repoRoot, 'src'));
  if (fresh()) return;
  const lock = join(repoRoot, 'dist/.cli-test-build.lock');
  mkdirSync(dirname(lock), { recursive: true });
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`${lock} held for 2 minutes: remove it if no build is running.`);
      spawnSync('sleep', ['0.2']);
      if (fresh()) return;
    }
  }
  try {
    if (!fresh()) spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: repoRoot, stdio: 'ignore', timeout: 110_000 });
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
  if (!existsSync(compiled)) throw new Error('npm run build did not produce dist/cli/main.cjs: run it to see why.');
}

/**
 * A fresh temporary directory holding `files` (path → content).
 *
 * @example
 * ```ts
 * const dir = tempDir({ 'a.json': '{}' });
 * ```
 */
export function tempDir(files: Readonly<Record<string, string | Buffer>> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'ps-attendance-cli-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

/**
 * How to run the bin so that a file with mode 000 is unreadable to it, from any checkout location:
 * as a normal user, as is; as root, under `setpriv` without the capabilities that let root read
 * any file (so the bin still reaches a checkout under a 0700 directory), else as `nobody` when
 * nobody can reach the bin; `undefined` (with the reason) when neither works.
 *
 * @example
 * ```ts
 * const how = unprivilegedRun();
 * if ('options' in how) runBin(['lint', 'secret.json'], { cwd: dir, ...how.options });
 * ```
 */
export function unprivilegedRun(): { readonly options: RunOptions } | { readonly skip: string } {
  if (process.getuid?.() !== 0) return { options: {} };
  const setpriv = ['setpriv', '--bounding-set=-dac_override,-dac_read_search', '--inh-caps=-dac_override,-dac_read_search'];
  if (spawnSync(setpriv[0] ?? 'setpriv', [...setpriv.slice(1), process.execPath, '-e', '0']).status === 0) return { options: { prefix: setpriv } };
  const nobody = { uid: 65534, gid: 65534 };
  const reach = spawnSync(process.execPath, ['-e', `require('fs').accessSync(${JSON.stringify(binPath)}, require('fs').constants.R_OK)`], { ...nobody, cwd: '/' });
  if (reach.status === 0) return { options: nobody };
  return { skip: 'running as root, setpriv cannot drop CAP_DAC_OVERRIDE here, and user nobody cannot reach this checkout (a private parent directory): no process can be refused a file' };
}
