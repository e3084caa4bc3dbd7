// Round trips per second of a valid 200-record batch_daily_time request through msw's setupServer:
// the PowerSchool mock against a bare msw handler that returns a static body of the same size, in one
// run, interleaved round by round so that both see the same machine. Prints the figures and the
// ratio (target: the mock at most 1.5x slower, issue 14): the median of the rounds' ratios, each
// round's two halves run back to back, so that a burst of load on a shared machine moves one round,
// not the figure (the ratio of the totals is printed too). Run with `npm run bench:mock` (builds dist/ first).
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { createPowerSchoolMock } from '../dist/src/msw/index.js';
import { batchBody as body } from './http-children.mjs';

const rounds = Number(process.env.BENCH_ROUNDS ?? 9);
const perRound = Number(process.env.BENCH_REQUESTS ?? 150);

const mock = createPowerSchoolMock({ baseUrl: 'https://mock.example' });
const token = mock.issueToken();
let staticBody;
const bare = http.post('https://bare.example/ws/attendance/batch_daily_time', () => HttpResponse.json(staticBody));
const server = setupServer(...mock.handlers, bare);
server.listen({ onUnhandledRequest: 'error' });

async function roundTrip(origin) {
  const response = await fetch(`${origin}/ws/attendance/batch_daily_time`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', Accept: 'application/json' },
    body,
  });
  const json = await response.json();
  if (response.status !== 200) throw new Error(`${origin} answered ${response.status}: ${JSON.stringify(json).slice(0, 300)}`);
  return json;
}

async function timed(origin, count) {
  const started = process.hrtime.bigint();
  for (let i = 0; i < count; i++) await roundTrip(origin);
  return Number(process.hrtime.bigint() - started) / 1e9;
}

staticBody = await roundTrip('https://mock.example'); // the mock's own answer: same size, same shape
await timed('https://mock.example', 50); // warm-up: JIT, the interceptor, the store's 200 rows
await timed('https://bare.example', 50);
const seconds = { mock: 0, bare: 0 };
const roundRatios = [];
for (let round = 0; round < rounds; round++) {
  const bareSeconds = await timed('https://bare.example', perRound);
  const mockSeconds = await timed('https://mock.example', perRound);
  seconds.bare += bareSeconds;
  seconds.mock += mockSeconds;
  roundRatios.push(mockSeconds / bareSeconds);
}
server.close();
const total = rounds * perRound;
const rate = (s) => total / s;
const totalsRatio = rate(seconds.bare) / rate(seconds.mock);
roundRatios.sort((a, b) => a - b);
const ratio = roundRatios[Math.floor(roundRatios.length / 2)];
console.log(`mock round trip, batch_daily_time, 200 records (${body.length} bytes), ${total} requests each, Node ${process.version}`);
console.log(`  bare msw handler, static body: ${rate(seconds.bare).toFixed(0)} round trips/s (${((seconds.bare / total) * 1000).toFixed(3)} ms each)`);
console.log(`  PowerSchool mock:              ${rate(seconds.mock).toFixed(0)} round trips/s (${((seconds.mock / total) * 1000).toFixed(3)} ms each)`);
console.log(`  ratio mock/bare, rounds: ${roundRatios.map((r) => r.toFixed(2)).join(', ')}; of the totals: ${totalsRatio.toFixed(2)}x`);
console.log(`  ratio mock/bare (median of ${rounds} rounds): ${ratio.toFixed(2)}x (target <= 1.5x): ${ratio <= 1.5 ? 'met' : 'MISSED'}`);
// The machine-readable result line `npm run bench` collects (bench/run.mjs); target of issue 14.
console.log(`BENCH ${JSON.stringify({ bench: 'mock', figure: `mock round trip, valid 200-record batch_daily_time, time (median of ${rounds} rounds)`, value: Number(ratio.toFixed(2)), unit: 'x', target: '<= 1.5x', met: ratio <= 1.5, anchor: 'a bare msw handler returning a static body of the same size' })}`);
