// Shared by the HTTP benchmarks (mock, serve, proxy); not a benchmark itself (bench/run.mjs runs only
// the scripts that print result lines).
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';

export const root = join(import.meta.dirname, '..');
export const bin = join(root, 'bin/ps-attendance.cjs');
const prismBin = createRequire(import.meta.url).resolve('@stoplight/prism-cli/dist/index.js');

/** The request every HTTP benchmark sends: a valid batch_daily_time payload of 200 records, Daily and Time. */
export const batchBody = JSON.stringify({
  name: 'ATTENDANCE',
  record: Array.from({ length: 200 }, (_, i) => ({
    tables: {
      attendance: {
        studentid: String(4000 + i),
        att_date: '2025-09-02',
        schoolid: '100',
        yearid: '35',
        att_mode_code: i % 2 === 0 ? 'ATT_ModeDaily' : 'ATT_ModeTime',
        attendance_codeid: '12',
        programid: '0',
        ...(i % 2 === 0 ? {} : { total_minutes: '45' }),
      },
    },
  })),
});

/** Starts a Node child and resolves to `{ child, url }` once `ready(output)` finds its URL. */
export function startChild(args, ready) {
  const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk) => {
      output += chunk;
      if (output.length > 100_000) output = output.slice(-10_000); // a proxy's stderr lines
      const url = ready(output);
      if (url) resolve({ child, url });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`${args[1]} exited with ${code}:\n${output}`)));
  });
}

/** Starts `ps-attendance <args> --port 0` and resolves once its ready line names its URL. */
export const startBin = (args) => startChild([bin, ...args, '--port', '0'], (out) => /"event":"ready"[^\n]*"url":"([^"]+)"/.exec(out)?.[1]);

/** Starts Prism on openapi.json (`['mock']`, `['proxy', upstream, '--errors']`) on a random local port. */
export function startPrism([verb, ...rest], base) {
  const port = base + Math.floor(Math.random() * 300);
  return startChild([prismBin, verb, join(root, 'openapi.json'), ...rest, '-h', '127.0.0.1', '-p', String(port)], (out) =>
    out.includes('Prism is listening') ? `http://127.0.0.1:${port}` : undefined,
  );
}
