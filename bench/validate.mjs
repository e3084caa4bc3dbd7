// Records validated per second by validate() and by the bare compiled schema check (the ajv
// standalone function validate() calls first) on the same payloads, and their ratio.
// Run: npm run bench:validate   (builds first; prints figures, asserts nothing)
import { validate } from '../dist/src/index.js';
import { validateBatchDailyTimeRequest, validateMeetingIntervalRequest } from '../generated/validators.js';

const daily = (i, o = {}) => ({
  studentid: String(100000 + i), att_date: '2025-09-02', schoolid: '100', yearid: '35',
  att_mode_code: i % 2 ? 'ATT_ModeTime' : 'ATT_ModeDaily', attendance_codeid: '12', programid: '0',
  ...(i % 2 ? { total_minutes: String(i % 400) } : {}), ...o,
});
const payloadOf = (attendances) => ({ record: attendances.map((attendance) => ({ tables: { attendance } })) });

const valid200 = payloadOf(Array.from({ length: 200 }, (_, i) => daily(i)));
// 50 of 200 records broken, ten each of five kinds of mistake.
const breakers = [
  (r) => ({ ...r, studentid: Number(r.studentid) }),
  (r) => ({ ...r, att_date: '09/02/2025' }),
  (r) => ({ ...r, att_mode_code: 'ATT_ModeDialy' }),
  (r) => ({ ...r, student_id: r.studentid }),
  (r) => ({ ...r, att_mode_code: 'ATT_ModeTime', total_minutes: '1500' }),
];
const errors200 = payloadOf(Array.from({ length: 200 }, (_, i) => (i % 4 === 0 ? breakers[(i / 4) % 5](daily(i)) : daily(i))));
const meeting12 = payloadOf(
  Array.from({ length: 12 }, (_, i) => ({
    studentid: '4242', att_date: '2025-09-02', schoolid: '100', yearid: '35', att_mode_code: 'ATT_ModeMeeting',
    attendance_codeid: '3', ccid: String(88120 + i), periodid: String(1501 + i), start_time: 28800 + i * 3000, end_time: 28800 + i * 3000 + 2700,
  })),
);

function rate(fn, payload, records, ms = 1500) {
  for (let i = 0; i < 200; i++) fn(payload); // warm up
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
const verdicts = cases.map(([, payload, , endpoint]) => validate(payload, endpoint));
if (!verdicts[0].valid || verdicts[1].diagnostics.filter((d) => d.severity === 'error').length !== 50 || !verdicts[2].valid) {
  throw new Error('benchmark payloads are not what they claim');
}
const rounds = 9;
console.log(`node ${process.version}, ${process.arch}; records/s, median of ${rounds} alternating rounds of 0.5 s each\n`);
console.log('case                           validate()     bare schema    time ratio (validate/bare)');
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
for (const [name, payload, records, endpoint, bare] of cases) {
  // Alternate the two in short rounds so that a load spike on the shared machine hits both alike;
  // the ratio is the median of the per-round ratios.
  const full = [];
  const raw = [];
  for (let round = 0; round < rounds; round++) {
    raw.push(rate((p) => bare(p), payload, records, 500));
    full.push(rate((p) => validate(p, endpoint), payload, records, 500));
  }
  const ratio = median(raw.map((r, i) => r / full[i]));
  console.log(`${name.padEnd(30)} ${Math.round(median(full)).toLocaleString('en').padStart(12)} ${Math.round(median(raw)).toLocaleString('en').padStart(14)}    ${ratio.toFixed(2)}x`);
}
console.log('\ntarget: validate() on the valid batch within 1.5x of the bare schema check');
