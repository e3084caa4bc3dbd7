// Manual end-to-end check (`npm run check:browser`, needs Chromium; not part of `npm test`): the msw
// mock from the built package (dist/) behind msw's setupWorker in a real headless Chromium. Bundles
// page.js with vite, serves it and msw's mockServiceWorker.js on 127.0.0.1, reads what the page saw
// through the DevTools protocol, and asserts on it. Prints each check; exits 1 on a failure, 2 when
// Chromium or the build is missing.
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { chromiumArgs, findChromium, launchChromium } from './chromium-pipe.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const timeoutMs = 30_000;

function stop(code, message) {
  console.error(message);
  process.exit(code);
}

const chromium = findChromium();
if (chromium === undefined) {
  const looked = process.env.CHROMIUM ? `CHROMIUM=${process.env.CHROMIUM}` : '/usr/bin/chromium, /usr/bin/chromium-browser';
  stop(2, `check:browser: Chromium not found (looked at ${looked}).\n` +
    'Install it (Debian/Ubuntu: apt-get install chromium) or point CHROMIUM at a Chrome/Chromium binary.');
}
if (!existsSync(join(root, 'dist/src/msw/index.js'))) {
  stop(2, 'check:browser: dist/src/msw/index.js is missing: run `npm run build` first (`npm run check:browser` does).');
}

/** Bundles page.js (msw/browser + the built mock) into dir/page.js and adds the pages it is served with. */
async function bundlePage(dir) {
  await build({
    configFile: false,
    logLevel: 'warn',
    root: here,
    build: {
      outDir: dir,
      emptyOutDir: false,
      minify: false,
      target: 'es2022',
      lib: { entry: join(here, 'page.js'), formats: ['es'], fileName: () => 'page.js' },
    },
  });
  copyFileSync(join(root, 'node_modules/msw/lib/mockServiceWorker.js'), join(dir, 'mockServiceWorker.js'));
}

const html = '<!doctype html><meta charset="utf-8"><title>setupWorker check</title><script type="module" src="/page.js"></script>';

/** Serves the bundle; records every request that reached the network (the mock's paths must not). */
function serve(dir, reached) {
  const files = { '/page.js': 'page.js', '/mockServiceWorker.js': 'mockServiceWorker.js' };
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    reached.push(`${request.method} ${path}`);
    if (path === '/') {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html);
    } else if (files[path] !== undefined) {
      response.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-store' }).end(readFileSync(join(dir, files[path])));
    } else {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

/** Opens the page in a new tab and waits for `window.__psAttendanceCheck` to settle. */
async function runPage(browser, url) {
  const { targetId } = await browser.send('Target.createTarget', { url });
  const { sessionId } = await browser.send('Target.attachToTarget', { targetId, flatten: true });
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const { result, exceptionDetails } = await browser.send('Runtime.evaluate', {
      expression: 'window.__psAttendanceCheck',
      awaitPromise: true,
      returnByValue: true,
    }, sessionId);
    if (exceptionDetails) throw new Error(`the page threw: ${JSON.stringify(exceptionDetails)}`);
    if (result.value !== undefined) return result.value;
    await new Promise((wait) => setTimeout(wait, 100));
  }
  throw new Error(`the page did not finish within ${timeoutMs / 1000} s (window.__psAttendanceCheck never set)`);
}

const failures = [];
function check(name, actual, ok) {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${ok ? '' : `\n     got: ${JSON.stringify(actual)}`}`);
  if (!ok) failures.push(name);
}

const resultList = (body) => [body?.results?.result].flat().filter((r) => r !== undefined);
const errorsOf = (result) => [result?.error_message?.error].flat().filter((e) => e !== undefined);

const reached = [];
const crossOrigin = 'https://district.powerschool.com';

/** The checks on what one page saw; `sameOrigin`: also check that no mocked request reached our server. */
function checkPage(page, sameOrigin) {
  if (!page.ok) throw new Error(`the page failed: ${page.error}`);
  const { token, valid, invalid, noToken, controlled, recordsAfterValid, records, requests } = page.result;
  check('the service worker controls the page after worker.start()', controlled, controlled === true);
  check('POST /oauth/access_token (Basic default credentials, form body) → 200 Bearer token, expires_in a string',
    token, token.status === 200 && token.body?.token_type === 'Bearer' && typeof token.body?.access_token === 'string' && typeof token.body?.expires_in === 'string');
  const ok = resultList(valid.body);
  check('POST /ws/attendance/daily_time, valid ATT_ModeDaily record → 200 results envelope, 1 SUCCESS INSERT with an id',
    valid, valid.status === 200 && /^application\/json/.test(valid.contentType ?? '') && valid.body?.results?.insert_count === 1 &&
      ok.length === 1 && ok[0].status === 'SUCCESS' && ok[0].action === 'INSERT' && typeof ok[0].success_message?.id === 'number');
  check('the valid record is in mock.records()', recordsAfterValid, recordsAfterValid === 1);
  const refused = errorsOf(resultList(invalid.body)[0]);
  check('ATT_ModeTime without total_minutes → 400, ERROR MODE_REQUIRED_FIELD on attendance/total_minutes',
    invalid, invalid.status === 400 && refused.some((e) => e.error_code === 'MODE_REQUIRED_FIELD' && e.field === 'attendance/total_minutes'));
  check('no token → 401 with WWW-Authenticate: Bearer realm="PowerSchool" (readable by the page)',
    noToken, noToken.status === 401 && noToken.wwwAuthenticate === 'Bearer realm="PowerSchool"');
  check('the refused requests wrote nothing (still 1 record)', records, records === 1);
  const expected = [['access_token', 200], ['daily_time', 200], ['daily_time', 400], ['daily_time', 401]];
  check('mock.requests() logged the 4 requests in order', requests, JSON.stringify(requests) === JSON.stringify(expected));
  if (sameOrigin) {
    const leaked = reached.filter((line) => / \/(oauth|ws)\//.test(line));
    check('no mocked request reached the network (the server saw only the page and the worker script)', leaked, leaked.length === 0);
  }
}

const dir = mkdtempSync(join(tmpdir(), 'ps-attendance-browser-'));
let server;
let browser;
try {
  await bundlePage(dir);
  server = await serve(dir, reached);
  const url = `http://127.0.0.1:${server.address().port}/`;
  console.log(`check:browser: ${chromium} (${chromiumArgs.join(' ')}) on ${url}`);
  browser = launchChromium(chromium);
  const { product } = await browser.send('Browser.getVersion');
  console.log(`check:browser: ${product}, msw ${JSON.parse(readFileSync(join(root, 'node_modules/msw/package.json'), 'utf8')).version}`);
  for (const baseUrl of [undefined, crossOrigin]) {
    reached.length = 0;
    const target = baseUrl === undefined ? url : `${url}?baseUrl=${encodeURIComponent(baseUrl)}`;
    console.log(`\nmock baseUrl ${baseUrl ?? `${url.slice(0, -1)} (the page's origin)`}:`);
    checkPage(await runPage(browser, target), baseUrl === undefined);
  }
} catch (error) {
  failures.push(error instanceof Error ? error.message : String(error));
  console.error(`FAIL ${failures.at(-1)}`);
} finally {
  await browser?.close();
  server?.close();
  rmSync(dir, { recursive: true, force: true });
}

if (failures.length > 0) stop(1, `check:browser: ${failures.length} check(s) failed.`);
console.log('check:browser: all checks passed.');
