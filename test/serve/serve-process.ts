// Starts the real `ps-attendance serve` process for a test file and waits for its ready line.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';

export const root = join(import.meta.dirname, '..', '..');
export const bin = join(root, 'bin', 'ps-attendance.cjs');

export interface ServeProcess {
  readonly url: string;
  readonly child: ChildProcessWithoutNullStreams;
  /** Everything written to stdout and stderr so far. */
  output(): { stdout: string; stderr: string };
  /** Sends the signal and resolves to the exit code (null when killed). */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** Spawns `node bin/ps-attendance.cjs serve --port 0 …args` and resolves once it printed its ready line. */
export function startServe(args: readonly string[] = [], env: Record<string, string> = {}, cwd = root): Promise<ServeProcess> {
  const child = spawn(process.execPath, [bin, 'serve', '--port', '0', ...args], { cwd, env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const onData = (): void => {
      const newline = stdout.indexOf('\n');
      if (newline === -1) return;
      child.stdout.off('data', onData);
      const ready = JSON.parse(stdout.slice(0, newline)) as { event: string; url: string };
      resolve({
        url: ready.url,
        child,
        output: () => ({ stdout, stderr }),
        stop: (signal = 'SIGTERM') => {
          if (child.exitCode === null && child.signalCode === null) child.kill(signal);
          return exited;
        },
      });
    };
    child.stdout.on('data', onData);
    void exited.then((code) => reject(new Error(`serve exited with ${code} before its ready line:\n${stdout}\n${stderr}`)));
  });
}

/** Runs the bin to completion (for usage errors): exit code and output. */
export function runServe(args: readonly string[], env: Record<string, string> = {}, cwd = root): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, 'serve', ...args], { cwd, env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}

export const daily = (studentid: string, overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  studentid,
  att_date: '2025-09-02',
  schoolid: '100',
  yearid: '35',
  att_mode_code: 'ATT_ModeDaily',
  attendance_codeid: '12',
  programid: '0',
  ...overrides,
});

export const payloadOf = (...records: Record<string, unknown>[]): string => JSON.stringify({ record: records.map((attendance) => ({ tables: { attendance } })) });
