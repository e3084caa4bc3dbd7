// Starts `ps-attendance serve` or `proxy` as a real process and waits for its ready line on stdout.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { binPath, repoRoot } from '../cli/helpers/run-bin.js';

/** A running bin server: its URL, what it wrote to stderr so far, and a graceful stop. */
export interface BinServer {
  readonly url: string;
  readonly child: ChildProcessWithoutNullStreams;
  stderr(): string;
  /** Sends SIGTERM and resolves to the exit code and the whole stderr. */
  stop(): Promise<{ code: number | null; stderr: string }>;
}

/** Spawns `node bin/ps-attendance.cjs ...args` and resolves once it printed `{"event":"ready",…}`. */
export function startBinServer(args: readonly string[], env: Readonly<Record<string, string>> = {}): Promise<BinServer> {
  const child = spawn(process.execPath, [binPath, ...args], { cwd: repoRoot, env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '', ...env } });
  let stdout = '';
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`no ready line within 15 s; stderr: ${stderr}`));
    }, 15_000);
    void exited.then((code) => reject(new Error(`exited ${code} before ready; stderr: ${stderr}`)));
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      const line = stdout.split('\n').find((l) => l.includes('"event":"ready"'));
      if (line === undefined) return;
      clearTimeout(timer);
      resolve({
        url: (JSON.parse(line) as { url: string }).url,
        child,
        stderr: () => stderr,
        stop: async () => {
          child.kill('SIGTERM');
          const code = await exited;
          return { code, stderr };
        },
      });
    });
  });
}
