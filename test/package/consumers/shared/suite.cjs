// The consumer test suite every consumer project runs (scripts/pack-smoke-projects.mjs): CommonJS, so
// that jest in CommonJS mode can require it and ES module tests can import it. Each project loads
// the package its own way (require or import) and passes what it loaded, with its test runner's
// functions, to defineSuite.
'use strict';

const base = { studentid: '4242', att_date: '2025-09-02', schoolid: '100', yearid: '35', attendance_codeid: '12' };
const dailyPayload = (attendance = {}) => ({ record: [{ tables: { attendance: { ...base, att_mode_code: 'ATT_ModeDaily', ...attendance } } }] });

/**
 * @param {object} t - the runner: test, expect, beforeAll, afterAll, afterEach.
 * @param {object} m - the loaded modules: main, msw (ps-attendance-contract/msw), arbitraries,
 *   matchers (the /jest or /vitest entry), schema (a schema JSON subpath), fc, setupServer; msw
 *   and setupServer may be undefined, which leaves out the mock's test.
 */
function defineSuite(t, m) {
  const { test, expect, beforeAll, afterAll, afterEach } = t;

  test('the matcher passes a valid payload and fails an invalid one with each diagnostic', () => {
    expect(dailyPayload()).toMatchAttendanceContract('daily_time');
    const bad = dailyPayload({ att_date: '2025-13-01' });
    expect(bad).not.toMatchAttendanceContract('daily_time');
    let message = '';
    try {
      expect(bad).toMatchAttendanceContract('daily_time');
    } catch (error) {
      message = String(error && error.message);
    }
    expect(message).toContain('expected the payload to match the daily_time attendance contract');
    expect(message).toContain('error date-format at /record/0/tables/attendance/att_date');
    expect(typeof m.matchers.toMatchAttendanceContract).toBe('function');
  });

  test('validate, assertValid and AttendanceContractError', () => {
    expect(m.main.validate(dailyPayload(), 'daily_time')).toEqual({ valid: true, diagnostics: [] });
    let thrown;
    try {
      m.main.assertValid(dailyPayload({ studentid: '' }), 'daily_time');
    } catch (error) {
      thrown = error;
    }
    expect(thrown instanceof m.main.AttendanceContractError).toBe(true);
    expect(thrown.diagnostics.map((d) => d.code)).toContain('id-format');
    expect(m.schema.title).toBe('DailyTimeRequest');
  });

  test('the arbitraries with fast-check: valid payloads match, invalid ones break their rule', () => {
    m.fc.assert(m.fc.property(m.arbitraries.validPayload(), ({ endpoint, payload }) => {
      expect(payload).toMatchAttendanceContract(endpoint);
    }), { numRuns: 40, seed: 42 });
    m.fc.assert(m.fc.property(m.arbitraries.invalidPayload(), ({ endpoint, payload, expected }) => {
      const errors = m.main.validate(payload, endpoint).diagnostics.filter((d) => d.severity === 'error');
      expect(errors.map((d) => [d.code, d.path])).toEqual([[expected.code, expected.path]]);
    }), { numRuns: 40, seed: 42 });
  });

  // jest in CommonJS mode cannot load msw/node on every Node.js (see cjs-jest/contract.test.js).
  if (!m.msw) return;
  const mock = m.msw.createPowerSchoolMock({ baseUrl: 'https://district.example.com' });
  const server = m.setupServer(...mock.handlers);
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => mock.reset());
  afterAll(() => server.close());
  const post = (endpoint, body, token) => fetch(`https://district.example.com/ws/attendance/${endpoint}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });

  test('the msw mock: token, a write, a refused payload, no token', async () => {
    const tokenResponse = await fetch('https://district.example.com/oauth/access_token', {
      method: 'POST',
      headers: { Authorization: `Basic ${Buffer.from(`${mock.clientId}:${mock.clientSecret}`).toString('base64')}`, 'Content-Type': 'application/x-www-form-urlencoded;charset=UTF-8' },
      body: 'grant_type=client_credentials',
    });
    expect(tokenResponse.status).toBe(200);
    const { access_token: token } = await tokenResponse.json();
    const written = await post('daily_time', dailyPayload(), token);
    expect(written.status).toBe(200);
    expect(JSON.stringify(await written.json())).toContain('SUCCESS');
    expect(mock.records().length).toBe(1);
    const refused = await post('daily_time', dailyPayload({ att_mode_code: 'ATT_ModeTime' }), mock.issueToken());
    expect(refused.status).toBe(400);
    expect((await post('daily_time', dailyPayload(), undefined)).status).toBe(401);
    expect(mock.records().length).toBe(1);
  });
}

module.exports = { defineSuite };
