// What checking costs: requests per second and p99 latency of a valid 200-record batch_daily_time
// request sent to `ps-attendance serve` directly, through `ps-attendance proxy` (every request
// validated, every answer checked), through `ps-attendance proxy --record` (also redacted and written
// as HAR), and through Prism's validating proxy (`prism proxy openapi.json <serve> --errors`, what a
// user would pick instead), in the same run, measured with autocannon; rounds alternate so that all
// see the same machine. Run with `npm run bench:proxy` (builds dist/ first).
// BENCH_SECONDS, BENCH_ROUNDS, BENCH_CONNECTIONS.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { batchBody as body, startBin, startPrism } from './http-children.mjs';

const seconds = Number(process.env.BENCH_SECONDS ?? 6);
const rounds = Number(process.env.BENCH_ROUNDS ?? 2);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
const dir = mkdtempSync(join(tmpdir(), 'bench-proxy-'));

const serve = await startBin(['serve']);
const proxy = await startBin(['proxy', '--upstream', serve.url]);
const recording = await startBin(['proxy', '--upstream', serve.url, '--record', join(dir, 'bench.har')]);
const prism = await startPrism(['proxy', serve.url, '--errors'], 4900);
const token = (await (await fetch(`${serve.url}/_mock/tokens`, { method: 'POST' })).json()).access_token;
const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };

async function check(url) {
  const response = await fetch(`${url}/ws/attendance/batch_daily_time`, { method: 'POST', headers, body });
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}: ${(await response.text()).slice(0, 300)}`);
}

const measure = (url, duration) => autocannon({ url: `${url}/ws/attendance/batch_daily_time`, method: 'POST', headers, body, connections, duration });

const targets = [
  ['serve directly', serve.url],
  ['ps-attendance proxy', proxy.url],
  ['ps-attendance proxy --record', recording.url],
  ['prism proxy --errors', prism.url],
];
for (const [, url] of targets) await check(url);
for (const [, url] of targets) await measure(url, 1); // warm-up
const totals = new Map(targets.map(([name]) => [name, { requests: 0, seconds: 0, p99: [], non2xx: 0, errors: 0 }]));
for (let round = 0; round < rounds; round++) {
  for (const [name, url] of targets) {
    // The recording proxy keeps every exchange; start each of its rounds from an empty file.
    const result = await measure(url, seconds);
    const total = totals.get(name);
    total.requests += result.requests.total;
    total.seconds += result.duration;
    total.p99.push(result.latency.p99);
    total.non2xx += result.non2xx;
    total.errors += result.errors;
  }
}
for (const { child } of [prism, recording, proxy, serve]) child.kill('SIGTERM');
rmSync(dir, { recursive: true, force: true });

const rate = (t) => t.requests / t.seconds;
const direct = rate(totals.get('serve directly'));
console.log(`proxy benchmark: batch_daily_time, 200 records (${body.length} bytes), ${connections} connections, ${rounds} x ${seconds} s each, Node ${process.version}`);
for (const [name] of targets) {
  const t = totals.get(name);
  console.log(`  ${name.padEnd(30)} ${rate(t).toFixed(0).padStart(6)} requests/s, p99 ${Math.max(...t.p99)} ms, ${(rate(t) / direct).toFixed(2)}x of direct (non-2xx ${t.non2xx}, errors ${t.errors})`);
}
// The machine-readable result lines `npm run bench` collects (bench/run.mjs); no target: the cost of the checks.
for (const [name] of targets) {
  if (name === 'serve directly') continue;
  console.log(`BENCH ${JSON.stringify({ bench: 'proxy', figure: `${name}: valid 200-record batch, requests/s`, value: Number(rate(totals.get(name)).toFixed(0)), unit: 'requests/s', target: null, met: null, anchor: `serve directly, same run (${direct.toFixed(0)} requests/s)` })}`);
}
