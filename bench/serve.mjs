// Requests per second and p99 latency of a valid 200-record batch_daily_time request through the real
// `ps-attendance serve` process, against `prism mock openapi.json` (what a non-JavaScript team would
// run instead), on the same machine in the same run, measured with autocannon. Each server runs in
// its own process; rounds alternate so that both see the same machine. Target: serve >= 3x Prism.
// Run with `npm run bench:serve` (builds dist/ first). BENCH_SECONDS, BENCH_ROUNDS, BENCH_CONNECTIONS.
import autocannon from 'autocannon';
import { batchBody as body, startBin, startPrism } from './http-children.mjs';

const seconds = Number(process.env.BENCH_SECONDS ?? 8);
const rounds = Number(process.env.BENCH_ROUNDS ?? 2);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);

const serve = await startBin(['serve']);
const prism = await startPrism(['mock'], 4600);
const token = (await (await fetch(`${serve.url}/_mock/tokens`, { method: 'POST' })).json()).access_token;

async function check(url) {
  const response = await fetch(`${url}/ws/attendance/batch_daily_time`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body });
  const json = await response.json();
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}: ${JSON.stringify(json).slice(0, 300)}`);
  return JSON.stringify(json).length;
}

function measure(url, duration) {
  return autocannon({
    url: `${url}/ws/attendance/batch_daily_time`,
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body,
    connections,
    duration,
  });
}

const sizes = { serve: await check(serve.url), prism: await check(prism.url) };
await measure(serve.url, 2); // warm-up: JIT on both sides
await measure(prism.url, 2);
const totals = { serve: { requests: 0, seconds: 0, p99: [] , non2xx: 0, errors: 0 }, prism: { requests: 0, seconds: 0, p99: [], non2xx: 0, errors: 0 } };
for (let round = 0; round < rounds; round++) {
  for (const [name, url] of [['prism', prism.url], ['serve', serve.url]]) {
    const result = await measure(url, seconds);
    totals[name].requests += result.requests.total;
    totals[name].seconds += result.duration;
    totals[name].p99.push(result.latency.p99);
    totals[name].non2xx += result.non2xx;
    totals[name].errors += result.errors;
  }
}
serve.child.kill('SIGTERM');
prism.child.kill('SIGTERM');

const rate = (t) => t.requests / t.seconds;
const p99 = (t) => Math.max(...t.p99);
console.log(`serve benchmark: batch_daily_time, 200 records (${body.length} bytes), ${connections} connections, ${rounds} x ${seconds} s each, Node ${process.version}`);
console.log(`  prism mock openapi.json:  ${rate(totals.prism).toFixed(0).padStart(6)} requests/s, p99 ${p99(totals.prism)} ms (answer ${sizes.prism} bytes, non-2xx ${totals.prism.non2xx}, errors ${totals.prism.errors})`);
console.log(`  ps-attendance serve:      ${rate(totals.serve).toFixed(0).padStart(6)} requests/s, p99 ${p99(totals.serve)} ms (answer ${sizes.serve} bytes, non-2xx ${totals.serve.non2xx}, errors ${totals.serve.errors})`);
const ratio = rate(totals.serve) / rate(totals.prism);
console.log(`  ratio serve/prism: ${ratio.toFixed(2)}x throughput (target >= 3x): ${ratio >= 3 ? 'met' : 'MISSED'}`);
// The machine-readable result lines `npm run bench` collects (bench/run.mjs); target of issue 10.
console.log(`BENCH ${JSON.stringify({ bench: 'serve', figure: 'serve: valid 200-record batch over HTTP, requests/s (autocannon)', value: Number(ratio.toFixed(2)), unit: 'x', target: '>= 3x', met: ratio >= 3, anchor: `prism mock openapi.json, same run (${rate(totals.prism).toFixed(0)} vs ${rate(totals.serve).toFixed(0)} requests/s)` })}`);
console.log(`BENCH ${JSON.stringify({ bench: 'serve', figure: 'serve: p99 latency of that batch', value: p99(totals.serve), unit: 'ms', target: null, met: null, anchor: `prism mock p99 ${p99(totals.prism)} ms` })}`);
