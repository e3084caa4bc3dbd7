// Runs the installed package's bin the way a user's shell or pre-commit does (node_modules/.bin, its
// `#!/usr/bin/env node` finding the Node.js first on PATH), and checks what the user sees: under
// `npm run compat` that is each cell's Node.js, the first release engines.node allows included.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const bin = join(process.cwd(), '..', 'node_modules', '.bin', 'ps-attendance');
const work = mkdtempSync(join(tmpdir(), 'cli-consumer-'));
const failures = [];
const run = (args) => spawnSync(bin, args, { encoding: 'utf8', cwd: work });
const expectRun = (what, args, { status, stdout, stderr = /^$/ }) => {
  const out = run(args);
  if (out.status !== status || !stdout.test(out.stdout) || !stderr.test(out.stderr)) {
    failures.push(`${what}: ps-attendance ${args.join(' ')} exited ${out.status} (expected ${status})\n--- stdout\n${out.stdout}--- stderr\n${out.stderr}`);
  }
};
try {
  const attendance = { studentid: '4242', att_date: '2025-09-02', schoolid: '100', yearid: '35', att_mode_code: 'ATT_ModeDaily', attendance_codeid: '12' };
  mkdirSync(join(work, 'payloads'));
  writeFileSync(join(work, 'payloads', 'good.json'), JSON.stringify({ record: [{ tables: { attendance } }] }, null, 2));
  writeFileSync(join(work, 'bad.json'), JSON.stringify({ record: [{ tables: { attendance: { ...attendance, att_date: '09/02/2025' } } }] }, null, 2));
  expectRun('the version', ['--version'], { status: 0, stdout: /^\d+\.\d+\.\d+\n$/ });
  expectRun('a directory of good payloads', ['lint', 'payloads', '--endpoint', 'daily_time'], { status: 0, stdout: /^$/ });
  expectRun('a bad payload', ['lint', 'bad.json', '--endpoint', 'daily_time', '--format', 'json'], { status: 1, stdout: /"ruleId":"date-format"/ });
  expectRun('a glob (tinyglobby, loaded with import())', ['lint', 'payloads/*.json', '--endpoint', 'daily_time'], { status: 0, stdout: /^$/ });
  expectRun('the other commands (dist/cli/commands.cjs)', ['split', '--help'], { status: 0, stdout: /^Usage: ps-attendance split/ });
} finally {
  rmSync(work, { recursive: true, force: true });
}
if (failures.length > 0) {
  console.error(`${failures.length} check(s) of the bin failed on Node.js ${process.version}:\n\n${failures.join('\n\n')}`);
  process.exit(1);
}
console.log(`the bin: 5 checks passed on Node.js ${process.version}`);
