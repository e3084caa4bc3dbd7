// Throughput and peak memory of `ps-attendance split` on 1,000,000 Daily/Time records (NDJSON), and
// optionally on Meeting records sorted by student and day (`--meeting`). Generates the input in a
// temporary folder, runs the built bin in a child process under /usr/bin/time -v when present (else
// a wrapper that reports process.resourceUsage().maxRSS), prints figures, asserts nothing.
// Run: npm run bench:split [-- --records 1000000] [-- --meeting]
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const bin = join(root, 'bin', 'ps-attendance.js');
const argv = process.argv.slice(2);
const count = Number(argv[argv.indexOf('--records') + 1] ?? '') || 1_000_000;
const meeting = argv.includes('--meeting');

const work = mkdtempSync(join(tmpdir(), 'bench-split-'));
try {
  const input = join(work, 'records.ndjson');
  const generated = await generate(input, count, meeting);
  const args = ['split', input, '--out-dir', join(work, 'out'), '--json', ...(meeting ? ['--sorted'] : [])];
  const { summary, seconds, maxRssKb, how } = run(args);
  const files = readdirSync(join(work, 'out'));
  console.log(`split bench (${meeting ? 'Meeting, sorted by student-day' : 'Daily/Time'}), Node ${process.version}, ${how}`);
  console.log(`  input           ${count.toLocaleString('en-US')} records, ${(generated / 2 ** 20).toFixed(0)} MiB NDJSON`);
  console.log(`  summary         ${summary.records} read, ${summary.planned} planned in ${summary.payloads} files, ${summary.rejected} rejected, complete ${summary.complete}`);
  console.log(`  adds up         ${summary.records === summary.planned + summary.rejected && summary.payloads + 1 === files.length}`);
  console.log(`  wall time       ${seconds.toFixed(2)} s`);
  console.log(`  throughput      ${Math.round(count / seconds).toLocaleString('en-US')} records/s`);
  console.log(`  peak RSS        ${(maxRssKb / 1024).toFixed(0)} MB (target < 200 MB)`);
  // The machine-readable result lines `npm run bench` collects (bench/run.mjs).
  const label = `split of ${count.toLocaleString('en-US')} ${meeting ? 'sorted Meeting' : 'Daily/Time'} records (NDJSON)`;
  console.log(`BENCH ${JSON.stringify({ bench: 'split', figure: `${label}, throughput`, value: Math.round(count / seconds), unit: 'records/s', target: null, met: null, anchor: 'none (absolute figure)' })}`);
  console.log(`BENCH ${JSON.stringify({ bench: 'split', figure: `${label}, peak RSS`, value: Math.round(maxRssKb / 1024), unit: 'MB', target: '< 200 MB', met: maxRssKb / 1024 < 200, anchor: 'none (absolute figure)' })}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}

async function generate(path, n, meetings) {
  const out = createWriteStream(path);
  let chunk = '';
  for (let i = 0; i < n; i++) {
    chunk += `${JSON.stringify(meetings ? meetingRecord(i) : dailyTimeRecord(i))}\n`;
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end(chunk);
  await once(out, 'finish');
  return statSync(path).size;
}

function dailyTimeRecord(i) {
  const time = i % 2 === 1;
  return {
    studentid: String(100000 + (i % 50000)), att_date: `2025-09-${String(1 + Math.floor(i / 50000) % 28).padStart(2, '0')}`,
    schoolid: '100', yearid: '35', att_mode_code: time ? 'ATT_ModeTime' : 'ATT_ModeDaily', attendance_codeid: '12',
    programid: '0', ...(time ? { total_minutes: String(i % 400) } : {}),
  };
}

// Seven meetings a student-day; students in order, days within a student in order.
function meetingRecord(i) {
  const period = i % 7;
  const studentDay = Math.floor(i / 7);
  return {
    studentid: String(100000 + Math.floor(studentDay / 20)), att_date: `2025-09-${String(1 + (studentDay % 20)).padStart(2, '0')}`,
    schoolid: '100', yearid: '35', att_mode_code: 'ATT_ModeMeeting', attendance_codeid: '3',
    ccid: String(88000 + period), periodid: String(1500 + period), start_time: 28800 + period * 3300, end_time: 28800 + period * 3300 + 3000,
  };
}

function run(args) {
  const timeBin = '/usr/bin/time';
  const start = process.hrtime.bigint();
  if (existsSync(timeBin)) {
    const child = spawnSync(timeBin, ['-v', process.execPath, bin, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(child.stderr);
    return { summary: parseSummary(child), seconds, maxRssKb: Number(rss?.[1] ?? Number.NaN), how: '/usr/bin/time -v' };
  }
  // No GNU time: the child reports its own peak RSS (kilobytes) on exit.
  const wrapper = `process.on('exit', () => process.stderr.write('\\nmaxRSS ' + process.resourceUsage().maxRSS + '\\n')); await import(${JSON.stringify(bin)});`;
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', wrapper, bin, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const rss = /maxRSS (\d+)/.exec(child.stderr);
  return { summary: parseSummary(child), seconds, maxRssKb: Number(rss?.[1] ?? Number.NaN), how: 'process.resourceUsage().maxRSS' };
}

function parseSummary(child) {
  try {
    return JSON.parse(child.stdout);
  } catch {
    throw new Error(`split did not print a JSON summary (exit ${child.status}): ${child.stderr.slice(0, 2000)}`);
  }
}
