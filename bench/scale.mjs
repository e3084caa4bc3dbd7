// How cost grows with input size (issue 14): for each input shape, the time per record (or per MB)
// at 1x, 10x and 100x sizes, and the growth factor (per-unit time at 100x over 1x: ~1 for a linear
// path, ~100 for a quadratic one). Prints a table and one BENCH line per shape; asserts nothing.
//   npm run bench:scale [-- --only validate,planner,mock,lint,split] [-- --timeout 30] [-- --small]
// In-process shapes call the built library (dist/); CLI shapes spawn the built bin, and subtract the
// time of the same command on a tiny input (one record, 0.01 MB) so that a per-record figure is
// the work on the records. A run that passes --timeout seconds is stopped and shown as "> timeout"; its
// growth factor is then a lower bound.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { loadSchemas } from '../scripts/schema-bundle.mjs';
import { createPowerSchoolMockCore, planPayloads, planPayloadStream, validate } from '../dist/src/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin/ps-attendance.cjs');
const { values } = parseArgs({ options: { only: { type: 'string' }, timeout: { type: 'string', default: '30' }, small: { type: 'boolean', default: false } } });
const timeoutSeconds = Number(values.timeout);
const only = values.only?.split(',');
// --small: a tenth of the sizes (1x, 10x, 100x still), for a quick look.
const unit = values.small ? 0.1 : 1;
const growthTarget = 2;

// The linear reference for in-process shapes: plain ajv on the same schemas (the check a user would
// write instead), run over the same input the same way. It has no cross-record work at all, so its
// growth is what the machine adds (caches, the garbage collector) as the data outgrows the caches:
// a shape that grows no more than it is as flat as a per-record check can be here.
const schemas = loadSchemas(join(root, 'schemas'));
const ajv = new Ajv2020({ allErrors: true, discriminator: true, formats: { date: true } });
for (const { schema } of schemas) ajv.addSchema(schema);
const plainAjv = (title) => ajv.getSchema(schemas.find(({ schema }) => schema.title === title).schema.$id);
const ajvMeeting = plainAjv('MeetingIntervalRequest');
const ajvBatch = plainAjv('BatchDailyTimeRequest');

