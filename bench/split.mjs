// Throughput and peak memory of `ps-attendance split` on 1,000,000 Daily/Time records (NDJSON), and
// optionally on Meeting records sorted by student and day (`--meeting`). Generates the input in a
// temporary folder, runs the built bin in a child process under /usr/bin/time -v when present (else
// a wrapper that reports process.resourceUsage().maxRSS), prints figures, asserts nothing.
// Run: npm run bench:split [-- --records 1000000] [-- --meeting]
// `-- --scale [--sizes 8,32,64]`: time per MB of input for one long line (a record whose att_comment
// is the whole size) and for many short lines, at each size in MB, and the growth of the per-MB cost
// from the smallest size to each bigger one (1.0 = linear; the quadratic reader of issue 14 gave ~3x
// from 8 to 32 MB). Each figure is the median of --rounds (default 3) runs of the bin.
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const bin = join(root, 'bin', 'ps-attendance.cjs');
const argv = process.argv.slice(2);
const count = Number(argv[argv.indexOf('--records') + 1] ?? '') || 1_000_000;
const meeting = argv.includes('--meeting');
if (argv.includes('--scale')) {
  await scale(argValue('--sizes', '8,32,64').split(',').map(Number), Number(argValue('--rounds', '3')));
  process.exit(0);
}

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
  console.log(`  adds up         ${summary.records === summary.planned + summary.rejected && summary.payloads + 2 === files.length}`);
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

function argValue(name, fallback) {
  const at = argv.indexOf(name);
  return at === -1 ? fallback : (argv[at + 1] ?? fallback);
}

async function scale(sizes, rounds) {
  const shapes = {
    'one long line': (mb) => `${JSON.stringify({ ...dailyTimeRecord(0), att_comment: 'x'.repeat(mb * 2 ** 20 - 200) })}\n`,
    'many short lines': (mb) => {
      const lines = [];
      for (let i = 0, length = 0; length < mb * 2 ** 20; i++) {
        lines.push(`${JSON.stringify(dailyTimeRecord(i))}\n`);
        length += lines[i].length;
      }
      return lines.join('');
    },
  };
  console.log(`split scale bench, Node ${process.version}, median of ${rounds} runs of the bin per figure`);
  console.log('| shape | size | wall time | time per MB | growth of time per MB vs smallest |');
  console.log('|---|---|---|---|---|');
  for (const [shape, make] of Object.entries(shapes)) {
    let base;
    for (const mb of sizes) {
      const work = mkdtempSync(join(tmpdir(), 'bench-split-scale-'));
      try {
        const input = join(work, 'in.ndjson');
        writeFileSync(input, make(mb));
        const size = statSync(input).size / 2 ** 20;
        const times = [];
        for (let r = 0; r < rounds; r++) {
          rmSync(join(work, 'out'), { recursive: true, force: true });
          const start = process.hrtime.bigint();
          const child = spawnSync(process.execPath, [bin, 'split', input, '--out-dir', join(work, 'out'), '--json'], { encoding: 'utf8', maxBuffer: 1 << 26 });
          times.push(Number(process.hrtime.bigint() - start) / 1e9);
          const summary = parseSummary(child);
          if (summary.records !== summary.planned + summary.rejected || !summary.complete) throw new Error(`summary does not add up: ${child.stdout}`);
        }
        const seconds = times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
        const perMb = (seconds / size) * 1000;
        base ??= perMb;
        console.log(`| ${shape} | ${size.toFixed(1)} MB | ${seconds.toFixed(2)} s | ${perMb.toFixed(1)} ms | ${(perMb / base).toFixed(2)}x |`);
      } finally {
        rmSync(work, { recursive: true, force: true });
      }
    }
  }
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
