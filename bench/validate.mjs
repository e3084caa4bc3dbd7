// Records validated per second by validate() and by the bare compiled schema check (the ajv
// standalone function validate() calls first) on the same payloads, and their ratio.
// Run: npm run bench:validate   (builds first; prints figures, asserts nothing)
//
// Each case is measured twice: in a fresh process that validates only that case's payload
// ("isolated"), and in one process that has validated all three cases first ("mixed"). Once V8 has
// seen invalid payloads (numbers where strings were, other member sets) the property reads in the
// rules and in ajv's code become polymorphic, which costs validate() more than the bare check; a
// long-running service that sees both kinds is closer to "mixed", a CI lint of valid files to
// "isolated".
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { validate } from '../dist/src/index.js';
import { validateBatchDailyTimeRequest, validateMeetingIntervalRequest } from '../generated/validators.js';

const daily = (i, o = {}) => ({
  studentid: String(100000 + i), att_date: '2025-09-02', schoolid: '100', yearid: '35',
  att_mode_code: i % 2 ? 'ATT_ModeTime' : 'ATT_ModeDaily', attendance_codeid: '12', programid: '0',
  ...(i % 2 ? { total_minutes: String(i % 400) } : {}), ...o,
});
const payloadOf = (attendances) => ({ record: attendances.map((attendance) => ({ tables: { attendance } })) });

const valid200 = () => payloadOf(Array.from({ length: 200 }, (_, i) => daily(i)));
// 50 of 200 records broken, ten each of five kinds of mistake.
const breakers = [
  (r) => ({ ...r, studentid: Number(r.studentid) }),
  (r) => ({ ...r, att_date: '09/02/2025' }),
  (r) => ({ ...r, att_mode_code: 'ATT_ModeDialy' }),
  (r) => ({ ...r, student_id: r.studentid }),
  (r) => ({ ...r, att_mode_code: 'ATT_ModeTime', total_minutes: '1500' }),
];
const errors200 = () => payloadOf(Array.from({ length: 200 }, (_, i) => (i % 4 === 0 ? breakers[(i / 4) % 5](daily(i)) : daily(i))));
const meeting12 = () => payloadOf(
  Array.from({ length: 12 }, (_, i) => ({
    studentid: '4242', att_date: '2025-09-02', schoolid: '100', yearid: '35', att_mode_code: 'ATT_ModeMeeting',
    attendance_codeid: '3', ccid: String(88120 + i), periodid: String(1501 + i), start_time: 28800 + i * 3000, end_time: 28800 + i * 3000 + 2700,
  })),
);

function rate(fn, payload, records, ms = 1500) {
  for (let i = 0; i < 2000; i++) fn(payload); // warm up: let the JIT settle before timing
  let n = 0;
  const start = process.hrtime.bigint();
  const deadline = start + BigInt(ms) * 1_000_000n;
  let now = start;
  while (now < deadline) {
    for (let i = 0; i < 50; i++) fn(payload);
    n += 50;
    now = process.hrtime.bigint();
  }
  const seconds = Number(now - start) / 1e9;
  return (n * records) / seconds;
}

const cases = [
  ['valid 200-record batch', valid200, 200, 'batch_daily_time', validateBatchDailyTimeRequest],
  ['200-record batch, 50 errors', errors200, 200, 'batch_daily_time', validateBatchDailyTimeRequest],
  ['12-record meeting_interval', meeting12, 12, 'meeting_interval', validateMeetingIntervalRequest],
];
// Payloads are built only for the cases measured, so that an isolated case's process has never
// seen another case's objects.
function build([name, make, records, endpoint, bare]) {
  const payload = make();
  const { valid, diagnostics } = validate(payload, endpoint);
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  if (valid !== (make !== errors200) || (make === errors200 && errors !== 50)) throw new Error(`benchmark payload "${name}" is not what it claims`);
  return [name, payload, records, endpoint, bare];
}
const rounds = 9;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** One case, alternating the two in short rounds so that a load spike hits both alike. */
function measure([name, payload, records, endpoint, bare]) {
  const full = [];
  const raw = [];
  for (let round = 0; round < rounds; round++) {
    raw.push(rate((p) => bare(p), payload, records, 500));
    full.push(rate((p) => validate(p, endpoint), payload, records, 500));
  }
  const ratio = median(raw.map((r, i) => r / full[i]));
  return `${name.padEnd(30)} ${Math.round(median(full)).toLocaleString('en').padStart(12)} ${Math.round(median(raw)).toLocaleString('en').padStart(14)}    ${ratio.toFixed(2)}x`;
}

const only = process.argv.indexOf('--case');
if (only !== -1) {
  console.log(measure(build(cases[Number(process.argv[only + 1])])));
} else {
  const header = 'case                           validate()     bare schema    time ratio (validate/bare)';
  console.log(`node ${process.version}, ${process.arch}; records/s, median of ${rounds} alternating rounds of 0.5 s each`);
  console.log(`\nisolated (a fresh process per case)\n${header}`);
  const self = fileURLToPath(import.meta.url);
  for (let i = 0; i < cases.length; i++) process.stdout.write(execFileSync(process.execPath, [self, '--case', String(i)], { encoding: 'utf8' }));
  console.log(`\nmixed (one process, all three cases validated first)\n${header}`);
  const built = cases.map(build);
  for (const c of built) console.log(measure(c));
  console.log('\ntarget: validate() on the valid batch within 1.5x of the bare schema check');
}