const base = { studentid: '4242', schoolid: '100', yearid: '35', attendance_codeid: '3' };
const dayOf = (i) => new Date(Date.UTC(2000, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
// Meetings of one student on one day: distinct ccid/periodid slots, start times spread over the day
// so that each overlaps a handful of others (the overlap rule has work to do).
const meeting = (i) => ({ ...base, att_date: '2025-09-02', att_mode_code: 'ATT_ModeMeeting', ccid: String(1 + (i % 1000)), periodid: String(1 + Math.floor(i / 1000)), start_time: (i * 37) % 84_000, end_time: ((i * 37) % 84_000) + 1200 });
// Daily records of one student, one per day (no duplicate slot), as a batch would carry them.
const daily = (i) => ({ ...base, att_date: dayOf(i), att_mode_code: 'ATT_ModeDaily' });
const payloadOf = (attendances) => ({ record: attendances.map((attendance) => ({ tables: { attendance } })) });

// In-process shapes: one untimed call (the JIT), then `repeats` timed calls, mean seconds per call.
// Each size repeats so that every size handles the same number of records in total (the 1x size
// 300 times, the 100x size 3 times): the garbage collector's work is then amortised alike, instead
// of a best-of-many small run that never meets a collection against a large one that always does.
// (Once at 100x let a single major collection double a growth factor from one run to the next.)
let repeats = 1;
const repeatsFor = (n, sizes) => 3 * Math.max(1, Math.round(sizes[2] / n));
function seconds(fn) {
  fn();
  const started = performance.now();
  for (let i = 0; i < repeats; i++) fn();
  return (performance.now() - started) / 1000 / repeats;
}
async function secondsAsync(fn) {
  await fn();
  const started = performance.now();
  for (let i = 0; i < repeats; i++) await fn();
  return (performance.now() - started) / 1000 / repeats;
}

const shapes = [
  {
    id: 'validate-meetings',
    group: 'validate',
    title: 'validate(): one student, N meetings in one meeting_interval payload',
    sizes: [400, 4_000, 40_000],
    per: 'record',
    input: (n) => payloadOf(Array.from({ length: n }, (_, i) => meeting(i))),
    run: (body) => seconds(() => validate(body, 'meeting_interval')),
    reference: (body) => seconds(() => ajvMeeting(body)),
  },
  {
    id: 'validate-daily',
    group: 'validate',
    title: 'validate(): one student, N Daily records in one batch_daily_time payload',
    sizes: [1_000, 10_000, 100_000],
    per: 'record',
    input: (n) => payloadOf(Array.from({ length: n }, (_, i) => daily(i))),
    run: (body) => seconds(() => validate(body, 'batch_daily_time')),
    reference: (body) => seconds(() => ajvBatch(body)),
  },
  {
    id: 'plan-daily',
    group: 'planner',
    title: 'planPayloads(): one student, N Daily records',
    sizes: [1_000, 10_000, 100_000],
    per: 'record',
    input: (n) => Array.from({ length: n }, (_, i) => daily(i)),
    run: (records) => seconds(() => planPayloads(records)),
    // Each record checked on its own, as a planner without cross-record rules would.
    reference: (records) => seconds(() => { for (const r of records) ajvBatch({ record: [{ tables: { attendance: r } }] }); }),
  },
  {
    id: 'stream-meetings',
    group: 'planner',
    title: 'planPayloadStream(): one student-day, N meetings',
    sizes: [2_000, 20_000, 200_000],
    per: 'record',
    input: (n) => Array.from({ length: n }, (_, i) => meeting(i)),
    run: (records) => secondsAsync(async () => { for await (const _ of planPayloadStream(records, { sorted: true })); }),
    reference: (records) => seconds(() => { for (const r of records) ajvMeeting({ record: [{ tables: { attendance: r } }] }); }),
  },
  {
    id: 'mock-daily',
    group: 'mock',
    title: 'mock core: one student, N Daily records in one batch_daily_time request',
    // The request the mock answers (400 over the 200-record limit, with every finding), body
    // parsing and all: issue 14 measured a 10 MB one-student batch at 16.7 s. 40,000 records: 6.6 MB.
    sizes: [400, 4_000, 40_000],
    per: 'record',
    input: (n) => JSON.stringify(payloadOf(Array.from({ length: n }, (_, i) => daily(i)))),
    run: (body) => {
      const core = createPowerSchoolMockCore({ baseUrl: 'https://mock.example' });
      const token = core.issueToken();
      return secondsAsync(async () => {
        const answer = await core.answer('batch_daily_time', new Request('https://mock.example/ws/attendance/batch_daily_time', { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body }));
        if (answer.status !== 400 && answer.status !== 200) throw new Error(`the mock answered ${answer.status}`);
      });
    },
    // A bare handler's work on the same request: read the body, JSON.parse it, plain ajv.
    reference: (body) =>
      secondsAsync(async () => {
        const request = new Request('https://mock.example/ws/attendance/batch_daily_time', { method: 'POST', headers: { 'content-type': 'application/json' }, body });
        ajvBatch(JSON.parse(await request.text()));
      }),
  },
  {
    id: 'lint-fix',
    group: 'lint',
    cli: true,
    title: 'ps-attendance lint --fix: one file, N records each with a fixable diagnostic',
    // Large enough that 1x is well above the start-up subtracted from it (50 records were lost in
    // its noise and gave a meaningless growth); compact JSON keeps 100x (about 7 MB) under the
    // default 10 MB file-size limit.
    sizes: [250, 2_500, 25_000],
    per: 'record',
    run: (n, dir) => {
      // schoolid as a number: a field-type error with a lossless fix on every record.
      const file = join(dir, `fix-${n}-${++splitCount}.json`);
      writeFileSync(file, JSON.stringify(payloadOf(Array.from({ length: n }, (_, i) => ({ ...meeting(i), schoolid: 100 })))));
      return cli(['lint', file, '--fix', '--endpoint', 'meeting_interval', '--format', 'json']);
    },
  },
  {
    id: 'split-long-line',
    group: 'split',
    cli: true,
    title: 'ps-attendance split: N MB of NDJSON in one long line (one record, a long att_comment)',
    sizes: [0.5, 5, 50],
    per: 'MB',
    run: (mb, dir) => {
      const file = join(dir, `long-${++splitCount}.ndjson`);
      writeFileSync(file, `${JSON.stringify({ ...daily(0), att_comment: 'x'.repeat(Math.round(mb * 2 ** 20)) })}\n`);
      return cli(['split', file, '--out-dir', join(dir, `out-${splitCount}`), '--json']);
    },
  },
  {
    id: 'split-short-lines',
    group: 'split',
    cli: true,
    title: 'ps-attendance split: N MB of NDJSON, one record per line',
    sizes: [0.5, 5, 50],
    per: 'MB',
    run: (mb, dir) => splitRun(dir, mb),
  },
];

// A child process's wall time; undefined when it passed the timeout. Exit codes 0 and 1 (lint
// findings, rejected records) are results; 2 is a failure of the run.
function cli(args) {
  const started = performance.now();
  const result = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', timeout: timeoutSeconds * 1000, maxBuffer: 1 << 30 });
  const elapsed = (performance.now() - started) / 1000;
  if (result.error?.code === 'ETIMEDOUT' || result.signal === 'SIGTERM') return undefined;
  if (result.status !== 0 && result.status !== 1) throw new Error(`ps-attendance ${args[0]} exited ${result.status}: ${result.stderr.slice(0, 400)}`);
  return elapsed;
}

let splitCount = 0;
function splitRun(dir, mb) {
  const lines = [];
  let length = 0;
  // Daily records of many students: split's input, not its grouping, is what grows.
  for (let k = 0; length < mb * 2 ** 20; k++) {
    const line = `${JSON.stringify({ ...daily(k % 300), studentid: String(1 + k) })}\n`;
    lines.push(line);
    length += line.length;
  }
  const text = lines.join('');
  const file = join(dir, `split-${++splitCount}.json`);
  writeFileSync(file, text);
  return cli(['split', file, '--out-dir', join(dir, `out-${splitCount}`), '--json']);
}

const format = (s) => (s === undefined ? `> ${timeoutSeconds} s` : s >= 1 ? `${s.toFixed(2)} s` : `${(s * 1000).toFixed(1)} ms`);
const perUnit = (s, n, per) => (s === undefined ? '—' : per === 'MB' ? `${(s * 1000 / n).toFixed(1)} ms/MB` : `${((s * 1e6) / n).toFixed(2)} µs/rec`);

const dir = mkdtempSync(join(tmpdir(), 'bench-scale-'));
try {
  console.log(`scale benchmark, node ${process.version}; CLI runs: at 1x the median of seven differences between a run and a run of the same command on a tiny input (start-up), alternated; above, the quickest of three less the quickest start-up; timeout ${timeoutSeconds} s per run`);
  console.log('shape'.padEnd(78) + '1x'.padEnd(34) + '10x'.padEnd(34) + '100x'.padEnd(34) + 'growth 1x->10x, 1x->100x');
  for (const shape of shapes) {
    if (only && !only.includes(shape.group) && !only.includes(shape.id)) continue;
    const sizes = shape.sizes.map((n) => (shape.per === 'MB' ? n * unit : Math.max(1, Math.round(n * unit))));
    const cells = [];
    const per = [];
    let timedOut = false;
    let belowNoise = false;
    // A CLI shape's fixed cost (Node, the bin, the output folder): the same command on a tiny input.
    const tiny = shape.per === 'MB' ? 0.01 : 1;
    const startup = shape.cli ? Math.min(await shape.run(tiny, dir), await shape.run(tiny, dir), await shape.run(tiny, dir)) : 0;
    // In-process shapes build their input once per size, for the shape and its reference alike.
    const inputs = new Map();
    const inputOf = (n) => (shape.input === undefined ? n : inputs.get(n) ?? inputs.set(n, shape.input(n)).get(n));
    for (const n of sizes) {
      let s;
      repeats = shape.cli ? 1 : repeatsFor(n, sizes);
      // A CLI shape runs each size three times and keeps the quickest, as its start-up is the
      // quickest of three. At 1x the work (a few ms) is smaller than one run's start-up noise (one
      // disturbed run once made a flat shape read 2.9x, a loaded machine 2.2x with three): there it
      // alternates seven runs with seven of the tiny input and takes the median difference.
      if (shape.cli && n === sizes[0]) {
        const differences = [];
        for (let run = 0; run < 7 && !timedOut; run++) {
          const base = await shape.run(tiny, dir);
          const t = await shape.run(inputOf(n), dir);
          if (t === undefined) timedOut = true;
          else if (base !== undefined) differences.push(t - base);
        }
        differences.sort((a, b) => a - b);
        const median = differences[Math.floor(differences.length / 2)];
        // Work no larger than the start-up's noise has no per-record cost to compare with: no growth
        // is printed for the shape, and it counts as not met (a clamp to a tiny time would print an
        // absurd growth instead).
        if (!timedOut && median !== undefined && median <= 0) belowNoise = true;
        s = timedOut || median === undefined || median <= 0 ? undefined : median;
      }
      for (let run = 0; run < (shape.cli ? 3 : 1) && !timedOut && !(shape.cli && n === sizes[0]); run++) {
        const t = await shape.run(inputOf(n), dir);
        if (t === undefined) {
          if (s === undefined) timedOut = true;
          break;
        }
        s = s === undefined ? t : Math.min(s, t);
      }
      let unmeasured = belowNoise && n === sizes[0];
      if (s !== undefined && shape.cli && n !== sizes[0]) {
        // Quicker than the quickest start-up: as at 1x, no time to compare (never a clamp to ~0, which
        // would print a growth of 0x and call it met).
        if (s - startup <= 0) {
          belowNoise = unmeasured = true;
          s = undefined;
        } else s -= startup;
      }
      cells.push(unmeasured ? `${n.toLocaleString('en')}: below start-up noise` : `${n.toLocaleString('en')}: ${format(s)}, ${perUnit(s, n, shape.per)}`);
      per.push(s === undefined ? undefined : s / n);
    }
    // The reference over the same sizes, the same way: its growth is the machine's share.
    let referenceGrowth;
    if (shape.reference) {
      const ref = [];
      for (const n of sizes) {
        repeats = repeatsFor(n, sizes);
        ref.push((await shape.reference(inputOf(n))) / n);
      }
      referenceGrowth = ref[2] / ref[0];
    }
    // When the largest size timed out, the growth is at least what the timeout allows.
    const last = per[2] ?? (timedOut && per[0] !== undefined ? timeoutSeconds / sizes[2] : undefined);
    const growth = per[0] === undefined || last === undefined ? undefined : last / per[0];
    const growth10 = per[0] === undefined || per[1] === undefined ? undefined : per[1] / per[0];
    const growthText = `${growth10 === undefined ? '—' : `${growth10.toFixed(1)}x`}, ${growth === undefined ? '—' : `${per[2] === undefined ? '>= ' : ''}${growth.toFixed(1)}x`}`;
    console.log(shape.title.padEnd(78) + cells.map((c) => c.padEnd(34)).join('') + growthText + (referenceGrowth === undefined ? '' : ` (plain ajv on the same input: ${referenceGrowth.toFixed(1)}x)`));
    console.log(
      `BENCH ${JSON.stringify({
        bench: 'scale',
        figure: `${shape.title}: per-${shape.per} time growth from ${sizes[0].toLocaleString('en')} to ${sizes[2].toLocaleString('en')}${belowNoise ? ' (not measured: the work at one size was below the start-up noise; run without --small)' : per[2] === undefined ? ` (timed out; at least; 1x->10x ${growth10 === undefined ? '—' : `${growth10.toFixed(1)}x`})` : ''}`,
        value: growth === undefined ? null : Number(growth.toFixed(2)),
        unit: 'x',
        target: `<= ${growthTarget}x`,
        met: growth === undefined ? false : per[2] !== undefined && growth <= growthTarget,
        anchor: `the same shape at 1x (${perUnit(per[0] === undefined ? undefined : per[0] * sizes[0], sizes[0], shape.per)})${referenceGrowth === undefined ? '' : `; plain ajv on the same input grows ${referenceGrowth.toFixed(2)}x`}`,
      })}`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
