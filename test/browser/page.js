// The page of the setupWorker check (bundled by setup-worker.check.mjs, run in Chromium): the mock from
// the built package behind msw's real service worker, called with the page's own fetch. It exposes
// what it saw as `window.__psAttendanceCheck` (a promise of plain data) for Node to read and assert on.
import { setupWorker } from 'msw/browser';
import { createPowerSchoolMock } from '../../dist/src/msw/index.js';

// The mock's documented default credentials (docs/msw.md), spelled out so the check covers them too.
const clientId = 'ps-attendance-mock-client';
const clientSecret = 'ps-attendance-mock-secret';

const attendance = { studentid: '4242', att_date: '2025-09-02', schoolid: '100', yearid: '35', attendance_codeid: '12', programid: '0' };
const validPayload = { record: [{ tables: { attendance: { ...attendance, att_mode_code: 'ATT_ModeDaily' } } }] };
// ATT_ModeTime without total_minutes: mode-required-field at /record/0/tables/attendance/total_minutes.
const invalidPayload = { record: [{ tables: { attendance: { ...attendance, att_mode_code: 'ATT_ModeTime' } } }] };

// The server the mock answers for: ?baseUrl=… (a cross-origin server, as in a real app), else this page's origin.
const origin = new URLSearchParams(window.location.search).get('baseUrl') ?? window.location.origin;
const mock = createPowerSchoolMock({ baseUrl: origin });
const worker = setupWorker(...mock.handlers);

/** One answer as plain data: status, the headers the check looks at, and the parsed body. */
async function answer(response) {
  const text = await response.text();
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    body = text;
  }
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    wwwAuthenticate: response.headers.get('www-authenticate'),
    body,
  };
}

function postAttendance(payload, token) {
  return fetch(`${origin}/ws/attendance/daily_time`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...(token === undefined ? {} : { Authorization: `Bearer ${token}` }) },
    body: JSON.stringify(payload),
  }).then(answer);
}

async function run() {
  await worker.start({ serviceWorker: { url: '/mockServiceWorker.js' }, onUnhandledRequest: 'error', quiet: true });
  const controlled = navigator.serviceWorker.controller !== null;
  const token = await fetch(`${origin}/oauth/access_token`, {
    method: 'POST',
    headers: { Authorization: `Basic ${btoa(`${clientId}:${clientSecret}`)}`, 'Content-Type': 'application/x-www-form-urlencoded;charset=UTF-8' },
    body: 'grant_type=client_credentials',
  }).then(answer);
  const accessToken = typeof token.body === 'object' && token.body !== null ? token.body.access_token : undefined;
  const valid = await postAttendance(validPayload, accessToken);
  const recordsAfterValid = mock.records().length;
  const invalid = await postAttendance(invalidPayload, accessToken);
  const noToken = await postAttendance(validPayload, undefined);
  return {
    origin,
    controlled,
    token,
    valid,
    invalid,
    noToken,
    recordsAfterValid,
    records: mock.records().length,
    requests: mock.requests().map((r) => [r.endpoint, r.status]),
  };
}

window.__psAttendanceCheck = run().then(
  (result) => ({ ok: true, result }),
  (error) => ({ ok: false, error: String(error?.stack ?? error) }),
);
