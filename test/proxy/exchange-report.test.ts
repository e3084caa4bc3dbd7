import { describe, expect, it } from 'vitest';
import { exchangeReport } from '../../src/cli/proxy/exchange-report.js';
import { checkExchange } from '../../src/exchange/check-exchange.js';
import { envelope, makeExchange, records, success } from '../exchange/make-exchange.js';

// The proxy's one line per exchange.

describe('exchangeReport', () => {
  it('ok, not covered, and upstream failures', () => {
    expect(exchangeReport(checkExchange(makeExchange()), undefined)).toBe('entry 1 POST /ws/attendance/daily_time → 200: ok');
    expect(exchangeReport(checkExchange(makeExchange({ path: '/ws/v1/district' })), undefined)).toBe('entry 1 POST /ws/v1/district → 200: not covered by the contract (not checked)');
    const failed = makeExchange({ status: 502, answeredBy: 'upstream-error' });
    expect(exchangeReport(checkExchange(failed), '{"message":"ps-attendance proxy: the upstream http://x refused the connection."}')).toBe('entry 1 POST /ws/attendance/daily_time → 502 (answered by the proxy): the upstream http://x refused the connection.');
  });

  it('counts errors and warnings, and keeps to one line with many findings', () => {
    const bad = records(5, { studentid: '4242', att_date: 'yesterday', schoolid: '100', yearid: '35', att_mode_code: 'ATT_ModeDaily', attendance_codeid: '12' });
    const line = exchangeReport(checkExchange(makeExchange({ path: '/ws/attendance/batch_daily_time', requestBody: bad, status: 400, responseBody: envelope(success(0)) })), undefined);
    expect(line).not.toContain('\n');
    expect(line).toMatch(/→ 400: 5 errors: date-format at request \/record\/0\/tables\/attendance\/att_date: .* \| and 2 more \(ps-attendance verify lists them all\)$/);
  });
});
